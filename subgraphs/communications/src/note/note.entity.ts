import { Collection } from '@mikro-orm/core';
import { Entity, Enum, Index, OneToMany, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType } from 'type-graphql';
import { NotePriority, NoteSensitivity, NoteStatus, NoteSubject } from './note-enums.js';
import { NoteVersion } from './note-version.entity.js';

@Entity({ tableName: 'note' })
@Index({ name: 'note_subject_idx', properties: ['subjectType', 'subjectId', 'createdAt'] })
@ObjectType({
  description: 'A note about a person or a case; every edit keeps the previous version (R3.3)',
  // Plain properties read by graphql-js's own resolver, not a type-graphql wrapper per field per row (issue 15).
  simpleResolvers: true,
})
export class Note extends StoredRecord<'status' | 'subjectType'> {
  @Enum({ items: () => NoteSubject, nativeEnumName: 'note_subject' })
  @Field(() => NoteSubject)
  subjectType: NoteSubject = NoteSubject.PERSON;

  /** The Person or case (cases subgraph) the note is about; a person is exposed as `person`. */
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'text' })
  @Field({ description: 'The current text' })
  text!: string;

  @Enum({ items: () => NotePriority, nativeEnumName: 'note_priority' })
  @Field(() => NotePriority)
  priority!: NotePriority;

  @Enum({ items: () => NoteSensitivity, nativeEnumName: 'note_sensitivity' })
  @Field(() => NoteSensitivity)
  sensitivity!: NoteSensitivity;

  @Enum({ items: () => NoteStatus, nativeEnumName: 'note_status' })
  @Field(() => NoteStatus)
  status: NoteStatus = NoteStatus.ACTIVE;

  @Property({ type: 'string', length: 100 })
  @Field({ description: 'Account id of the author' })
  createdById!: string;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Name of the author' })
  createdBy!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  cancelledBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  cancelledAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  cancellationReason?: string | null;

  @OneToMany(() => NoteVersion, (v) => v.note)
  versions = new Collection<NoteVersion>(this);
}
