import { BigIntType } from '@mikro-orm/core';
import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { FilePurpose } from './file-purpose.js';

/** Permission to upload one file once, issued by `requestUpload` and used by the upload route. */
@Entity({ tableName: 'upload_grant' })
export class UploadGrant extends StoredRecord<'usedAt' | 'fileId'> {
  @Enum({ items: () => FilePurpose, nativeEnumName: 'file_purpose' })
  purpose!: FilePurpose;

  @Property({ type: 'uuid', nullable: true })
  organisationId?: string | null;

  @Property({ type: 'string', length: 255 })
  fileName!: string;

  /** The media type that the name stands for (the content must match it). */
  @Property({ type: 'string', length: 200 })
  contentType!: string;

  /** The size the client declared; the stream is cut off beyond it. */
  @Property({ type: new BigIntType('number') })
  declaredSize!: number;

  @Property({ type: 'string', length: 100 })
  requestedById!: string;

  @Property({ type: 'string', length: 200 })
  requestedBy!: string;

  @Property({ type: 'boolean', default: false })
  noPhiConfirmed: boolean = false;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  fileId?: string | null;
}
