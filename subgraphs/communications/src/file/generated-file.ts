import { createHash } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/postgresql';
import { FileChunk } from './file-chunk.entity.js';
import { type FilePurpose } from './file-purpose.js';
import { CHUNK_BYTES } from './file-store.js';
import { FileStorage, StoredFile } from './stored-file.entity.js';

export interface GeneratedFile {
  purpose: FilePurpose;
  fileName: string;
  contentType: string;
  content: Buffer;
  /** The account the file is made for (letters: the caseworker who wrote them). */
  byId: string;
  by: string;
}

/**
 * Keeps a file the server made (a letter's PDF) like an upload: record and chunks in PostgreSQL,
 * written by the caller's flush, attached at once so no cleanup job removes it.
 */
export function storeGeneratedFile(em: EntityManager, file: GeneratedFile): StoredFile {
  const stored = em.create(StoredFile, {
    purpose: file.purpose,
    fileName: file.fileName,
    contentType: file.contentType,
    size: file.content.length,
    sha256: createHash('sha256').update(file.content).digest('hex'),
    storage: FileStorage.POSTGRES,
    uploadedById: file.byId,
    uploadedBy: file.by,
    attachedAt: new Date(),
  });
  for (let n = 0; n * CHUNK_BYTES < file.content.length; n++) {
    em.persist(
      em.create(FileChunk, {
        fileId: stored.id,
        n,
        data: file.content.subarray(n * CHUNK_BYTES, (n + 1) * CHUNK_BYTES),
      }),
    );
  }
  return stored;
}

/** The bytes of a file kept in PostgreSQL (letters are small: read whole). */
export async function readStoredFile(em: EntityManager, fileId: string): Promise<Buffer> {
  const chunks = await em.find(FileChunk, { fileId }, { orderBy: { n: 'asc' } });
  return Buffer.concat(chunks.map((c) => c.data));
}
