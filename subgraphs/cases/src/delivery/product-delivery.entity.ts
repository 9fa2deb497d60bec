import { type Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType } from 'type-graphql';
import { Programme } from '../configuration/programme.entity.js';
import { IntegratedCase } from '../integrated-case/integrated-case.entity.js';
import { ProductDeliveryStatus } from './delivery-status.js';

/** Delivers a benefit (product) to the clients of an integrated case (R4.3). */
@Entity({ tableName: 'product_delivery_case' })
@Index({ name: 'product_delivery_case_case_idx', properties: ['integratedCase'] })
@ObjectType({ description: 'A product delivery case in an integrated case (R4.3)' })
export class ProductDeliveryCase extends StoredRecord<'status'> {
  @Property({ type: 'string', length: 20 })
  @Unique()
  @Field({ description: 'Reference such as PD-7KX2M9QD' })
  reference!: string;

  @ManyToOne(() => IntegratedCase)
  integratedCase!: Rel<IntegratedCase>;

  @Property({ type: 'string', length: 100 })
  @Field({ description: 'The product (benefit) delivered' })
  product!: string;

  @ManyToOne(() => Programme, { nullable: true })
  @Field(() => Programme, {
    nullable: true,
    description: 'The programme whose approval created it (intake)',
  })
  programme?: Rel<Programme> | null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => String, { nullable: true, description: 'Id of the application it came from' })
  applicationId?: string | null;

  @Enum({ items: () => ProductDeliveryStatus, nativeEnumName: 'product_delivery_status' })
  @Field(() => ProductDeliveryStatus)
  status: ProductDeliveryStatus = ProductDeliveryStatus.ACTIVE;

  @Property({ type: 'date' })
  @Field({ description: 'YYYY-MM-DD' })
  periodFrom!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; open-ended when null' })
  periodTo?: string | null;
}
