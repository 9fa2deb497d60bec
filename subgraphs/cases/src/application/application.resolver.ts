import { AuditEntry, loadAuditTrail, ConnectionType, type RequestContext } from '@casework/kit';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Person } from '../person/person.entity.js';
import { ApplicationCase } from './application-case.entity.js';
import { ApplicationMeeting } from './application-meeting.entity.js';
import { ApplicationProblem } from './application-problem.entity.js';
import { ApplicationProgramme } from './application-programme.entity.js';
import { ApplicationStatus } from './application-status.js';
import {
  ApplicationProblemInput,
  CreateApplicationInput,
  MeetingHeldInput,
  ProgrammeDecisionInput,
} from './application.input.js';
import { ApplicationService } from './application.service.js';

@ObjectType({ description: 'A page of applications, newest first' })
export class ApplicationCaseConnection extends ConnectionType(ApplicationCase) {}

@ArgsType()
class ApplicationsArgs {
  @Field(() => ID, { nullable: true, description: 'Applications this person is a client of' })
  personId?: string | null;

  @Field(() => ApplicationStatus, { nullable: true })
  status?: ApplicationStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the applications I opened' })
  mine?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only applications waiting for a programme decision (OPEN or PENDING)',
  })
  awaitingDecision?: boolean | null;

  @Field(() => Int, { defaultValue: 20 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

const service = (ctx: RequestContext) => new ApplicationService(ctx);

@Resolver(() => ApplicationCase)
export class ApplicationResolver {
  @Query(() => ApplicationCase, { nullable: true })
  application(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return service(ctx).get(id);
  }

  @Query(() => ApplicationCaseConnection, { nullable: true })
  applications(@Args(() => ApplicationsArgs) args: ApplicationsArgs, @Ctx() ctx: RequestContext) {
    return service(ctx).list(args, args);
  }

  @Mutation(() => ApplicationCase, { description: 'Opens an application for programmes' })
  createApplication(
    @Arg('input', () => CreateApplicationInput) input: CreateApplicationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).create(input);
  }

  @Mutation(() => ApplicationCase, {
    description: 'Records that a meeting with the clients was held (R3.1)',
  })
  recordApplicationMeeting(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MeetingHeldInput) input: MeetingHeldInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).recordMeeting(id, input);
  }

  @Mutation(() => ApplicationProblem, {
    description:
      'Records missing or conflicting information; blocks programmes that need a meeting when there are problems until a meeting is held (R3.1)',
  })
  recordApplicationProblem(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ApplicationProblemInput) input: ApplicationProblemInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).recordProblem(id, input);
  }

  @Mutation(() => ApplicationCase, {
    description:
      'Supervisors: approves a programme (R3.1 meeting rule); with an intake process also creates the integrated and product delivery cases (R4.1, R4.3)',
  })
  approveProgramme(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ProgrammeDecisionInput) input: ProgrammeDecisionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).approve(id, input);
  }

  @Mutation(() => ApplicationCase, { description: 'Supervisors: denies a programme with a reason' })
  denyProgramme(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ProgrammeDecisionInput) input: ProgrammeDecisionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).deny(id, input);
  }

  @Mutation(() => ApplicationCase)
  withdrawApplication(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return service(ctx).withdraw(id);
  }

  @Mutation(() => ApplicationCase)
  closeApplication(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return service(ctx).close(id);
  }

  @FieldResolver(() => [Person], {
    description: 'The applying persons; the first is the primary client',
  })
  clients(@Root() application: ApplicationCase) {
    return application.clients.loadItems();
  }

  @FieldResolver(() => [ApplicationProgramme])
  programmes(@Root() application: ApplicationCase) {
    return application.programmes.loadItems({ populate: ['programme'] });
  }

  @FieldResolver(() => [ApplicationMeeting], { description: 'Meetings held (R3.1)' })
  meetings(@Root() application: ApplicationCase) {
    return application.meetings.loadItems();
  }

  @FieldResolver(() => [ApplicationProblem], {
    description: 'Problems recorded, open and resolved, oldest first (R3.1)',
  })
  problems(@Root() application: ApplicationCase) {
    return application.problems.loadItems({ orderBy: { createdAt: 'asc' } });
  }

  @FieldResolver(() => [AuditEntry], { description: 'Changes, newest first (R6.3)' })
  auditTrail(@Root() application: ApplicationCase, @Ctx() ctx: RequestContext) {
    return loadAuditTrail(ctx, application.id);
  }
}

@Resolver(() => Person)
export class PersonApplicationsResolver {
  @FieldResolver(() => [ApplicationCase], {
    description: 'Applications of the person, newest first',
  })
  applications(@Root() person: Person, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, ApplicationCase[]>('applicationsOfPerson', (ids) => service(ctx).ofPersons(ids))
      .load(person.id);
  }
}
