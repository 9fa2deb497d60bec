import {
  ArrayMaxSize,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  AdminRequestChannel,
  AdminRequestStatus,
  AdminRequestType,
  ReferenceNumberKind,
} from './admin-request-enums.js';

@InputType('AdministrativeRequestFileInput', {
  description: 'A file uploaded through the files capability, attached to a message (R5.7)',
})
export class AdminRequestFileInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'fileId must be the id of an uploaded file' })
  fileId!: string;

  @Field({ description: 'The name shown while sending; the uploaded file\u2019s own name is kept' })
  @Length(1, 255, { message: 'fileName must be 1 to 255 characters' })
  fileName!: string;

  @Field({
    description: 'The uploader confirms the file holds no protected health information (HIPAA)',
  })
  noPhiConfirmed!: boolean;
}

@InputType('CreateAdministrativeRequestInput', {
  description: 'A new administrative request (R5.2-R5.7)',
})
export class CreateAdminRequestInput {
  @Field(() => AdminRequestType, { defaultValue: AdminRequestType.CONTRACTS_AND_INVOICES })
  type!: AdminRequestType;

  @Field(() => AdminRequestChannel, { defaultValue: AdminRequestChannel.FORM })
  channel!: AdminRequestChannel;

  @Field(() => ID, {
    nullable: true,
    description: 'Branch or subsidiary (R5.4): required when the organisation has active ones',
  })
  @IsOptional()
  @IsUUID(undefined, { message: 'accountId must be the id of a branch or subsidiary' })
  accountId?: string | null;

  @Field(() => ID)
  @IsUUID(undefined, { message: 'categoryId must be the id of a category' })
  categoryId!: string;

  @Field(() => String, { nullable: true, description: 'The number the category requires (R5.6)' })
  @IsOptional()
  @MaxLength(100, { message: 'referenceNumber must be at most 100 characters' })
  referenceNumber?: string | null;

  @Field()
  @MaxLength(200, { message: 'subject must be at most 200 characters' })
  subject!: string;

  @Field()
  @MaxLength(20000, { message: 'description must be at most 20000 characters' })
  description!: string;

  @Field(() => [AdminRequestFileInput], { defaultValue: [] })
  @ArrayMaxSize(10, { message: 'at most 10 files' })
  @ValidateNested({ each: true })
  files!: AdminRequestFileInput[];
}

@InputType('ReplyToAdministrativeRequestInput', { description: 'A reply in the conversation' })
export class ReplyToAdminRequestInput {
  @Field()
  @MaxLength(20000, { message: 'text must be at most 20000 characters' })
  text!: string;

  @Field(() => [AdminRequestFileInput], { defaultValue: [] })
  @ArrayMaxSize(10, { message: 'at most 10 files' })
  @ValidateNested({ each: true })
  files!: AdminRequestFileInput[];
}

@InputType('ChangeAdministrativeRequestStatusInput')
export class ChangeAdminRequestStatusInput {
  @Field(() => Int, { description: 'The version you saw (optimistic locking)' })
  version!: number;

  @Field(() => AdminRequestStatus)
  status!: AdminRequestStatus;
}

@InputType('AdministrativeRequestCategoryInput', {
  description: 'A category as agency administrators configure it (R5.5, R5.6)',
})
export class AdminRequestCategoryInput {
  @Field()
  @Matches(/^[A-Z][A-Z0-9_]{1,59}$/, {
    message: 'code must be 2 to 60 capital letters, digits or _ such as INVOICE_QUERY',
  })
  code!: string;

  @Field()
  @Length(1, 200, { message: 'nameEn must be 1 to 200 characters' })
  nameEn!: string;

  @Field()
  @Length(1, 200, { message: 'nameDe must be 1 to 200 characters' })
  nameDe!: string;

  @Field()
  @Length(1, 200, { message: 'nameIt must be 1 to 200 characters' })
  nameIt!: string;

  @Field(() => ReferenceNumberKind)
  referenceKind!: ReferenceNumberKind;

  @Field(() => String, { nullable: true, description: 'Regular expression for the whole number' })
  @MaxLength(300, { message: 'referencePattern must be at most 300 characters' })
  referencePattern?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(100, { message: 'referenceExample must be at most 100 characters' })
  referenceExample?: string | null;

  @Field(() => Int, { defaultValue: 0 })
  sortOrder!: number;

  @Field({ defaultValue: true })
  active!: boolean;
}
