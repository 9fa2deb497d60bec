import { IsOptional, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsDate } from '../shared/dates.js';
import { ProductDeliveryStatus, ReferralStatus, ServiceDeliveryStatus } from './delivery-status.js';

@InputType({ description: 'A product delivery case added by hand (R4.3)' })
export class ProductDeliveryInput {
  @Field()
  @Length(1, 100, { message: 'product must be 1 to 100 characters' })
  product!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsDate('periodFrom')
  periodFrom!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before periodFrom' })
  @IsOptional()
  @IsDate('periodTo')
  periodTo?: string | null;
}

@InputType({ description: 'A service delivery (R4.4)' })
export class ServiceDeliveryInput {
  @Field()
  @Length(1, 100, { message: 'service must be 1 to 100 characters' })
  service!: string;

  @Field(() => ID, { nullable: true, description: 'The provider (providers subgraph)' })
  @IsOptional()
  @IsUUID(undefined, { message: 'providerId must be the id of a provider' })
  providerId?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @IsDate('periodFrom')
  periodFrom!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before periodFrom' })
  @IsOptional()
  @IsDate('periodTo')
  periodTo?: string | null;
}

export enum LetterDeliveryChoice {
  SEND_NOW = 'SEND_NOW',
  PRINT_LATER = 'PRINT_LATER',
}

registerEnumType(LetterDeliveryChoice, {
  name: 'LetterDeliveryChoice',
  description: 'R2.5: send the letters now (channel per party, R2.6) or print them later',
});

@InputType({ description: 'The notification letters of a referral (R2.1, R2.2, R2.5)' })
export class ReferralLettersInput {
  @Field({ description: 'R2.2: the text for the letter to the client' })
  @Length(1, 5000, { message: 'clientText must be 1 to 5000 characters' })
  clientText!: string;

  @Field({ description: 'R2.2: the text for the letter to the provider' })
  @Length(1, 5000, { message: 'providerText must be 1 to 5000 characters' })
  providerText!: string;

  @Field(() => LetterDeliveryChoice)
  delivery!: LetterDeliveryChoice;
}

@InputType({ description: 'A referral to a service (R4.4)' })
export class ReferralInput {
  @Field()
  @Length(1, 100, { message: 'service must be 1 to 100 characters' })
  service!: string;

  @Field(() => ID, { nullable: true, description: 'The provider (providers subgraph)' })
  @IsOptional()
  @IsUUID(undefined, { message: 'providerId must be the id of a provider' })
  providerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The service from the providers' catalogue; required with providerId, and the provider must offer it (R2.1, R4.4)",
  })
  @IsOptional()
  @IsUUID(undefined, { message: 'serviceId must be the id of a service' })
  serviceId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today' })
  @IsOptional()
  @IsDate('referredOn')
  referredOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  notes?: string | null;

  @Field(() => ReferralLettersInput, {
    nullable: true,
    description: 'Notification letters to the client and the provider (R2.1); needs providerId',
  })
  @IsOptional()
  @ValidateNested()
  letters?: ReferralLettersInput | null;
}

@InputType()
export class ProductDeliveryStatusInput {
  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => ProductDeliveryStatus)
  status!: ProductDeliveryStatus;
}

@InputType()
export class ServiceDeliveryStatusInput {
  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => ServiceDeliveryStatus)
  status!: ServiceDeliveryStatus;
}

@InputType()
export class ReferralStatusInput {
  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => ReferralStatus)
  status!: ReferralStatus;
}
