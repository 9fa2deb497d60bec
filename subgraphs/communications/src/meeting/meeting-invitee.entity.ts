import { type Rel } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LetterLanguage } from '../letter/letter-kinds.js';
import { InvitationResponse, InviteeKind } from './meeting-enums.js';
import { Meeting } from './meeting.entity.js';

/** Someone invited to a meeting: a client, a colleague or another person by name and email. */
@Entity({ tableName: 'meeting_invitee' })
@ObjectType({ description: 'An invitee of a meeting and their answer' })
export class MeetingInvitee extends StoredRecord<'response' | 'attended'> {
  @ManyToOne(() => Meeting, { deleteRule: 'cascade' })
  meeting!: Rel<Meeting>;

  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => InviteeKind, nativeEnumName: 'invitee_kind' })
  @Field(() => InviteeKind)
  kind!: InviteeKind;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The client (Person) for CLIENT invitees' })
  personId?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'The account of STAFF invitees' })
  accountId?: string | null;

  @Property({ type: 'string', length: 200 })
  @Field()
  name!: string;

  @Property({ type: 'string', length: 320, nullable: true })
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Property({ type: 'boolean' })
  @Field({ description: 'Invitations, updates and cancellations are mailed to them' })
  receivesMail!: boolean;

  @Enum({ items: () => LetterLanguage, nativeEnumName: 'letter_language', default: 'EN' })
  @Field(() => LetterLanguage, {
    description: 'The language of their invitation mails, calendar entry and answer page',
  })
  language: LetterLanguage = LetterLanguage.EN;

  @Enum({ items: () => InvitationResponse, nativeEnumName: 'invitation_response' })
  @Field(() => InvitationResponse)
  response: InvitationResponse = InvitationResponse.PENDING;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  respondedAt?: Date | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Who recorded the answer (a colleague, or the invitee through the link)',
  })
  responseRecordedBy?: string | null;

  @Property({ type: 'boolean', nullable: true })
  @Field(() => Boolean, { nullable: true, description: 'Attendance, once the meeting is held' })
  attended?: boolean | null = null;

  /** The SEQUENCE last mailed to this invitee, so a retried job mails each version once. */
  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The meeting version last mailed to them' })
  mailedSequence?: number | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  mailedAt?: Date | null;
}
