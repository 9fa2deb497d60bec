import { type Rel } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType } from 'type-graphql';
import { Person } from '../person/person.entity.js';
import { MemberRole } from './case-status.js';
import { IntegratedCase } from './integrated-case.entity.js';

/** A person in a case with a role, from a start date to an optional end date (R4.5). */
@Entity({ tableName: 'case_member' })
@Unique({ name: 'case_member_case_person_unique', properties: ['integratedCase', 'person'] })
@ObjectType({ description: 'A person in an integrated case, with a role and period' })
export class CaseMember extends StoredRecord {
  @ManyToOne(() => IntegratedCase)
  integratedCase!: Rel<IntegratedCase>;

  @ManyToOne(() => Person)
  @Field(() => Person)
  person!: Rel<Person>;

  @Enum({ items: () => MemberRole, nativeEnumName: 'member_role' })
  @Field(() => MemberRole)
  role!: MemberRole;

  @Property({ type: 'date' })
  @Field({ description: 'YYYY-MM-DD' })
  startDate!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while a member' })
  endDate?: string | null;
}
