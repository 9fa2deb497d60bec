import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The bytes of a file kept in PostgreSQL, in order (about 1 MiB a row), written in the upload's
 * transaction and read one row at a time, so neither side holds a whole file in memory.
 */
@Entity({ tableName: 'file_chunk' })
export class FileChunk {
  @PrimaryKey({ type: 'uuid' })
  fileId!: string;

  @PrimaryKey({ type: 'integer' })
  n!: number;

  @Property({ type: 'blob' })
  data!: Buffer;
}
