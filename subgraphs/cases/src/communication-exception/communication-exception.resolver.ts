import {
  CommunicationExceptionInput,
  CommunicationMethod,
  exceptedMethodsOnArgument,
  type RequestContext,
  UpdateCommunicationExceptionInput,
} from '@casework/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Person } from '../person/person.entity.js';
import { CommunicationException } from './communication-exception.entity.js';
import { CommunicationExceptionService } from './communication-exception.service.js';

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
    return new CommunicationExceptionService(ctx).add(personId, input);
  }

  @Mutation(() => CommunicationException, { description: 'Changes an active exception' })
  updateCommunicationException(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCommunicationExceptionInput) input: UpdateCommunicationExceptionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new CommunicationExceptionService(ctx).update(id, input);
  }

  @Mutation(() => CommunicationException, {
    description: 'Cancels an exception: it no longer applies but stays on record',
  })
  cancelCommunicationException(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return new CommunicationExceptionService(ctx).cancel(id);
  }
}

@Resolver(() => Person)
export class PersonCommunicationResolver {
  @FieldResolver(() => [CommunicationException], {
    description: 'Communication exceptions, latest period first (R2.7)',
  })
  async communicationExceptions(
    @Root() person: Person,
    @Arg('includeCancelled', () => Boolean, { defaultValue: false }) includeCancelled: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    const all = await new CommunicationExceptionService(ctx).load(person.id);
    return includeCancelled ? all : CommunicationExceptionService.active(all);
  }

  @FieldResolver(() => [CommunicationMethod], {
    description:
      'The methods that must not be used to contact the person on a date (default today), by active exceptions (R2.7)',
  })
  async exceptedCommunicationMethods(
    @Root() person: Person,
    @Arg('on', () => String, { nullable: true, description: 'YYYY-MM-DD; default today' })
    on: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return exceptedMethodsOnArgument(
      await new CommunicationExceptionService(ctx).load(person.id),
      on,
    );
  }
}
