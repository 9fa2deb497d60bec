import { ConnectionType, type RequestContext, selectionTree } from '@casework/kit';
import { type GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  ID,
  Info,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { Provider } from './provider.entity.js';
import { RegisterProviderInput, UpdateProviderInput } from './provider.input.js';
import { ProviderService } from './provider.service.js';

@ObjectType({ description: 'A page of providers' })
export class ProviderConnection extends ConnectionType(Provider) {}

@ArgsType()
class ProvidersArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words matched against name, reference and email',
  })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only providers that offer this service' })
  serviceId?: string | null;

  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;
}

@Resolver(() => Provider)
export class ProviderResolver {
  @Query(() => Provider, {
    nullable: true,
    description: 'One provider by id (portal users: only their own organisation)',
  })
  provider(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Provider> {
    return new ProviderService(ctx).get(id);
  }

  @Query(() => ProviderConnection, { nullable: true, description: 'Providers ordered by name' })
  providers(
    @Args(() => ProvidersArgs) args: ProvidersArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const selected = selectionTree(info);
    return new ProviderService(ctx).search(args, {
      total: 'totalCount' in selected,
      nodes: selected.nodes ?? {},
    });
  }

  @Mutation(() => Provider, { description: 'Registers a provider organisation' })
  registerProvider(
    @Arg('input', () => RegisterProviderInput) input: RegisterProviderInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new ProviderService(ctx).register(input);
  }

  @Mutation(() => Provider, {
    description: 'Changes a provider; fails with CONFLICT if someone changed it since you read it',
  })
  updateProvider(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateProviderInput) input: UpdateProviderInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new ProviderService(ctx).update(id, input);
  }
}
