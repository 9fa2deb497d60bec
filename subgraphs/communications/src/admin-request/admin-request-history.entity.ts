import { type Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType } from 'type-graphql';
import { AdminRequestEventKind, AdminRequestStatus } from './admin-request-enums.js';
import { AdminRequest } from './admin-request.entity.js';

/** One entry of a request's audit trail: who did what when (status changes, assignment, replies). */
@Entity({ tableName: 'administrative_request_history' })
@Index({ name: 'administrative_request_history_request_idx', properties: ['request', 'createdAt'] })
@ObjectType('AdministrativeRequestHistoryEntry', {
  description: 'A status change or other event in a request\u2019s history',
})
export class AdminRequestHistory extends StoredRecord<'mailedAt'> {
  @ManyToOne(() => AdminRequest, { deleteRule: 'cascade' })
  request!: Rel<AdminRequest>;

  @Enum({ items: () => AdminRequestEventKind, nativeEnumName: 'administrative_request_event_kind' })
  @Field(() => AdminRequestEventKind)
  kind!: AdminRequestEventKind;

  @Enum({
    items: () => AdminRequestStatus,
    nativeEnumName: 'administrative_request_status',
    nullable: true,
  })
  @Field(() => AdminRequestStatus, { nullable: true })
  fromStatus?: AdminRequestStatus | null;

  @Enum({
    items: () => AdminRequestStatus,
    nativeEnumName: 'administrative_request_status',
    nullable: true,
  })
  @Field(() => AdminRequestStatus, { nullable: true })
  toStatus?: AdminRequestStatus | null;

  /** Internal entries (internal notes, assignment) are kept from providers. */
  @Property({ type: 'boolean' })
  internal!: boolean;

  @Property({ type: 'string', length: 100 })
  actorId!: string;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Who did it' })
  actor!: string;

  @Property({ type: 'string', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'Such as the new assignee' })
  detail?: string | null;

  /** The reply this entry records (REPLIED). */
  @Property({ type: 'uuid', nullable: true })
  messageId?: string | null;

  /** When the mail about this entry went out (once each). */
  @Property({ type: 'datetime', nullable: true })
  mailedAt: Date | null = null;
}
