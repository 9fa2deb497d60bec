import { Collection, type Rel } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  ManyToMany,
  ManyToOne,
  OneToMany,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { Record } from '@casework/kit';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Programme } from '../configuration/programme.entity.js';
import { IntegratedCase } from '../integrated-case/integrated-case.entity.js';
import { ProductDeliveryCase } from '../delivery/product-delivery.entity.js';
import { Person } from '../person/person.entity.js';
import { ApplicationStatus, MeetingSource, ProgrammeDecision } from './application-status.js';

/** An application by one or more persons for one or more programmes. */
@Entity({ tableName: 'application_case' })
@ObjectType({ description: 'An application for programmes by one or more clients' })
@Directive('@key(fields: "id")')
export class ApplicationCase extends Record<'status' | 'clients' | 'programmes' | 'meetings'> {
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

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Who opened the application' })
  createdBy!: string;
}

/** One programme applied for, and the supervisor's decision on it. */
@Entity({ tableName: 'application_programme' })
@Unique({ name: 'application_programme_unique', properties: ['application', 'programme'] })
@ObjectType({ description: 'A programme applied for, with its decision' })
export class ApplicationProgramme extends Record<'decision'> {
  @ManyToOne(() => ApplicationCase)
  application!: Rel<ApplicationCase>;

  @ManyToOne(() => Programme)
  @Field(() => Programme)
  programme!: Rel<Programme>;

  @Enum({ items: () => ProgrammeDecision, nativeEnumName: 'programme_decision' })
  @Field(() => ProgrammeDecision)
  decision: ProgrammeDecision = ProgrammeDecision.PENDING;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was approved or denied' })
  reason?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  decidedBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt?: Date | null;

  @ManyToOne(() => IntegratedCase, { nullable: true })
  @Field(() => IntegratedCase, {
    nullable: true,
    description: 'The integrated case intake used on approval (R4.1)',
  })
  integratedCase?: Rel<IntegratedCase> | null;

  @ManyToOne(() => ProductDeliveryCase, { nullable: true })
  @Field(() => ProductDeliveryCase, {
    nullable: true,
    description: 'The product delivery case intake created on approval (R4.3)',
  })
  productDelivery?: Rel<ProductDeliveryCase> | null;
}

/** The fact that a meeting with the clients was held (R3.1), whoever recorded it. */
@Entity({ tableName: 'application_meeting' })
@ObjectType({ description: 'A meeting held with the clients of an application (R3.1)' })
export class ApplicationMeeting extends Record {
  @ManyToOne(() => ApplicationCase)
  application!: Rel<ApplicationCase>;

  @Property({ type: 'date' })
  @Field({ description: 'YYYY-MM-DD' })
  heldOn!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Who attended' })
  attendees!: string;

  @Enum({ items: () => MeetingSource, nativeEnumName: 'meeting_source' })
  @Field(() => MeetingSource)
  source!: MeetingSource;

  /** The meeting of the meetings feature that reported it; makes a repeated event harmless. */
  @Property({ type: 'uuid', nullable: true })
  @Unique()
  meetingId?: string | null;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Who recorded it' })
  recordedBy!: string;
}
