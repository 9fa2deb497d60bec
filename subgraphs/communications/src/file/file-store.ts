import { type Pool, type PoolClient } from 'pg';
import { FileStorage } from './stored-file.entity.js';

/** Receives one file's bytes in order; `finish` or `abort` ends it. */
export interface FileWriter {
  write(chunk: Buffer): Promise<void>;
  finish(): Promise<void>;
  /** Removes whatever was written outside the upload's transaction (S3 parts). */
  abort(): Promise<void>;
}

/** Runs SQL in the caller's transaction (a pg client, or the EntityManager's executor). */
export interface SqlRunner {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

/** Where the bytes live; the file's record is always in PostgreSQL. */
export interface FileStore {
  kind: FileStorage;
  /** Writes inside the upload's open transaction on `client`. */
  writer(client: PoolClient, fileId: string): FileWriter;
  read(pool: Pool, fileId: string): AsyncIterable<Buffer>;
  /** Deletes the bytes (retention, unattached files); the caller deletes or marks the record. */
  purge(sql: SqlRunner, fileId: string): Promise<void>;
  close(): Promise<void>;
}

/** PostgreSQL rows of about this size: small enough for memory, large enough for throughput. */
export const CHUNK_BYTES = 1024 * 1024;

/** Collects incoming pieces into chunks of `CHUNK_BYTES` (the last one shorter). */
export class Chunker {
  private pieces: Buffer[] = [];
  private length = 0;

  constructor(private readonly emit: (chunk: Buffer) => Promise<void>) {}

  async push(piece: Buffer): Promise<void> {
    this.pieces.push(piece);
    this.length += piece.length;
    while (this.length >= CHUNK_BYTES) {
      const all = Buffer.concat(this.pieces, this.length);
      const chunk = all.subarray(0, CHUNK_BYTES);
      const rest = all.subarray(CHUNK_BYTES);
      this.pieces = rest.length ? [rest] : [];
      this.length = rest.length;
      await this.emit(chunk);
    }
  }

  async end(): Promise<void> {
    if (this.length > 0) await this.emit(Buffer.concat(this.pieces, this.length));
    this.pieces = [];
    this.length = 0;
  }
}

/** The default: chunk rows in `communications.file_chunk`, in the upload's transaction. */
export class PostgresFileStore implements FileStore {
  kind = FileStorage.POSTGRES;

  writer(client: PoolClient, fileId: string): FileWriter {
    let n = 0;
    const chunker = new Chunker(async (chunk) => {
      await client.query(
        'insert into communications.file_chunk (file_id, n, data) values ($1, $2, $3)',
        [fileId, n++, chunk],
      );
    });
    return {
      write: (chunk) => chunker.push(chunk),
      finish: () => chunker.end(),
      // The transaction's rollback removes the rows.
      abort: async () => {},
    };
  }

  async *read(pool: Pool, fileId: string): AsyncIterable<Buffer> {
    for (let n = 0; ; n++) {
      const { rows } = await pool.query<{ data: Buffer }>(
        'select data from communications.file_chunk where file_id = $1 and n = $2',
        [fileId, n],
      );
      const row = rows[0];
      if (!row) return;
      yield row.data;
    }
  }

  async purge(sql: SqlRunner, fileId: string): Promise<void> {
    await sql.query('delete from communications.file_chunk where file_id = $1', [fileId]);
  }

  async close(): Promise<void> {}
}
