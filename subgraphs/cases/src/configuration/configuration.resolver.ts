import { type RequestContext } from '@casework/kit';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AgencySettings } from './agency-settings.entity.js';
import { CaseReason, CaseReasonKind } from './case-reason.entity.js';
import { CaseType } from './case-type.entity.js';
import { Programme } from './programme.entity.js';
import {
  CaseReasonInput,
  NamedInput,
  ProgrammeInput,
  UpdateAgencySettingsInput,
  UpdateNamedInput,
  UpdateProgrammeInput,
} from './configuration.input.js';
import { ConfigurationService } from './configuration.service.js';

const service = (ctx: RequestContext) => new ConfigurationService(ctx);

@Resolver()
export class ConfigurationResolver {
  @Query(() => AgencySettings, { nullable: true, description: 'Intake and closing settings' })
  agencySettings(@Ctx() ctx: RequestContext) {
    return service(ctx).settings();
  }

  @Query(() => [Programme], { nullable: true, description: 'Programmes by name' })
  programmes(
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).programmes(includeInactive);
  }

  @Query(() => [CaseType], { nullable: true, description: 'Integrated case types by name' })
  caseTypes(
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).caseTypes(includeInactive);
  }

  @Query(() => [CaseReason], { nullable: true, description: 'Closure and reopening reasons' })
  caseReasons(
    @Arg('kind', () => CaseReasonKind, { nullable: true }) kind: CaseReasonKind | null,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).caseReasons(kind, includeInactive);
  }

  @Mutation(() => AgencySettings, { description: 'Agency administrators only' })
  updateAgencySettings(
    @Arg('input', () => UpdateAgencySettingsInput) input: UpdateAgencySettingsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).updateSettings(input);
  }

  @Mutation(() => Programme, { description: 'Agency administrators only' })
  createProgramme(
    @Arg('input', () => ProgrammeInput) input: ProgrammeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).createProgramme(input);
  }

  @Mutation(() => Programme, { description: 'Agency administrators only' })
  updateProgramme(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateProgrammeInput) input: UpdateProgrammeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).updateProgramme(id, input);
  }

  @Mutation(() => CaseType, { description: 'Agency administrators only' })
  createCaseType(@Arg('input', () => NamedInput) input: NamedInput, @Ctx() ctx: RequestContext) {
    return service(ctx).createCaseType(input);
  }

  @Mutation(() => CaseType, { description: 'Agency administrators only' })
  updateCaseType(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateNamedInput) input: UpdateNamedInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).updateCaseType(id, input);
  }

  @Mutation(() => CaseReason, { description: 'Agency administrators only' })
  createCaseReason(
    @Arg('input', () => CaseReasonInput) input: CaseReasonInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).createCaseReason(input);
  }

  @Mutation(() => CaseReason, { description: 'Agency administrators only' })
  updateCaseReason(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateNamedInput) input: UpdateNamedInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).updateCaseReason(id, input);
  }
}
