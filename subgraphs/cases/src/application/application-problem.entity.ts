import { type Rel } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ApplicationCase } from './application-case.entity.js';

export enum ApplicationProblemKind {
  MISSING_INFORMATION = 'MISSING_INFORMATION',
  CONFLICTING_INFORMATION = 'CONFLICTING_INFORMATION',
}

registerEnumType(ApplicationProblemKind, {
  name: 'ApplicationProblemKind',
  description: 'What is wrong with the information of an application (R3.1)',
});

/**
 * A problem staff found in an application (R3.1): while one is open, a programme configured
 * "meeting required when there are problems" cannot be authorised. A meeting held on or after the
 * day it was recorded resolves it.
 */
@Entity({ tableName: 'application_problem' })
@ObjectType({ description: 'Missing or conflicting information on an application (R3.1)' })
export class ApplicationProblem extends StoredRecord {
  @ManyToOne(() => ApplicationCase)
  application!: Rel<ApplicationCase>;

  @Enum({ items: () => ApplicationProblemKind, nativeEnumName: 'application_problem_kind' })
  @Field(() => ApplicationProblemKind)
  kind!: ApplicationProblemKind;

  @Property({ type: 'text' })
  @Field()
  description!: string;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Who recorded it' })
  recordedBy!: string;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When a held meeting resolved it' })
  resolvedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'The meeting that resolved it: its id in the meetings feature, or the meeting recorded on the application',
  })
  resolvedByMeetingId?: string | null;
}
