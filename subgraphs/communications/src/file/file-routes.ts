import { createHash } from 'node:crypto';
import {
  type AuthenticatedLocals,
  type HttpRouteDeps,
  type Identity,
  type Logger,
  requireInternalToken,
} from '@casework/kit';
import { create as contentDisposition } from 'content-disposition';
import { type Express, type Request, type Response } from 'express';
import pg from 'pg';
import { mayReadFile } from '../attachment/file-access.js';
import { checkSignedQuery, configureFileLinks, DOWNLOAD_PATH, UPLOAD_PATH } from './file-links.js';
import { FileRefusal } from './file-refusal.js';
import { readFileSettings } from './file-settings.js';
import { type FileStore, PostgresFileStore } from './file-store.js';
import { INLINE_PREVIEW_TYPES } from './file-types.js';
import { S3FileStore } from './s3-file-store.js';
import { StoredFile, FileStorage } from './stored-file.entity.js';
import { receiveUpload } from './upload.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Locals = AuthenticatedLocals;

/** The stores files are read from: the configured one for new files, both for old ones. */
export interface FileStores {
  current: FileStore;
  byKind(kind: FileStorage): FileStore;
  close(): Promise<void>;
}

export function createFileStores(): FileStores {
  const settings = readFileSettings();
  const postgres = new PostgresFileStore();
  const s3 = settings.s3 ? new S3FileStore(settings.s3) : undefined;
  return {
    current: s3 ?? postgres,
    byKind: (kind) => {
      if (kind === FileStorage.S3) {
        if (!s3) throw new Error('The file is kept in S3, but FILES_S3_BUCKET is not set');
        return s3;
      }
      return postgres;
    },
    close: async () => {
      await s3?.close();
    },
  };
}

/**
 * Streamed upload and download (R3.4), behind the internal token: browsers reach them only through
 * the gateway, which forwards the stream with the caller's identity.
 */
export function mountFileRoutes(app: Express, { orm, internalSecret, logger }: HttpRouteDeps) {
  configureFileLinks(internalSecret);
  const pool = new pg.Pool({ connectionString: orm.config.get('clientUrl')!, max: 10 });
  pool.on('error', (error) => logger.warn({ err: error }, 'file pool connection error'));
  const stores = createFileStores();

  app.post(
    `${UPLOAD_PATH}/:grantId`,
    requireInternalToken(internalSecret),
    async (req: Request, res: Response<unknown, Locals>) => {
      const identity = res.locals.identity;
      const grantId = String(req.params.grantId);
      try {
        checkLink(`upload:${grantId}`, identity, req, UUID.test(grantId));
        const file = await receiveUpload(
          pool,
          stores.current,
          readFileSettings(),
          identity,
          grantId,
          req,
        );
        logger.info({ fileId: file.id, size: file.size, user: identity.id }, 'file uploaded');
        res.status(201).json({ file });
      } catch (error) {
        refuse(res, error, logger, req);
      }
    },
  );

  app.get(
    `${DOWNLOAD_PATH}/:fileId`,
    requireInternalToken(internalSecret),
    async (req: Request, res: Response<unknown, Locals>) => {
      const identity = res.locals.identity;
      const fileId = String(req.params.fileId);
      const disposition = req.query.disposition === 'inline' ? 'inline' : 'attachment';
      try {
        checkLink(`download:${fileId}:${disposition}`, identity, req, UUID.test(fileId));
        const em = orm.em.fork();
        const file = await em.findOne(StoredFile, { id: fileId });
        if (!file || file.purgedAt || !(await mayReadFile(em, identity, file))) {
          throw new FileRefusal(404, 'NOT_FOUND', 'There is no such file for you');
        }
        await sendFile(res, file, stores.byKind(file.storage), pool, disposition, logger);
      } catch (error) {
        refuse(res, error, logger);
      }
    },
  );

  return {
    close: async () => {
      await stores.close();
      await pool.end();
    },
  };
}

function checkLink(subject: string, identity: Identity, req: Request, wellFormed: boolean): void {
  const check = wellFormed
    ? checkSignedQuery(subject, identity.id, req.query.expires, req.query.signature)
    : 'invalid';
  if (check === 'invalid') {
    throw new FileRefusal(403, 'FORBIDDEN', 'This link is not valid for you', {
      reason: 'invalid',
    });
  }
  if (check === 'expired') {
    throw new FileRefusal(403, 'FORBIDDEN', 'This link has expired; open the file again', {
      reason: 'expired',
    });
  }
}

async function sendFile(
  res: Response,
  file: StoredFile,
  store: FileStore,
  pool: pg.Pool,
  disposition: 'inline' | 'attachment',
  logger: Logger,
): Promise<void> {
  const inline = disposition === 'inline' && INLINE_PREVIEW_TYPES.has(file.contentType);
  res.status(200);
  res.setHeader('content-type', file.contentType);
  res.setHeader('content-length', String(file.size));
  res.setHeader(
    'content-disposition',
    contentDisposition(file.fileName, { type: inline ? 'inline' : 'attachment' }),
  );
  res.setHeader('x-content-type-options', 'nosniff');
  // Nothing in a file may run as the app: no scripts, no forms, no same-origin access.
  res.setHeader(
    'content-security-policy',
    file.contentType === 'application/pdf' && inline
      ? "default-src 'none'; object-src 'self'; frame-ancestors 'self'"
      : "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox",
  );
  res.setHeader('cache-control', 'private, no-store');
  res.setHeader('cross-origin-resource-policy', 'same-origin');
  res.setHeader('repr-digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`);
  // The last chunk is held back until the whole content matched its SHA-256: a file changed in
  // storage never reaches the client complete.
  const hash = createHash('sha256');
  let held: Buffer | undefined;
  for await (const chunk of store.read(pool, file.id)) {
    hash.update(chunk);
    if (held && !res.write(held))
      await new Promise<void>((resolve) => res.once('drain', () => resolve()));
    if (res.destroyed) return;
    held = chunk;
  }
  if (hash.digest('hex') !== file.sha256) {
    logger.error({ fileId: file.id }, 'stored file does not match its SHA-256');
    res.destroy(new Error('checksum mismatch'));
    return;
  }
  if (held) res.write(held);
  res.end();
}

function refuse(res: Response, error: unknown, logger: Logger, upload?: Request): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (upload && !upload.readableEnded && !isAborted(error)) drainRefused(upload);
  if (error instanceof FileRefusal) {
    res.status(error.status).json(error.toJSON());
    return;
  }
  if (isAborted(error)) {
    logger.info('upload aborted by the client; nothing stored');
    res.destroy();
    return;
  }
  logger.error({ err: error }, 'file transfer failed');
  res.status(500).json({
    error: { code: 'INTERNAL_SERVER_ERROR', message: 'The file could not be transferred' },
  });
}

/**
 * A refused upload's remaining bytes are read and dropped (never stored or kept in memory), so
 * the refusal reaches the client instead of a connection reset; a sender that goes on for more
 * than DRAIN_MS is cut off.
 */
const DRAIN_MS = 10_000;
function drainRefused(req: Request): void {
  const timer = setTimeout(() => req.socket.destroy(), DRAIN_MS);
  req.once('end', () => clearTimeout(timer));
  req.once('close', () => clearTimeout(timer));
  req.resume();
}

function isAborted(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return (
    code === 'ECONNRESET' ||
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    (error as Error)?.message === 'aborted'
  );
}
