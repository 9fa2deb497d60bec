import { Collection } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, OneToMany, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType } from 'type-graphql';
import { NoteSensitivity } from '../note/note-enums.js';
import { StoredFile } from '../file/stored-file.entity.js';
import { AttachmentChange } from './attachment-change.entity.js';
import { AttachmentStatus, AttachmentSubject } from './attachment-enums.js';

@Entity({ tableName: 'attachment' })
@Index({ name: 'attachment_subject_idx', properties: ['subjectType', 'subjectId', 'createdAt'] })
@ObjectType({
  description: 'A file attached to an application case, integrated case or person (R3.4)',
})
export class Attachment extends StoredRecord<'status'> {
  @ManyToOne(() => StoredFile, { unique: true })
  file!: StoredFile;

  @Enum({ items: () => AttachmentSubject, nativeEnumName: 'attachment_subject' })
  @Field(() => AttachmentSubject)
  subjectType!: AttachmentSubject;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Enum({ items: () => NoteSensitivity, nativeEnumName: 'note_sensitivity' })
  @Field(() => NoteSensitivity, {
    description: "Who may see the file: the reader's clearance must reach it, as for notes",
  })
  sensitivity!: NoteSensitivity;

  @Enum({ items: () => AttachmentStatus, nativeEnumName: 'attachment_status' })
  @Field(() => AttachmentStatus)
  status: AttachmentStatus = AttachmentStatus.ACTIVE;

  @Property({ type: 'string', length: 100 })
  addedById!: string;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Who attached the file' })
  addedBy!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  removedBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  removedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  removalReason?: string | null;

  @OneToMany(() => AttachmentChange, (c) => c.attachment)
  changes = new Collection<AttachmentChange>(this);
}
