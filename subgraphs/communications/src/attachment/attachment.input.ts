import { UnlessOmitted } from '@casework/kit';
import { IsOptional, IsUUID, Length, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NoteSensitivity } from '../note/note-enums.js';
import { AttachmentSubject } from './attachment-enums.js';

@InputType({ description: 'Attaches an uploaded file (purpose CASE_ATTACHMENT) to a record' })
export class AddAttachmentInput {
  @Field(() => ID, { description: 'The id the upload returned' })
  @IsUUID(undefined, { message: 'fileId must be the id of an uploaded file' })
  fileId!: string;

  @Field(() => AttachmentSubject)
  subjectType!: AttachmentSubject;

  @Field(() => ID, { description: 'The application case, integrated case or person' })
  @IsUUID(undefined, { message: 'subjectId must be the id of a case or person' })
  subjectId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000, { message: 'description must be at most 2000 characters' })
  description?: string | null;

  @Field(() => NoteSensitivity, { defaultValue: NoteSensitivity.STANDARD })
  sensitivity!: NoteSensitivity;
}

@InputType({ description: 'Changes an attachment; omitted fields stay as they are (audited)' })
export class UpdateAttachmentInput {
  @Field(() => Int, { description: 'The version you edited (optimistic locking)' })
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true, description: 'Empty text clears the description' })
  @UnlessOmitted()
  @Length(0, 2000, { message: 'description must be at most 2000 characters' })
  description?: string;

  @Field(() => NoteSensitivity, { nullable: true })
  @UnlessOmitted()
  sensitivity?: NoteSensitivity;
}

@InputType({ description: 'Removes an attachment; it is kept, marked removed, with who and why' })
export class RemoveAttachmentInput {
  @Field(() => Int, { description: 'The version you saw (optimistic locking)' })
  @Min(1)
  version!: number;

  @Field()
  @Length(1, 2000, { message: 'reason must be 1 to 2000 characters' })
  reason!: string;
}
