import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '../domain/record.js';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One changed field: its value before and after' })
@Directive('@shareable')
export class AuditChange {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  oldValue!: string | null;

  @Field(() => String, { nullable: true })
  newValue!: string | null;
}

/**
 * Who changed what and when (R6.3). `subject` is the record whose page shows the entry (a person,
 * a provider or a case); `entity` is what actually changed (the person, an exception, a member...).
 * Each subgraph that audits lists it among its entities and keeps the entries in its own schema;
 * the GraphQL type is shareable, the same in every subgraph.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ name: 'audit_entry_subject_idx', properties: ['subjectId', 'at'] })
@ObjectType({ description: 'A change to a person, exception or case (R6.3)' })
@Directive('@shareable')
export class AuditEntry extends StoredRecord<'at'> {
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'string', length: 40 })
  @Field({ description: 'What changed, such as Person, CommunicationException, IntegratedCase' })
  entityType!: string;

  @Property({ type: 'uuid' })
  @Field(() => ID)
  entityId!: string;

  @Property({ type: 'string', length: 40 })
  @Field({ description: 'CREATED, UPDATED, CANCELLED, CLOSED, REOPENED, APPROVED, ...' })
  action!: string;

  @Property({ type: 'json' })
  @Field(() => [AuditChange])
  changes!: AuditChange[];

  @Property({ type: 'string', length: 100 })
  actorId!: string;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Who made the change' })
  actor!: string;

  @Property({ type: 'datetime' })
  @Field({ description: 'When' })
  at: Date = new Date();
}
