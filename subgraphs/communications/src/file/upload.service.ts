import { createHash, randomUUID } from 'node:crypto';
import { type Readable } from 'node:stream';
import { type Identity } from '@casework/kit';
import { type Pool, type PoolClient } from 'pg';
import { FileRefusal } from './file-refusal.js';
import { type FileSettings } from './file-settings.js';
import { type FileStore, type FileWriter } from './file-store.js';
import {
  contentMatches,
  detectContent,
  KNOWN_FILE_TYPES,
  SNIFF_BYTES,
  extensionOf,
} from './file-types.js';

interface GrantRow {
  id: string;
  purpose: string;
  organisation_id: string | null;
  file_name: string;
  declared_size: string;
  requested_by_id: string;
  requested_by: string;
  no_phi_confirmed: boolean;
  expires_at: Date;
  used_at: Date | null;
}

export interface UploadedFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * Receives one upload for a grant: the bytes, their SHA-256, the detected type and the file's
 * record are written in one transaction, so a refused, cut-off or failed upload leaves nothing.
 * The size is measured on the stream: beyond the limit (or the declared size) it stops reading.
 */
export async function receiveUpload(
  pool: Pool,
  store: FileStore,
  settings: FileSettings,
  identity: Identity,
  grantId: string,
  body: Readable,
): Promise<UploadedFile> {
  const client = await pool.connect();
  let writer: FileWriter | undefined;
  try {
    await client.query('begin');
    const grant = await takeGrant(client, grantId, identity);
    const declared = Number(grant.declared_size);
    // A body announced larger than allowed is refused before a byte of it is read.
    const announced = announcedLength(body);
    if (announced !== undefined) tooLarge(announced, settings.maxBytes, declared);
    const type = KNOWN_FILE_TYPES[extensionOf(grant.file_name)];
    if (!type)
      throw new FileRefusal(
        400,
        'BAD_USER_INPUT',
        'The file type is not allowed',
        { field: 'file' },
        {
          code: 'FILE_TYPE_NOT_ALLOWED',
          params: {
            extension: extensionOf(grant.file_name) || '(none)',
            allowed: settings.allowedExtensions.map((e) => `.${e}`).join(', '),
          },
        },
      );
    const fileId = randomUUID();
    writer = store.writer(client, fileId);
    const hash = createHash('sha256');
    let size = 0;
    let sample: Buffer[] | undefined = [];
    let sampled = 0;
    const checkSample = async () => {
      if (!sample || !writer) return;
      const detected = await detectContent(Buffer.concat(sample, sampled));
      if (!contentMatches(type, detected)) {
        throw new FileRefusal(
          415,
          'BAD_USER_INPUT',
          `The content of ${grant.file_name} is ${detected ? `a .${detected} file` : 'of an unknown type'}, not what its name says (${type.mime})`,
          { field: 'file' },
          {
            code: 'FILE_CONTENT_MISMATCH',
            params: { fileName: grant.file_name, expected: type.mime },
          },
        );
      }
      for (const piece of sample) await writer.write(piece);
      sample = undefined;
    };
    // Not destroyed on refusal: the route answers first, then drains what the client still sends.
    for await (const piece of body.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      size += piece.length;
      tooLarge(size, settings.maxBytes, declared);
      hash.update(piece);
      if (sample) {
        sample.push(piece);
        sampled += piece.length;
        if (sampled >= SNIFF_BYTES) await checkSample();
      } else {
        await writer.write(piece);
      }
    }
    if (size < declared) {
      throw new FileRefusal(
        400,
        'BAD_USER_INPUT',
        `The upload ended after ${size} of the ${declared} bytes declared`,
        { field: 'file', reason: 'truncated' },
        { code: 'UPLOAD_TRUNCATED', params: { size, declared } },
      );
    }
    await checkSample();
    await writer.finish();
    const file: UploadedFile = {
      id: fileId,
      fileName: grant.file_name,
      contentType: type.mime,
      size,
      sha256: hash.digest('hex'),
    };
    await client.query(
      `insert into communications.stored_file
         (id, version, created_at, updated_at, purpose, organisation_id, file_name, content_type, size,
          sha256, storage, uploaded_by_id, uploaded_by, no_phi_confirmed_by_id, no_phi_confirmed_by,
          no_phi_confirmed_at)
       values ($1, 1, now(), now(), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        file.id,
        grant.purpose,
        grant.organisation_id,
        file.fileName,
        file.contentType,
        file.size,
        file.sha256,
        store.kind,
        identity.id,
        identity.name,
        grant.no_phi_confirmed ? identity.id : null,
        grant.no_phi_confirmed ? identity.name : null,
        grant.no_phi_confirmed ? new Date() : null,
      ],
    );
    await client.query(
      'update communications.upload_grant set used_at = now(), file_id = $2, version = version + 1 where id = $1',
      [grantId, fileId],
    );
    await client.query('commit');
    return file;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    await writer?.abort().catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Locks the grant row: a second upload with the same grant waits, then finds it used. */
async function takeGrant(
  client: PoolClient,
  grantId: string,
  identity: Identity,
): Promise<GrantRow> {
  const { rows } = await client.query<GrantRow>(
    'select * from communications.upload_grant where id = $1 for update',
    [grantId],
  );
  const grant = rows[0];
  if (!grant || grant.requested_by_id !== identity.id) {
    throw new FileRefusal(404, 'NOT_FOUND', 'There is no such upload grant for you');
  }
  if (grant.used_at) {
    throw new FileRefusal(
      409,
      'CONFLICT',
      'This upload grant was used already; request a new one',
      {
        reason: 'used',
      },
    );
  }
  if (grant.expires_at.getTime() < Date.now()) {
    throw new FileRefusal(410, 'GONE', 'This upload grant has expired; request a new one', {
      reason: 'expired',
    });
  }
  return grant;
}

/**
 * Refuses a size over what the grant declared or over the agency's limit (measured or announced),
 * naming the smaller of the two: the one the client actually broke first.
 */
function tooLarge(size: number, maxBytes: number | undefined, declared: number): void {
  if (maxBytes !== undefined && size > maxBytes && maxBytes <= declared) {
    throw new FileRefusal(
      413,
      'PAYLOAD_TOO_LARGE',
      `The file is larger than the limit of ${maxBytes} bytes`,
      { field: 'file', limit: maxBytes },
      { code: 'FILE_TOO_LARGE', params: { maxBytes } },
    );
  }
  if (size > declared) {
    throw new FileRefusal(
      413,
      'PAYLOAD_TOO_LARGE',
      `The file is larger than the ${declared} bytes declared for it`,
      { field: 'file', limit: declared },
      { code: 'FILE_LARGER_THAN_DECLARED', params: { declared } },
    );
  }
}

/** The Content-Length of an HTTP request body, when it has one (not for chunked uploads). */
function announcedLength(body: Readable): number | undefined {
  const header = (body as Readable & { headers?: Record<string, unknown> }).headers?.[
    'content-length'
  ];
  if (typeof header !== 'string' || !/^\d+$/.test(header)) return undefined;
  return Number(header);
}
