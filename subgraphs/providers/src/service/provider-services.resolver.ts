import { authorize, flushVersioned, refuse, type RequestContext } from '@casework/kit';
import { ArrayMaxSize, IsUUID, Min } from 'class-validator';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import { Provider } from '../provider/provider.entity.js';
import { type ProviderFields } from '../provider/provider-row.js';
import { ProviderService } from '../provider/provider.service.js';
import { Service } from './service.entity.js';

@InputType({ description: 'The complete list of services a provider offers' })
export class SetProviderServicesInput {
  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => [ID])
  @ArrayMaxSize(200)
  @IsUUID(undefined, { each: true, message: 'serviceIds must be ids of services' })
  serviceIds!: string[];
}

/** Services offered per provider, for a DataLoader batch. */
async function servicesOf(
  ctx: RequestContext,
  providerIds: readonly string[],
): Promise<Service[][]> {
  const providers = await ctx.em.find(
    Provider,
    { id: { $in: [...providerIds] } },
    { populate: ['services'] },
  );
  const byId = new Map(providers.map((p) => [p.id, p]));
  return providerIds.map((id) =>
    [...(byId.get(id)?.services.getItems() ?? [])]
      .filter((s) => s.active)
      .sort((a, b) => a.name.localeCompare(b.name)),
  );
}

@Resolver(() => Provider)
export class ProviderServicesResolver {
  @FieldResolver(() => [Service], {
    description: 'Services from the catalogue this provider offers',
  })
  servicesOffered(
    @Root() provider: ProviderFields,
    @Ctx() ctx: RequestContext,
  ): Promise<Service[]> {
    return ctx.loaders
      .get<string, Service[]>('servicesOffered', (ids) => servicesOf(ctx, ids))
      .load(provider.id);
  }

  @Mutation(() => Provider, { description: 'Replaces the services a provider offers' })
  async setProviderServices(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SetProviderServicesInput) input: SetProviderServicesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Provider> {
    authorize(ctx.identity, 'provider:write', 'change providers');
    const provider = await new ProviderService(ctx).get(id);
    const services = await ctx.em.find(Service, { id: { $in: input.serviceIds }, active: true });
    const missing = input.serviceIds.filter((sid) => !services.some((s) => s.id === sid));
    if (missing.length > 0)
      throw refuse('NO_ACTIVE_SERVICE', { field: 'input.serviceIds', params: { ids: missing } });
    await provider.services.init();
    provider.services.set(services);
    // Changing only the collection does not bump the version; touch the row so racing edits conflict.
    provider.updatedAt = new Date();
    await flushVersioned(ctx.em, provider, 'Provider', input.version);
    return provider;
  }
}
