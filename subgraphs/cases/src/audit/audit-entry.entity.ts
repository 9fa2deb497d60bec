import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One changed field: its value before and after' })
export class AuditChange {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  oldValue!: string | null;

  @Field(() => String, { nullable: true })
  newValue!: string | null;
}

/**
 * Who changed what and when (R6.3). `subject` is the record whose page shows the entry (a person
 * or a case); `entity` is what actually changed (the person, one of its exceptions, a member...).
 */
@Entity({ tableName: 'audit_entry' })
@Index({ name: 'audit_entry_subject_idx', properties: ['subjectId', 'at'] })
@ObjectType({ description: 'A change to a person, exception or case (R6.3)' })
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
