import { type Rel } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType } from 'type-graphql';
import { Communication } from '../communication/communication.entity.js';
import { MinutesRecipientReason } from './minutes-enums.js';
import { MeetingMinutes } from './minutes.entity.js';

/**
 * Who was sent which version of the minutes, and why (R3.2). The mail itself is an outgoing
 * EMAIL in the communication log (R3.5) with the PDF; its status, sent time and last error are
 * the delivery's, and the letters' mail job sends and retries it.
 */
@Entity({ tableName: 'minutes_delivery' })
@ObjectType({ description: 'One mail of the issued minutes: to whom, why, and whether it arrived' })
export class MinutesDelivery extends StoredRecord {
  @ManyToOne(() => MeetingMinutes, { deleteRule: 'cascade' })
  minutes!: Rel<MeetingMinutes>;

  @ManyToOne(() => Communication)
  communication!: Rel<Communication>;

  @Enum({ items: () => MinutesRecipientReason, nativeEnumName: 'minutes_recipient_reason' })
  @Field(() => MinutesRecipientReason)
  reason!: MinutesRecipientReason;

  @Property({ type: 'string', length: 200 })
  @Field()
  name!: string;

  @Property({ type: 'string', length: 254 })
  @Field()
  email!: string;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Who issued it' })
  issuedBy!: string;
}
