import { type Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType } from 'type-graphql';
import { IntegratedCase } from '../integrated-case/integrated-case.entity.js';
import { ServiceDeliveryStatus } from './delivery-status.js';

/** A service delivered to the clients of an integrated case by a provider (R4.4). */
@Entity({ tableName: 'service_delivery' })
@Index({ name: 'service_delivery_case_idx', properties: ['integratedCase'] })
@ObjectType({ description: 'A service delivery in an integrated case (R4.4)' })
export class ServiceDelivery extends StoredRecord<'status'> {
  @ManyToOne(() => IntegratedCase)
  integratedCase!: Rel<IntegratedCase>;

  @Property({ type: 'string', length: 100 })
  @Field({ description: 'The service delivered' })
  service!: string;

  /** A Provider of the providers subgraph, exposed as `provider`. */
  @Property({ type: 'uuid', nullable: true })
  providerId?: string | null;

  @Enum({ items: () => ServiceDeliveryStatus, nativeEnumName: 'service_delivery_status' })
  @Field(() => ServiceDeliveryStatus)
  status: ServiceDeliveryStatus = ServiceDeliveryStatus.PLANNED;

  @Property({ type: 'date' })
  @Field({ description: 'YYYY-MM-DD' })
  periodFrom!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  periodTo?: string | null;
}
