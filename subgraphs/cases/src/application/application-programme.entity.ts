import { type Rel } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType } from 'type-graphql';
import { Programme } from '../configuration/programme.entity.js';
import { ProductDeliveryCase } from '../delivery/product-delivery.entity.js';
import { IntegratedCase } from '../integrated-case/integrated-case.entity.js';
import { ApplicationCase } from './application-case.entity.js';
import { ProgrammeDecision } from './application-status.js';

/** One programme applied for, and the supervisor's decision on it. */
@Entity({ tableName: 'application_programme' })
@Unique({ name: 'application_programme_unique', properties: ['application', 'programme'] })
@ObjectType({ description: 'A programme applied for, with its decision' })
export class ApplicationProgramme extends StoredRecord<'decision'> {
  @ManyToOne(() => ApplicationCase)
  application!: Rel<ApplicationCase>;

  @ManyToOne(() => Programme)
  @Field(() => Programme)
  programme!: Rel<Programme>;

  @Enum({ items: () => ProgrammeDecision, nativeEnumName: 'programme_decision' })
  @Field(() => ProgrammeDecision)
  decision: ProgrammeDecision = ProgrammeDecision.PENDING;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was approved or denied' })
  reason?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  decidedBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt?: Date | null;

  @ManyToOne(() => IntegratedCase, { nullable: true })
  @Field(() => IntegratedCase, {
    nullable: true,
    description: 'The integrated case intake used on approval (R4.1)',
  })
  integratedCase?: Rel<IntegratedCase> | null;

  @ManyToOne(() => ProductDeliveryCase, { nullable: true })
  @Field(() => ProductDeliveryCase, {
    nullable: true,
    description: 'The product delivery case intake created on approval (R4.3)',
  })
  productDelivery?: Rel<ProductDeliveryCase> | null;
}
