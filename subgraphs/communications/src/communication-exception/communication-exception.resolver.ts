import {
  AuditEntry,
  CommunicationMethod,
  type PersonKey,
  type RequestContext,
} from '@casework/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Person } from '../person/person.type.js';
import { Provider } from '../provider/provider.type.js';
import {
  CommunicationException,
  type PartyKey,
  PartyType,
} from './communication-exception.entity.js';
import {
  CommunicationExceptionInput,
  UpdateCommunicationExceptionInput,
} from './communication-exception.input.js';
import { exceptedMethodsOnArgument } from './communication-exception.rules.js';
import { CommunicationExceptionService } from './communication-exception.service.js';

const PROVIDER_ALIAS = 'The same as the mutation without "Provider" in its name, kept for clients';

@Resolver(() => CommunicationException)
export class CommunicationExceptionResolver {
  @Mutation(() => CommunicationException, {
    description: 'Records a method that must not be used to contact the person (R2.7)',
  })
  addCommunicationException(
    @Arg('personId', () => ID) personId: string,
    @Arg('input', () => CommunicationExceptionInput) input: CommunicationExceptionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new CommunicationExceptionService(ctx).add(
      { type: PartyType.PERSON, id: personId },
      input,
    );
  }

  @Mutation(() => CommunicationException, {
    description: 'Records a method that must not be used to contact the provider (R2.7)',
  })
  addProviderCommunicationException(
    @Arg('providerId', () => ID) providerId: string,
    @Arg('input', () => CommunicationExceptionInput) input: CommunicationExceptionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new CommunicationExceptionService(ctx).add(
      { type: PartyType.PROVIDER, id: providerId },
      input,
    );
  }

  @Mutation(() => CommunicationException, {
    description:
      'Changes an active exception of a person or a provider; CONFLICT if someone changed it since you read it',
  })
  updateCommunicationException(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCommunicationExceptionInput) input: UpdateCommunicationExceptionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new CommunicationExceptionService(ctx).update(id, input);
  }

  @Mutation(() => CommunicationException, {
    description: "Changes a provider's exception",
    deprecationReason: PROVIDER_ALIAS,
  })
  updateProviderCommunicationException(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCommunicationExceptionInput) input: UpdateCommunicationExceptionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new CommunicationExceptionService(ctx).update(id, input, PartyType.PROVIDER);
  }

  @Mutation(() => CommunicationException, {
    description:
      'Cancels an exception of a person or a provider: it no longer applies but stays on record',
  })
  cancelCommunicationException(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return new CommunicationExceptionService(ctx).cancel(id);
  }

  @Mutation(() => CommunicationException, {
    description: "Cancels a provider's exception",
    deprecationReason: PROVIDER_ALIAS,
  })
  cancelProviderCommunicationException(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return new CommunicationExceptionService(ctx).cancel(id, PartyType.PROVIDER);
  }

  @FieldResolver(() => [AuditEntry], {
    description: 'Changes to the exception, newest first: who, when, old and new values (R6.3)',
  })
  auditTrail(@Root() exception: CommunicationException, @Ctx() ctx: RequestContext) {
    return new CommunicationExceptionService(ctx).auditTrail(exception);
  }
}

async function exceptionsOf(party: PartyKey, includeCancelled: boolean, ctx: RequestContext) {
  const all = await new CommunicationExceptionService(ctx).load(party);
  return includeCancelled ? all : CommunicationExceptionService.active(all);
}

async function exceptedMethodsOf(party: PartyKey, on: string | null, ctx: RequestContext) {
  return exceptedMethodsOnArgument(await new CommunicationExceptionService(ctx).load(party), on);
}

@Resolver(() => Person)
export class PersonCommunicationExceptionsResolver {
  @FieldResolver(() => [CommunicationException], {
    description: 'Communication exceptions, latest period first (R2.7)',
  })
  communicationExceptions(
    @Root() person: PersonKey,
    @Arg('includeCancelled', () => Boolean, { defaultValue: false }) includeCancelled: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return exceptionsOf({ type: PartyType.PERSON, id: person.id }, includeCancelled, ctx);
  }

  @FieldResolver(() => [CommunicationMethod], {
    description:
      'The methods that must not be used to contact the person on a date (default today), by active exceptions (R2.7)',
  })
  exceptedCommunicationMethods(
    @Root() person: PersonKey,
    @Arg('on', () => String, { nullable: true, description: 'YYYY-MM-DD; default today' })
    on: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return exceptedMethodsOf({ type: PartyType.PERSON, id: person.id }, on, ctx);
  }
}

@Resolver(() => Provider)
export class ProviderCommunicationExceptionsResolver {
  @FieldResolver(() => [CommunicationException], {
    description: 'Communication exceptions, latest period first (R2.7)',
  })
  communicationExceptions(
    @Root() provider: Provider,
    @Arg('includeCancelled', () => Boolean, { defaultValue: false }) includeCancelled: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return exceptionsOf({ type: PartyType.PROVIDER, id: provider.id }, includeCancelled, ctx);
  }

  @FieldResolver(() => [CommunicationMethod], {
    description:
      'The methods that must not be used to contact the provider on a date (default today), by active exceptions (R2.7)',
  })
  exceptedCommunicationMethods(
    @Root() provider: Provider,
    @Arg('on', () => String, { nullable: true, description: 'YYYY-MM-DD; default today' })
    on: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return exceptedMethodsOf({ type: PartyType.PROVIDER, id: provider.id }, on, ctx);
  }
}
