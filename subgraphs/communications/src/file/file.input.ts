import { IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { FilePurpose } from './file-purpose.js';

@InputType({ description: 'Asks for permission to upload one file' })
export class RequestUploadInput {
  @Field(() => FilePurpose)
  purpose!: FilePurpose;

  @Field({ description: 'The file name; its extension must be an allowed type' })
  @Length(1, 255, { message: 'fileName must be 1 to 255 characters' })
  fileName!: string;

  @Field(() => Float, { description: 'Size in bytes; the upload is cut off beyond it' })
  @Min(0, { message: 'size must be 0 or more bytes' })
  @Max(Number.MAX_SAFE_INTEGER, { message: 'size is too large' })
  size!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The media type the client believes the file has; it must fit the name',
  })
  @IsOptional()
  @Length(0, 200, { message: 'contentType must be at most 200 characters' })
  contentType?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The provider organisation (ADMINISTRATIVE_REQUEST); provider users: their own',
  })
  @IsOptional()
  @IsUUID(undefined, { message: 'organisationId must be the id of a provider' })
  organisationId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'R5.7: required true for ADMINISTRATIVE_REQUEST: the file holds no protected health information',
  })
  noPhiConfirmed?: boolean | null;
}

@ObjectType({ description: 'Permission to upload one file once, for a short time' })
export class UploadGrantPayload {
  @Field(() => ID)
  grantId!: string;

  @Field({
    description:
      'Path on the gateway: send the bytes with POST (any content type, body = the file); the answer is { file: { id } }',
  })
  uploadUrl!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => Float, { nullable: true, description: 'The agency limit in bytes, if any' })
  maxBytes?: number | null;
}
