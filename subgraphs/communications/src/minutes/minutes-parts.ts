import { Field, ID, ObjectType } from 'type-graphql';
import { CaseKind } from '../case/case-kind.js';
import { Attendance } from './minutes-enums.js';

/** One invitee's attendance as the minutes record it. */
@ObjectType({ description: 'Attendance of one invitee in the minutes' })
export class AttendanceEntry {
  @Field(() => ID)
  inviteeId!: string;

  @Field()
  name!: string;

  @Field(() => Attendance)
  attendance!: Attendance;
}

/** Someone who came without an invitation. */
@ObjectType({ description: 'A person who attended without an invitation' })
export class UninvitedAttendee {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

/** An action agreed in the meeting; `id` stays the same in later versions of the minutes. */
@ObjectType({ description: 'An action agreed in the meeting: what, who and by when' })
export class MinutesAction {
  @Field(() => ID, { description: 'Stable across versions of the minutes' })
  id!: string;

  @Field()
  what!: string;

  @Field({ description: 'Who does it' })
  assigneeName!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The agency staff account, whose inbox is told (R6.1)',
  })
  assigneeAccountId?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  dueOn!: string;
}

/** A case discussed in the meeting. */
@ObjectType({ description: 'An application or integrated case discussed in the meeting' })
export class DiscussedCase {
  @Field(() => CaseKind)
  caseType!: CaseKind;

  @Field(() => ID)
  caseId!: string;
}
