import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { CommunicationMethod, StoredRecord } from '@casework/kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** Whom an exception is about: a person (cases subgraph) or a provider (providers subgraph). */
export enum PartyType {
  PERSON = 'PERSON',
  PROVIDER = 'PROVIDER',
}

registerEnumType(PartyType, {
  name: 'PartyType',
  description: 'A party that is contacted: a person or a provider organisation',
});

export enum CommunicationExceptionStatus {
  ACTIVE = 'ACTIVE',
  CANCELLED = 'CANCELLED',
}

registerEnumType(CommunicationExceptionStatus, {
  name: 'CommunicationExceptionStatus',
  description: 'A cancelled exception no longer forbids its method; it is kept for the record',
});

/** A party as the exceptions know it: its type and its id in the subgraph that owns it. */
export interface PartyKey {
  type: PartyType;
  id: string;
}

/**
 * A method that must not be used to contact a party for a period (R2.7). One model and one table
 * for persons and providers; the party is a federated reference (type and id), so letters and
 * other features of this subgraph decide channels for both alike.
 */
@Entity({ tableName: 'communication_exception' })
@Index({ name: 'communication_exception_subject_idx', properties: ['subjectId', 'fromDate'] })
@ObjectType({
  description: 'A method that must not be used to contact a party for a period (R2.7)',
})
export class CommunicationException extends StoredRecord<'status'> {
  @Enum({ items: () => PartyType, nativeEnumName: 'party_type' })
  @Field(() => PartyType, { description: 'Whether the exception is about a person or a provider' })
  subjectType!: PartyType;

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'The id of the person or provider' })
  subjectId!: string;

  @Enum({ items: () => CommunicationMethod, nativeEnumName: 'communication_method' })
  @Field(() => CommunicationMethod, { description: 'The method that must not be used' })
  method!: CommunicationMethod;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Why the method must not be used' })
  reason!: string;

  @Property({ type: 'date' })
  @Field({ description: 'First day the exception applies, YYYY-MM-DD' })
  fromDate!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Last day the exception applies (inclusive), YYYY-MM-DD; open-ended when null',
  })
  toDate?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  comments?: string | null;

  @Enum({
    items: () => CommunicationExceptionStatus,
    nativeEnumName: 'communication_exception_status',
  })
  @Field(() => CommunicationExceptionStatus)
  status: CommunicationExceptionStatus = CommunicationExceptionStatus.ACTIVE;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Who recorded the exception' })
  createdBy!: string;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  cancelledAt?: Date | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  cancelledBy?: string | null;
}
