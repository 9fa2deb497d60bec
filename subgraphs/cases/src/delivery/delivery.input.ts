import { IsOptional, IsUUID, Length, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
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

@InputType({ description: 'A referral to a service (R4.4)' })
export class ReferralInput {
  @Field()
  @Length(1, 100, { message: 'service must be 1 to 100 characters' })
  service!: string;

  @Field(() => ID, { nullable: true, description: 'The provider (providers subgraph)' })
  @IsOptional()
  @IsUUID(undefined, { message: 'providerId must be the id of a provider' })
  providerId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today' })
  @IsOptional()
  @IsDate('referredOn')
  referredOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  notes?: string | null;
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
