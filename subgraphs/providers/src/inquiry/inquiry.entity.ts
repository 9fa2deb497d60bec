import { type Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { InquiryMethod } from '../provider/inquiry-method.js';
import { Provider } from '../provider/provider.entity.js';
import { Service } from '../service/service.entity.js';
import { InquiryStatus } from './inquiry-status.js';

export enum AnswerChannel {
  PORTAL = 'PORTAL',
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
}

registerEnumType(AnswerChannel, {
  name: 'AnswerChannel',
  description: 'How the answer reached the agency',
});

/** A caseworker's question to a provider: can you deliver this service for this client in this period (R1.1)? */
@Entity({ tableName: 'inquiry' })
// The statistics (R1.9) read only these two indexes: status and response time are included so
// that PostgreSQL answers from the index alone (index-only scans), without visiting the table.
@Index({
  name: 'inquiry_provider_sent_idx',
  properties: ['provider', 'sentAt'],
  include: ['status', 'responseSeconds'],
})
@Index({ name: 'inquiry_person_idx', properties: ['personId', 'sentAt'] })
@Index({
  name: 'inquiry_service_provider_sent_idx',
  properties: ['service', 'provider', 'sentAt'],
  include: ['status', 'responseSeconds'],
})
@Index({ name: 'inquiry_created_by_idx', properties: ['createdById', 'sentAt'] })
// Global search by reference prefix (issue 16), fast also at 100,000 inquiries.
@Index({
  name: 'inquiry_reference_pattern_idx',
  expression: `create index "inquiry_reference_pattern_idx" on "providers"."inquiry" ("reference" text_pattern_ops)`,
})
@ObjectType({ description: 'An inquiry to a provider about delivering a service in a period (R1)' })
export class Inquiry extends StoredRecord<'status' | 'sentAt'> {
  @Property({ type: 'string', length: 20 })
  @Unique()
  @Field({ description: 'Reference quoted in emails and calls, such as IQ-7KX2M9QD' })
  reference!: string;

  @ManyToOne(() => Provider)
  provider!: Rel<Provider>;

  @ManyToOne(() => Service)
  service!: Rel<Service>;

  /** The client (a Person of the cases subgraph), exposed as `client`. */
  @Property({ type: 'uuid' })
  personId!: string;

  /** An integrated case of the cases subgraph, when the inquiry belongs to one. */
  @Property({ type: 'uuid', nullable: true })
  @Field(() => String, { nullable: true, description: 'Id of the case the inquiry belongs to' })
  caseId?: string | null;

  @Property({ type: 'date' })
  @Field({ description: 'First day of the period (YYYY-MM-DD)' })
  periodFrom!: string;

  @Property({ type: 'date' })
  @Field({ description: 'Last day of the period (YYYY-MM-DD)' })
  periodTo!: string;

  @Property({ type: 'text' })
  @Field({ description: 'What the caseworker tells the provider about the need' })
  details!: string;

  @Enum({ items: () => InquiryMethod, nativeEnumName: 'inquiry_method' })
  @Field(() => InquiryMethod)
  method!: InquiryMethod;

  @Enum({ items: () => InquiryStatus, nativeEnumName: 'inquiry_status' })
  @Field(() => InquiryStatus)
  status: InquiryStatus = InquiryStatus.SENT;

  @Property({ type: 'datetime' })
  @Field({ description: 'When the inquiry was sent (or the call made): statistics start here' })
  sentAt: Date = new Date();

  @Property({ type: 'string', length: 100 })
  createdById!: string;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'The caseworker who made the inquiry' })
  createdBy!: string;

  @Property({ type: 'string', length: 254 })
  createdByEmail!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Phone inquiries: whom the caseworker spoke to',
  })
  spokeWith?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'Email and internet inquiries: when the provider was emailed',
  })
  providerEmailedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, {
    nullable: true,
    description:
      "The provider's first response (an answer or a request for more information): statistics end here",
  })
  firstResponseAt?: Date | null;

  /** firstResponseAt minus sentAt in seconds, kept by PostgreSQL for the statistics (R1.9). */
  @Property({
    type: 'double',
    nullable: true,
    generated: "(date_part('epoch', first_response_at - sent_at)) stored",
  })
  responseSeconds?: number | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'When the answer was given (portal) or received (email, phone)',
  })
  answeredAt?: Date | null;

  @Enum({ items: () => AnswerChannel, nativeEnumName: 'answer_channel', nullable: true })
  @Field(() => AnswerChannel, { nullable: true })
  answerChannel?: AnswerChannel | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  answerComment?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Who answered (portal user) or recorded the answer (caseworker)',
  })
  answeredBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  withdrawnAt?: Date | null;
}
