import { BigIntType } from '@mikro-orm/core';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, Float, ObjectType } from 'type-graphql';
import { FilePurpose } from './file-purpose.js';

export enum FileStorage {
  POSTGRES = 'POSTGRES',
  S3 = 'S3',
}

/**
 * The record of one uploaded file. It is written in the transaction that stores the bytes, so a
 * row exists only for a complete upload whose SHA-256 is known.
 */
@Entity({ tableName: 'stored_file' })
@Index({ name: 'stored_file_unattached_idx', properties: ['attachedAt', 'createdAt'] })
@ObjectType({ description: 'A file that was uploaded through an upload grant' })
export class StoredFile extends StoredRecord<'attachedAt' | 'purgedAt'> {
  @Enum({ items: () => FilePurpose, nativeEnumName: 'file_purpose' })
  @Field(() => FilePurpose)
  purpose!: FilePurpose;

  /** The provider organisation the file belongs to (administrative requests). */
  @Property({ type: 'uuid', nullable: true })
  organisationId?: string | null;

  @Property({ type: 'string', length: 255 })
  @Field({ description: 'The name the file was uploaded with' })
  fileName!: string;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'The media type detected from the content' })
  contentType!: string;

  @Property({ type: new BigIntType('number') })
  @Field(() => Float, { description: 'Size in bytes' })
  size!: number;

  @Property({ type: 'string', length: 64 })
  @Field({ description: 'SHA-256 of the content (hex), checked on every download' })
  sha256!: string;

  @Enum({ items: () => FileStorage, nativeEnumName: 'file_storage' })
  storage!: FileStorage;

  @Property({ type: 'string', length: 100 })
  uploadedById!: string;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Name of the uploader' })
  uploadedBy!: string;

  /** Set when a feature attached the file to a record; unattached files are removed by a job. */
  @Property({ type: 'datetime', nullable: true })
  attachedAt?: Date | null;

  /** R5.7: who confirmed that the file holds no protected health information, and when. */
  @Property({ type: 'string', length: 100, nullable: true })
  noPhiConfirmedById?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  noPhiConfirmedBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  noPhiConfirmedAt?: Date | null;

  /** When the bytes were deleted after the retention period (the record stays). */
  @Property({ type: 'datetime', nullable: true })
  purgedAt?: Date | null;
}
