import { type Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType } from 'type-graphql';
import { CaseEvent } from './case-status.js';
import { IntegratedCase } from './integrated-case.entity.js';

/** One step of a case's life (R4.7): who, when, why. Written, never changed. */
@Entity({ tableName: 'case_history_entry' })
@Index({ name: 'case_history_case_idx', properties: ['integratedCase', 'at'] })
@ObjectType({ description: 'A step in a case\u2019s history (R4.7)' })
export class CaseHistoryEntry extends StoredRecord<'at'> {
  @ManyToOne(() => IntegratedCase)
  integratedCase!: Rel<IntegratedCase>;

  @Enum({ items: () => CaseEvent, nativeEnumName: 'case_event' })
  @Field(() => CaseEvent)
  event!: CaseEvent;

  @Property({ type: 'datetime' })
  @Field()
  at: Date = new Date();

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Who did it' })
  by!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'The reason given (closing, reopening)' })
  reason?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Outcome, comment or what was added' })
  detail?: string | null;
}
