import {
  CommunicationExceptionInput,
  CommunicationMethod,
  exceptedMethodsOnArgument,
  type RequestContext,
  UpdateCommunicationExceptionInput,
} from '@casework/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Provider } from '../provider/provider.entity.js';
import { ProviderCommunicationException } from './communication-exception.entity.js';
import { ProviderCommunicationExceptionService } from './communication-exception.service.js';

@Resolver(() => Provider)
export class ProviderCommunicationExceptionResolver {
  @Mutation(() => ProviderCommunicationException, {
    description: 'Records a method that must not be used to contact the provider (R2.7)',
  })
  addProviderCommunicationException(
    @Arg('providerId', () => ID) providerId: string,
    @Arg('input', () => CommunicationExceptionInput) input: CommunicationExceptionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new ProviderCommunicationExceptionService(ctx).add(providerId, input);
  }

  @Mutation(() => ProviderCommunicationException, {
    description: "Changes a provider's exception; CONFLICT if someone changed it since you read it",
  })
  updateProviderCommunicationException(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCommunicationExceptionInput) input: UpdateCommunicationExceptionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new ProviderCommunicationExceptionService(ctx).update(id, input);
  }

  @Mutation(() => ProviderCommunicationException, {
    description: "Cancels a provider's exception: it no longer applies but stays on record",
  })
  cancelProviderCommunicationException(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return new ProviderCommunicationExceptionService(ctx).cancel(id);
  }

  @FieldResolver(() => [ProviderCommunicationException], {
    description: 'Communication exceptions, latest period first (R2.7)',
  })
  async communicationExceptions(
    @Root() provider: Provider,
    @Arg('includeCancelled', () => Boolean, { defaultValue: false }) includeCancelled: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    const all = await new ProviderCommunicationExceptionService(ctx).load(provider.id);
    return includeCancelled ? all : ProviderCommunicationExceptionService.active(all);
  }

  @FieldResolver(() => [CommunicationMethod], {
    description:
      'The methods that must not be used to contact the provider on a date (default today), by active exceptions (R2.7)',
  })
  async exceptedCommunicationMethods(
    @Root() provider: Provider,
    @Arg('on', () => String, { nullable: true, description: 'YYYY-MM-DD; default today' })
    on: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return exceptedMethodsOnArgument(
      await new ProviderCommunicationExceptionService(ctx).load(provider.id),
      on,
    );
  }
}
