import { PassThrough, type Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { type Pool, type PoolClient } from 'pg';
import { type FileStore, type FileWriter, type SqlRunner } from './file-store.js';
import { FileStorage } from './stored-file.entity.js';

export interface S3Settings {
  bucket: string;
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/**
 * Bytes in an S3-compatible bucket (FILES_S3_*), streamed as a multipart upload. The record is
 * committed only after the object is complete; a failed upload deletes the object.
 */
export class S3FileStore implements FileStore {
  kind = FileStorage.S3;
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    const config: S3ClientConfig = {
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.credentials,
    };
    this.client = new S3Client(config);
  }

  private key(fileId: string): string {
    return `files/${fileId}`;
  }

  writer(_client: PoolClient, fileId: string): FileWriter {
    const body = new PassThrough({ highWaterMark: 1024 * 1024 });
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.settings.bucket, Key: this.key(fileId), Body: body },
      queueSize: 2,
      partSize: 5 * 1024 * 1024,
    });
    const done = upload.done();
    // Observed here so a failure before `finish` is not an unhandled rejection.
    done.catch(() => {});
    return {
      write: async (chunk) => {
        if (!body.write(chunk)) {
          await new Promise<void>((resolve, reject) => {
            body.once('drain', resolve);
            done.catch(reject);
          });
        }
      },
      finish: async () => {
        body.end();
        await done;
      },
      abort: async () => {
        body.destroy();
        await upload.abort().catch(() => {});
        await this.delete(fileId);
      },
    };
  }

  async *read(_pool: Pool, fileId: string): AsyncIterable<Buffer> {
    const object = await this.client.send(
      new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(fileId) }),
    );
    for await (const chunk of object.Body as Readable) yield chunk as Buffer;
  }

  async purge(_sql: SqlRunner, fileId: string): Promise<void> {
    await this.delete(fileId);
  }

  private async delete(fileId: string): Promise<void> {
    await this.client
      .send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.key(fileId) }))
      .catch(() => {});
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}
