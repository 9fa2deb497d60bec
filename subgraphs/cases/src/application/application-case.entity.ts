import { Collection } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToMany,
  OneToMany,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Person } from '../person/person.entity.js';
import { ApplicationMeeting } from './application-meeting.entity.js';
import { ApplicationProblem } from './application-problem.entity.js';
import { ApplicationProgramme } from './application-programme.entity.js';
import { ApplicationStatus } from './application-status.js';

/** An application by one or more persons for one or more programmes. */
@Entity({ tableName: 'application_case' })
// Global search by reference prefix (issue 16).
@Index({
  name: 'application_case_reference_pattern_idx',
  expression: `create index "application_case_reference_pattern_idx" on "cases"."application_case" ("reference" text_pattern_ops)`,
})
@ObjectType({ description: 'An application for programmes by one or more clients' })
@Directive('@key(fields: "id")')
export class ApplicationCase extends StoredRecord<
  'status' | 'clients' | 'programmes' | 'meetings' | 'problems'
> {
  @Property({ type: 'string', length: 20 })
  @Unique()
  @Field({ description: 'Reference such as AP-7KX2M9QD' })
  reference!: string;

  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'application_status' })
  @Field(() => ApplicationStatus)
  status: ApplicationStatus = ApplicationStatus.OPEN;

  @ManyToMany(() => Person, undefined, {
    pivotTable: 'application_client',
    owner: true,
  })
  clients = new Collection<Person>(this);

  @OneToMany(() => ApplicationProgramme, (p) => p.application)
  programmes = new Collection<ApplicationProgramme>(this);

  @OneToMany(() => ApplicationMeeting, (m) => m.application)
  meetings = new Collection<ApplicationMeeting>(this);

  @OneToMany(() => ApplicationProblem, (p) => p.application)
  problems = new Collection<ApplicationProblem>(this);

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Who opened the application' })
  createdBy!: string;

  /** Who created it (account id), for the "my cases" start page (issue 16); none on older rows. */
  @Property({ type: 'string', length: 100, nullable: true, index: true })
  createdById?: string | null;
}
