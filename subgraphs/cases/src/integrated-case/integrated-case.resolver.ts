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
import { CaseHistoryEntry } from './case-history.entity.js';
import { CaseMember } from './case-member.entity.js';
import { CaseStatus } from './case-status.js';
import { IntegratedCase } from './integrated-case.entity.js';
import {
  CaseMemberInput,
  CloseCaseInput,
  CreateIntegratedCaseInput,
  ReopenCaseInput,
  UpdateCaseMemberInput,
} from './integrated-case.input.js';
import { CaseClosureService } from './case-closure.service.js';
import { CaseMemberService } from './case-member.service.js';
import { IntegratedCaseService } from './integrated-case.service.js';

@ObjectType({ description: 'A page of integrated cases, newest first' })
export class IntegratedCaseConnection extends ConnectionType(IntegratedCase) {}

@ArgsType()
class CasesArgs {
  @Field(() => ID, { nullable: true, description: 'Cases this person is a member of' })
  personId?: string | null;

  @Field(() => CaseStatus, { nullable: true })
  status?: CaseStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the cases I created' })
  mine?: boolean | null;

  @Field(() => Int, { defaultValue: 20 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

const service = (ctx: RequestContext) => new IntegratedCaseService(ctx);

@Resolver(() => IntegratedCase)
export class IntegratedCaseResolver {
  @Query(() => IntegratedCase, { nullable: true })
  integratedCase(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return service(ctx).get(id);
  }

  @Query(() => IntegratedCaseConnection, { nullable: true, description: 'Newest first' })
  integratedCases(@Args(() => CasesArgs) args: CasesArgs, @Ctx() ctx: RequestContext) {
    return service(ctx).list(args, args);
  }

  @Mutation(() => IntegratedCase, {
    description: 'Creates a standalone integrated case by hand (R4.1, R4.5, R4.6)',
  })
  createIntegratedCase(
    @Arg('input', () => CreateIntegratedCaseInput) input: CreateIntegratedCaseInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).create(input);
  }

  @Mutation(() => IntegratedCase, {
    description: 'Closes a case with a reason, date and outcome (R4.7)',
  })
  closeIntegratedCase(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CloseCaseInput) input: CloseCaseInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new CaseClosureService(ctx).close(id, input);
  }

  @Mutation(() => IntegratedCase, { description: 'Reopens a closed case with a reason (R4.7)' })
  reopenIntegratedCase(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReopenCaseInput) input: ReopenCaseInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new CaseClosureService(ctx).reopen(id, input);
  }

  @Mutation(() => CaseMember, { description: 'Adds a member to an open case' })
  addCaseMember(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('input', () => CaseMemberInput) input: CaseMemberInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new CaseMemberService(ctx).addMember(caseId, input);
  }

  @Mutation(() => CaseMember, { description: "Changes a member's role or end date" })
  updateCaseMember(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCaseMemberInput) input: UpdateCaseMemberInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new CaseMemberService(ctx).updateMember(id, input);
  }

  @FieldResolver(() => [CaseMember], { description: 'Members, the primary client first' })
  members(@Root() integratedCase: IntegratedCase, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, CaseMember[]>('caseMembers', (ids) => new CaseMemberService(ctx).membersOf(ids))
      .load(integratedCase.id);
  }

  @FieldResolver(() => [CaseHistoryEntry], {
    description: 'Every step of the case, newest first (R4.7)',
  })
  history(@Root() integratedCase: IntegratedCase, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, CaseHistoryEntry[]>('caseHistory', (ids) => service(ctx).historyOf(ids))
      .load(integratedCase.id);
  }

  @FieldResolver(() => [AuditEntry], {
    description: 'Changes with old and new values, newest first (R6.3)',
  })
  auditTrail(@Root() integratedCase: IntegratedCase, @Ctx() ctx: RequestContext) {
    return loadAuditTrail(ctx, integratedCase.id);
  }
}

@Resolver(() => Person)
export class PersonCasesResolver {
  @FieldResolver(() => [IntegratedCase], {
    description: 'Integrated cases the person is a member of, newest first',
  })
  async integratedCases(@Root() person: Person, @Ctx() ctx: RequestContext) {
    const page = await service(ctx).list({ personId: person.id }, { first: 100 });
    return page.nodes;
  }
}
