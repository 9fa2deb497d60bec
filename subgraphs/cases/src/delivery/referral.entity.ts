import { type Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType } from 'type-graphql';
import { IntegratedCase } from '../integrated-case/integrated-case.entity.js';
import { ReferralStatus } from './delivery-status.js';

/** A referral of the case's clients to a provider's service (R4.4); letters come later. */
@Entity({ tableName: 'referral' })
@Index({ name: 'referral_case_idx', properties: ['integratedCase'] })
@ObjectType({ description: 'A referral to a service in an integrated case (R4.4)' })
export class Referral extends StoredRecord<'status'> {
  @ManyToOne(() => IntegratedCase)
  integratedCase!: Rel<IntegratedCase>;

  @Property({ type: 'string', length: 100 })
  @Field({ description: 'The service referred to' })
  service!: string;

  /** A Provider of the providers subgraph, exposed as `provider`. */
  @Property({ type: 'uuid', nullable: true })
  providerId?: string | null;

  @Enum({ items: () => ReferralStatus, nativeEnumName: 'referral_status' })
  @Field(() => ReferralStatus)
  status: ReferralStatus = ReferralStatus.OPEN;

  @Property({ type: 'date' })
  @Field({ description: 'YYYY-MM-DD' })
  referredOn!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  notes?: string | null;
}
