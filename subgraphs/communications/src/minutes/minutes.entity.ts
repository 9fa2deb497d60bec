import { type Rel } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { Meeting } from '../meeting/meeting.entity.js';
import { MinutesStatus } from './minutes-enums.js';
import {
  type AttendanceEntry,
  type DiscussedCase,
  type MinutesAction,
  type UninvitedAttendee,
} from './minutes-parts.js';

/**
 * One version of a meeting's minutes (R3.2). A DRAFT is saved step by step by the wizard; a
 * FINAL version is never changed again: a correction is the next version, with its reason, and
 * the earlier versions stay as history.
 */
@Entity({ tableName: 'meeting_minutes' })
@Unique({ name: 'meeting_minutes_number_unique', properties: ['meeting', 'number'] })
@ObjectType({ description: 'One version of the minutes of a meeting (R3.2)' })
export class MeetingMinutes extends StoredRecord<
  'status' | 'attendance' | 'uninvited' | 'actions' | 'cases' | 'fileIds' | 'lastStep'
> {
  @ManyToOne(() => Meeting, { deleteRule: 'cascade' })
  meeting!: Rel<Meeting>;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Version of the minutes: 1, then one more per correction' })
  number!: number;

  @Enum({ items: () => MinutesStatus, nativeEnumName: 'minutes_status' })
  @Field(() => MinutesStatus)
  status: MinutesStatus = MinutesStatus.DRAFT;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The last wizard step saved (0-based), to resume there' })
  lastStep: number = 0;

  @Property({ type: 'string', length: 10, nullable: true })
  @Field(() => String, { nullable: true, description: 'Date held, YYYY-MM-DD' })
  heldOn?: string | null;

  @Property({ type: 'string', length: 5, nullable: true })
  @Field(() => String, { nullable: true, description: 'Start time, HH:MM' })
  startTime?: string | null;

  @Property({ type: 'string', length: 5, nullable: true })
  @Field(() => String, { nullable: true, description: 'End time, HH:MM' })
  endTime?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  location?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  chair?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  minuteTaker?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  decisions?: string | null;

  @Property({ type: 'json' })
  attendance: AttendanceEntry[] = [];

  @Property({ type: 'json' })
  uninvited: UninvitedAttendee[] = [];

  @Property({ type: 'json' })
  actions: MinutesAction[] = [];

  @Property({ type: 'json' })
  cases: DiscussedCase[] = [];

  /** Stored files (purpose MEETING_MINUTES) attached to the minutes. */
  @Property({ type: 'json' })
  fileIds: string[] = [];

  @Property({ type: 'string', length: 2000, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why this version corrects the previous' })
  correctionReason?: string | null;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Who started this version' })
  createdBy!: string;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  finalisedAt?: Date | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  finalisedBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When this version was last issued by mail' })
  issuedAt?: Date | null;

  /** The PDF made when this version was first issued (a stored file). */
  @Property({ type: 'uuid', nullable: true })
  pdfFileId?: string | null;
}
