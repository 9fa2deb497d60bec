import { Collection, type Rel } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Directive, Field, ObjectType } from 'type-graphql';
import { CaseReason } from '../configuration/case-reason.entity.js';
import { CaseType } from '../configuration/case-type.entity.js';
import { Person } from '../person/person.entity.js';
import { CaseOrigin, CaseStatus } from './case-status.js';
import { CaseMember } from './case-member.entity.js';

/** The case that manages a client's benefits, services and activities (R4.2). */
@Entity({ tableName: 'integrated_case' })
@Index({ name: 'integrated_case_primary_client_idx', properties: ['primaryClient', 'status'] })
// Global search by reference prefix (issue 16).
@Index({
  name: 'integrated_case_reference_pattern_idx',
  expression: `create index "integrated_case_reference_pattern_idx" on "cases"."integrated_case" ("reference" text_pattern_ops)`,
})
@ObjectType({ description: 'An integrated case for a person or prospect (R4.2)' })
@Directive('@key(fields: "id")')
export class IntegratedCase extends StoredRecord<'status' | 'members'> {
  @Property({ type: 'string', length: 20 })
  @Unique()
  @Field({ description: 'Reference such as IC-7KX2M9QD' })
  reference!: string;

  @ManyToOne(() => CaseType, { nullable: true })
  @Field(() => CaseType, {
    nullable: true,
    description: 'Chosen when created by hand (R4.6); none for intake cases',
  })
  caseType?: Rel<CaseType> | null;

  @Enum({ items: () => CaseOrigin, nativeEnumName: 'case_origin' })
  @Field(() => CaseOrigin)
  origin!: CaseOrigin;

  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status' })
  @Field(() => CaseStatus)
  status: CaseStatus = CaseStatus.OPEN;

  @Property({ type: 'date' })
  @Field({ description: 'YYYY-MM-DD' })
  startDate!: string;

  @ManyToOne(() => Person)
  @Field(() => Person)
  primaryClient!: Rel<Person>;

  @OneToMany(() => CaseMember, (m) => m.integratedCase, { orderBy: { startDate: 'asc' } })
  members = new Collection<CaseMember>(this);

  @ManyToOne(() => CaseReason, { nullable: true })
  @Field(() => CaseReason, { nullable: true, description: 'Why it was last closed' })
  closureReason?: Rel<CaseReason> | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'When it was last closed, YYYY-MM-DD' })
  closedOn?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The outcome recorded at closing' })
  outcome?: string | null;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Who created the case' })
  createdBy!: string;

  /** Who created it (account id), for the "my cases" start page (issue 16); none on older rows. */
  @Property({ type: 'string', length: 100, nullable: true, index: true })
  createdById?: string | null;
}
