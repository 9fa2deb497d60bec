import { Field, ID, ObjectType } from 'type-graphql';
import { CaseKind } from '../case/case-kind.js';

/** An action from final minutes, assigned to the signed-in member of staff (R3.2, issue 16). */
@ObjectType({ description: 'An action agreed in a meeting and assigned to you (R3.2)' })
export class AssignedAction {
  @Field(() => ID, { description: 'Stable across versions of the minutes' })
  id!: string;

  @Field()
  what!: string;

  @Field({ description: 'YYYY-MM-DD' })
  dueOn!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field()
  meetingSubject!: string;

  @Field(() => CaseKind)
  caseType!: CaseKind;

  @Field(() => ID)
  caseId!: string;
}
