import { UnlessOmitted } from '@casework/kit';
import { IsUUID, Length, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CaseKind } from '../case/case-kind.js';
import { NotePriority, NoteSensitivity } from './note-enums.js';

@InputType({ description: 'A new note about a person' })
export class AddNoteInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'personId must be the id of a person' })
  personId!: string;

  @Field()
  @Length(1, 20000, { message: 'text must be 1 to 20000 characters' })
  text!: string;

  @Field(() => NotePriority, { defaultValue: NotePriority.NORMAL })
  priority!: NotePriority;

  @Field(() => NoteSensitivity, { defaultValue: NoteSensitivity.STANDARD })
  sensitivity!: NoteSensitivity;
}

@InputType({ description: 'A new note on an application or integrated case (R3.3)' })
export class AddCaseNoteInput {
  @Field(() => CaseKind)
  caseType!: CaseKind;

  @Field(() => ID)
  @IsUUID(undefined, { message: 'caseId must be the id of a case' })
  caseId!: string;

  @Field()
  @Length(1, 20000, { message: 'text must be 1 to 20000 characters' })
  text!: string;

  @Field(() => NotePriority, { defaultValue: NotePriority.NORMAL })
  priority!: NotePriority;

  @Field(() => NoteSensitivity, { defaultValue: NoteSensitivity.STANDARD })
  sensitivity!: NoteSensitivity;
}

@InputType({ description: 'A new version of a note; omitted fields stay as they are' })
export class EditNoteInput {
  @Field(() => Int, { description: 'The version you edited (optimistic locking)' })
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @UnlessOmitted()
  @Length(1, 20000, { message: 'text must be 1 to 20000 characters' })
  text?: string;

  @Field(() => NotePriority, { nullable: true })
  @UnlessOmitted()
  priority?: NotePriority;

  @Field(() => NoteSensitivity, { nullable: true })
  @UnlessOmitted()
  sensitivity?: NoteSensitivity;
}

@InputType({ description: 'Cancels a note; it is kept, marked cancelled, with its history' })
export class CancelNoteInput {
  @Field(() => Int, { description: 'The version you saw (optimistic locking)' })
  @Min(1)
  version!: number;

  @Field()
  @Length(1, 2000, { message: 'reason must be 1 to 2000 characters' })
  reason!: string;
}
