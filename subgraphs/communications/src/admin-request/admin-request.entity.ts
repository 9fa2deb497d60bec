import { type Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType } from 'type-graphql';
import { AdminRequestCategory } from './admin-request-category.entity.js';
import {
  AdminRequestChannel,
  AdminRequestStatus,
  AdminRequestType,
} from './admin-request-enums.js';

/** An administrative request (admin ticket) a provider organisation raised with the agency (R5). */
@Entity({ tableName: 'administrative_request' })
@Index({
  name: 'administrative_request_provider_idx',
  properties: ['providerId', 'lastActivityAt'],
})
@Index({ name: 'administrative_request_status_idx', properties: ['status', 'lastActivityAt'] })
@ObjectType('AdministrativeRequest', {
  description: 'An administrative request about contracts, invoices or payments (R5)',
})
export class AdminRequest extends StoredRecord<
  'status' | 'assigneeId' | 'assigneeName' | 'firstResponseAt' | 'resolvedAt' | 'closedAt'
> {
  @Property({ type: 'string', length: 20 })
  @Unique({ name: 'administrative_request_reference_unique' })
  @Field({ description: 'Reference to quote, such as AR-7KX2M9QD' })
  reference!: string;

  @Enum({ items: () => AdminRequestType, nativeEnumName: 'administrative_request_type' })
  @Field(() => AdminRequestType)
  type!: AdminRequestType;

  @Enum({ items: () => AdminRequestChannel, nativeEnumName: 'administrative_request_channel' })
  @Field(() => AdminRequestChannel)
  channel!: AdminRequestChannel;

  /** The Provider (providers subgraph); exposed as `provider` through federation. */
  @Property({ type: 'uuid' })
  providerId!: string;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The branch or subsidiary it is raised for (R5.4); null: the organisation itself',
  })
  accountId?: string | null;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Name of the account when the request was raised' })
  accountName!: string;

  @ManyToOne(() => AdminRequestCategory)
  @Field(() => AdminRequestCategory)
  category!: Rel<AdminRequestCategory>;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'The number the category requires (R5.6)' })
  referenceNumber?: string | null;

  @Property({ type: 'string', length: 200 })
  @Field()
  subject!: string;

  @Property({ type: 'text' })
  @Field()
  description!: string;

  @Enum({ items: () => AdminRequestStatus, nativeEnumName: 'administrative_request_status' })
  @Field(() => AdminRequestStatus)
  status: AdminRequestStatus = AdminRequestStatus.NEW;

  @Property({ type: 'string', length: 100 })
  createdById!: string;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Who raised it' })
  createdBy!: string;

  @Property({ type: 'string', length: 254 })
  createdByEmail!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Account id of the support agent' })
  assigneeId: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  assigneeName: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'The agency\u2019s first reply' })
  firstResponseAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'datetime' })
  @Field({ description: 'Last reply or change visible to the provider' })
  lastActivityAt: Date = new Date();
}
