import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { LetterChannel } from '../letter/letter-channel.js';
import { LetterLanguage } from '../letter/letter-kinds.js';
import {
  CommunicationDirection,
  CommunicationKind,
  CommunicationStatus,
  CorrespondentType,
} from './communication-enums.js';

/**
 * One entry of the communication log (R3.5): a phone call, email or letter with a client, a
 * provider or a third party, incoming or outgoing, free-form or made from a template. Letters
 * keep their PDF (a stored file) and the template version they were made from (R2.4).
 */
@Entity({ tableName: 'communication' })
@Index({ name: 'communication_person_idx', properties: ['personId', 'occurredAt'] })
@Index({ name: 'communication_case_idx', properties: ['caseId', 'occurredAt'] })
@Index({ name: 'communication_status_idx', properties: ['status', 'createdAt'] })
@ObjectType({
  description: 'A phone call, email or letter with a client, provider or third party (R3.5)',
})
export class Communication extends StoredRecord<'status'> {
  @Enum({ items: () => CommunicationKind, nativeEnumName: 'communication_kind' })
  @Field(() => CommunicationKind)
  kind!: CommunicationKind;

  @Enum({ items: () => CommunicationDirection, nativeEnumName: 'communication_direction' })
  @Field(() => CommunicationDirection)
  direction!: CommunicationDirection;

  @Enum({ items: () => CorrespondentType, nativeEnumName: 'correspondent_type' })
  @Field(() => CorrespondentType)
  correspondentType!: CorrespondentType;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Name of the correspondent' })
  correspondentName!: string;

  /** The client (a Person of the cases subgraph) the communication is with or about. */
  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The provider, for provider correspondence' })
  providerId?: string | null;

  /** An application or integrated case of the cases subgraph. */
  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  caseId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The referral a letter notifies of (R2.1)' })
  referralId?: string | null;

  @Property({ type: 'datetime' })
  @Field()
  occurredAt!: Date;

  @Property({ type: 'string', length: 300 })
  @Field()
  subject!: string;

  @Property({ type: 'text' })
  @Field()
  text!: string;

  @Enum({ items: () => CommunicationStatus, nativeEnumName: 'communication_status' })
  @Field(() => CommunicationStatus)
  status: CommunicationStatus = CommunicationStatus.DRAFT;

  @Enum({ items: () => LetterChannel, nativeEnumName: 'letter_channel', nullable: true })
  @Field(() => LetterChannel, { nullable: true, description: 'How a letter is issued' })
  channel?: LetterChannel | null;

  @Enum({ items: () => LetterLanguage, nativeEnumName: 'letter_language', nullable: true })
  @Field(() => LetterLanguage, { nullable: true })
  language?: LetterLanguage | null;

  /** The template version a letter was made from (null: free-form). */
  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  templateVersionId?: string | null;

  /** The letter's PDF, or an incoming letter's scan (a stored file). */
  @Property({ type: 'uuid', nullable: true })
  fileId?: string | null;

  @Property({ type: 'string', length: 254, nullable: true })
  @Field(() => String, { nullable: true })
  recipientEmail?: string | null;

  @Property({ type: 'json', nullable: true })
  recipientAddress?: string[] | null;

  /** Mail's stable Message-ID and when the mail server accepted it: never sent twice. */
  @Property({ type: 'string', length: 200, nullable: true })
  messageId?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  sentAt?: Date | null;

  @Property({ type: 'string', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the last delivery attempt failed' })
  lastError?: string | null;

  @Property({ type: 'string', length: 100 })
  createdById!: string;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Who recorded or wrote it' })
  createdBy!: string;
}
