import { randomUUID } from 'node:crypto';
import { type Rel } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NotePriority, NoteSensitivity } from './note-enums.js';
import { Note } from './note.entity.js';

@Entity({ tableName: 'note_version' })
@Unique({ name: 'note_version_number_unique', properties: ['note', 'number'] })
@ObjectType({
  description: 'One version of a note: what it said, who wrote it and when',
  // As on Note: plain properties need no type-graphql wrapper per field per row (issue 15).
  simpleResolvers: true,
})
export class NoteVersion {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @ManyToOne(() => Note, { deleteRule: 'cascade' })
  note!: Rel<Note>;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '1 for the original text, then one more for every edit' })
  number!: number;

  @Property({ type: 'text' })
  @Field()
  text!: string;

  @Enum({ items: () => NotePriority, nativeEnumName: 'note_priority' })
  @Field(() => NotePriority)
  priority!: NotePriority;

  @Enum({ items: () => NoteSensitivity, nativeEnumName: 'note_sensitivity' })
  @Field(() => NoteSensitivity)
  sensitivity!: NoteSensitivity;

  @Property({ type: 'string', length: 100 })
  @Field({ description: 'Account id of who wrote this version' })
  editedById!: string;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Name of who wrote this version' })
  editedBy!: string;

  @Property({ type: 'datetime' })
  @Field({ description: 'When this version was written' })
  editedAt!: Date;
}
