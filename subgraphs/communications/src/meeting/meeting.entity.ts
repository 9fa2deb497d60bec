import { Collection } from '@mikro-orm/core';
import { Entity, Enum, Index, OneToMany, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { CaseKind } from '../case/case-kind.js';
import { MeetingStatus } from './meeting-enums.js';
import { MeetingInvitee } from './meeting-invitee.entity.js';

/**
 * A meeting with clients on an application or integrated case (R3.1). `sequence` is the
 * iCalendar SEQUENCE: every reschedule or cancellation raises it so calendars replace the event.
 */
@Entity({ tableName: 'meeting' })
@Index({ name: 'meeting_case_idx', properties: ['caseType', 'caseId', 'startsAt'] })
@Index({ name: 'meeting_organiser_idx', properties: ['organiserId', 'startsAt'] })
@ObjectType({ description: 'A meeting with clients on a case (R3.1)' })
export class Meeting extends StoredRecord<'status' | 'sequence'> {
  @Enum({ items: () => CaseKind, nativeEnumName: 'meeting_case_type' })
  @Field(() => CaseKind)
  caseType!: CaseKind;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'string', length: 200 })
  @Field()
  subject!: string;

  @Property({ type: 'datetime' })
  @Field()
  startsAt!: Date;

  @Property({ type: 'datetime' })
  @Field()
  endsAt!: Date;

  @Property({ type: 'string', length: 100 })
  @Field({ description: 'IANA time zone the meeting is planned in, such as Europe/Rome' })
  timeZone!: string;

  @Property({ type: 'string', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  location?: string | null;

  @Property({ type: 'string', length: 2000, nullable: true })
  @Field(() => String, { nullable: true, description: 'Phone or video call details' })
  callDetails?: string | null;

  @Property({ type: 'string', length: 100 })
  @Field({ description: 'Account id of the organiser' })
  organiserId!: string;

  @Property({ type: 'string', length: 200 })
  @Field()
  organiserName!: string;

  @Property({ type: 'string', length: 320 })
  @Field()
  organiserEmail!: string;

  @Enum({ items: () => MeetingStatus, nativeEnumName: 'meeting_status' })
  @Field(() => MeetingStatus)
  status: MeetingStatus = MeetingStatus.SCHEDULED;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'iCalendar SEQUENCE: raised by every reschedule or cancel' })
  sequence: number = 0;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  heldAt?: Date | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Who recorded the meeting as held' })
  heldRecordedBy?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  cancellationReason?: string | null;

  @OneToMany(() => MeetingInvitee, (i) => i.meeting, { orderBy: { position: 'asc' } })
  invitees = new Collection<MeetingInvitee>(this);
}
