import { type Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ID, ObjectType } from 'type-graphql';
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
  @Field({
    description:
      'The name of the service referred to, as it was when the referral was made (letters and history keep it)',
  })
  service!: string;

  /** A Service of the providers' catalogue; null for referrals made before the catalogue (R2.1). */
  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, {
    nullable: true,
    description:
      "The service from the providers' catalogue (R2.1, R4.4); null for older referrals whose free-text service matched no catalogue service",
  })
  serviceId?: string | null;

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
