import { IsEmail, IsOptional, IsUUID, Length, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LetterKind, LetterLanguage } from '../letter/letter-kinds.js';
import {
  CommunicationDirection,
  CommunicationKind,
  CorrespondentType,
} from './communication-enums.js';

@InputType({ description: 'A communication to record (R3.5); outgoing letters become PDFs' })
export class RecordCommunicationInput {
  @Field(() => CommunicationKind)
  kind!: CommunicationKind;

  @Field(() => CommunicationDirection)
  direction!: CommunicationDirection;

  @Field(() => CorrespondentType)
  correspondentType!: CorrespondentType;

  @Field()
  @Length(1, 200, { message: 'correspondentName must be 1 to 200 characters' })
  correspondentName!: string;

  @Field(() => ID, { nullable: true, description: 'The client (person) it is with or about' })
  @IsOptional()
  @IsUUID(undefined, { message: 'personId must be the id of a person' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An application or integrated case' })
  @IsOptional()
  @IsUUID(undefined, { message: 'caseId must be the id of a case' })
  caseId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it happened; default now' })
  @IsOptional()
  occurredAt?: Date | null;

  @Field({ description: 'Subject; for a letter from a template the template gives it' })
  @Length(1, 300, { message: 'subject must be 1 to 300 characters' })
  subject!: string;

  @Field()
  @Length(1, 20000, { message: 'text must be 1 to 20000 characters' })
  text!: string;

  @Field(() => LetterKind, {
    nullable: true,
    description: 'An outgoing letter made from the current template of this kind',
  })
  @IsOptional()
  template?: LetterKind | null;

  @Field(() => LetterLanguage, { nullable: true, description: 'Default: German' })
  @IsOptional()
  language?: LetterLanguage | null;

  @Field(() => [String], { nullable: true, description: 'Postal address lines of a letter' })
  @IsOptional()
  @Length(1, 200, { each: true, message: 'each address line must be 1 to 200 characters' })
  addressLines?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An incoming letter’s scan: a file uploaded with purpose LETTER (requestUpload)',
  })
  @IsOptional()
  @IsUUID(undefined, { message: 'scanFileId must be the id of an uploaded file' })
  scanFileId?: string | null;

  @Field(() => String, { nullable: true, description: 'Address of an outgoing email' })
  @IsOptional()
  @IsEmail({}, { message: 'recipientEmail must be an email address' })
  recipientEmail?: string | null;
}

@InputType({ description: 'Changes to a communication that is not sent yet' })
export class UpdateCommunicationInput {
  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field()
  @Length(1, 300, { message: 'subject must be 1 to 300 characters' })
  subject!: string;

  @Field()
  @Length(1, 20000, { message: 'text must be 1 to 20000 characters' })
  text!: string;
}

@InputType({ description: 'Which communications to list (R3.5)' })
export class CommunicationFilter {
  @Field(() => [ID], { nullable: true, description: 'The clients, such as an application’s' })
  @IsOptional()
  @IsUUID(undefined, { each: true, message: 'personIds must be ids of persons' })
  personIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, { message: 'caseId must be the id of a case' })
  caseId?: string | null;

  @Field(() => CommunicationKind, { nullable: true })
  @IsOptional()
  kind?: CommunicationKind | null;

  @Field(() => CommunicationDirection, { nullable: true })
  @IsOptional()
  direction?: CommunicationDirection | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  to?: Date | null;
}

@ObjectType({ description: 'Letters printed as one PDF (R2.5)' })
export class PrintBatch {
  @Field(() => Int)
  letterCount!: number;

  @Field({ description: 'Short-lived link to the batch PDF' })
  downloadUrl!: string;
}
