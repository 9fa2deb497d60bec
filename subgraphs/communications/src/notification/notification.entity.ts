import { Entity, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { type NotificationKind } from '@casework/contracts';
import { Field, ObjectType } from 'type-graphql';

/** A notification's parameters by name (strings: dates as YYYY-MM-DD, enums by value). */
export type NotificationParams = { [name: string]: string };

@Entity({ tableName: 'notification' })
@Index({ name: 'notification_recipient_idx', properties: ['recipientId', 'createdAt'] })
@ObjectType({
  description: 'A message in a user\u2019s inbox about something that happened for them (R6.1)',
})
export class Notification extends StoredRecord<'readAt'> {
  /** The event that raised it: a second delivery of the same event stores nothing (exactly once). */
  @Property({ type: 'uuid' })
  @Unique({ name: 'notification_event_id_unique' })
  eventId!: string;

  @Property({ type: 'string', length: 100 })
  @Field({ description: 'Account id of the recipient' })
  recipientId!: string;

  @Property({ type: 'string', length: 60 })
  @Field(() => String, {
    description: 'What happened, such as INQUIRY_ANSWERED or INQUIRY_MORE_INFORMATION_REQUESTED',
  })
  kind!: NotificationKind;

  /**
   * The facts the apps word it from, in the reader's language (no rendered text is stored); the
   * names each kind keeps are listed in kit's `NOTIFICATION_KINDS`.
   */
  @Property({ type: 'json' })
  params!: NotificationParams;

  @Property({ type: 'string', length: 60 })
  @Field({ description: 'Type of what it is about, such as Inquiry' })
  subjectType!: string;

  @Property({ type: 'uuid' })
  @Field({ description: 'Id of what it is about' })
  subjectId!: string;

  @Property({ type: 'string', length: 300 })
  @Field({
    description: 'Path on the gateway that opens the subject, such as /agency/inquiries/<id>',
  })
  link!: string;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the recipient marked it read' })
  readAt: Date | null = null;
}
