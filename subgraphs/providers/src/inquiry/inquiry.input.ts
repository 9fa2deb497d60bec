import { IsISO8601, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { InquiryMethod } from '../provider/inquiry-method.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = (field: string) => `${field} must be a date as YYYY-MM-DD`;

@InputType({ description: 'An inquiry to send (R1.1, R1.2)' })
export class CreateInquiryInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'providerId must be the id of a provider' })
  providerId!: string;

  @Field(() => ID, { description: 'The client (a Person)' })
  @IsUUID(undefined, { message: 'personId must be the id of a person' })
  personId!: string;

  @Field(() => ID, { nullable: true, description: 'The case the inquiry belongs to, if any' })
  @IsOptional()
  @IsUUID(undefined, { message: 'caseId must be the id of a case' })
  caseId?: string | null;

  @Field(() => ID)
  @IsUUID(undefined, { message: 'serviceId must be the id of a service' })
  serviceId!: string;

  @Field({ description: 'First day, YYYY-MM-DD' })
  @Matches(DATE, { message: DATE_MESSAGE('periodFrom') })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE('periodFrom') })
  periodFrom!: string;

  @Field({ description: 'Last day, YYYY-MM-DD, not before periodFrom' })
  @Matches(DATE, { message: DATE_MESSAGE('periodTo') })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE('periodTo') })
  periodTo!: string;

  @Field({ description: 'What the provider needs to know about the need' })
  @Length(1, 10000, { message: 'details must be 1 to 10000 characters' })
  details!: string;

  @Field(() => InquiryMethod, {
    description: 'One of the methods Provider.allowedInquiryMethods allows (R1.8)',
  })
  method!: InquiryMethod;

  @Field(() => String, {
    nullable: true,
    description: 'Phone inquiries: whom the caseworker spoke to (R1.4)',
  })
  @IsOptional()
  @Length(1, 200)
  spokeWith?: string | null;
}

export enum InquiryAnswer {
  CAN_DELIVER = 'CAN_DELIVER',
  CANNOT_DELIVER = 'CANNOT_DELIVER',
}

registerEnumType(InquiryAnswer, { name: 'InquiryAnswer' });

@InputType({ description: "A provider's answer (R1.5)" })
export class AnswerInquiryInput {
  @Field(() => InquiryAnswer)
  answer!: InquiryAnswer;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 5000)
  comment?: string | null;
}

@InputType({
  description: 'An answer that came by email or phone, recorded by the caseworker (R1.6)',
})
export class RecordInquiryAnswerInput extends AnswerInquiryInput {
  @Field({ description: 'When the answer was received; statistics count from this time' })
  receivedAt!: Date;
}

@InputType({ description: 'A message in the more-information thread' })
export class InquiryMessageInput {
  @Field()
  @Length(1, 5000, { message: 'text must be 1 to 5000 characters' })
  text!: string;
}
