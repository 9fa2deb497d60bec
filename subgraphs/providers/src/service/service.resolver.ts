import { type RequestContext } from '@casework/kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Service } from './service.entity.js';
import { CreateServiceInput } from './service.input.js';
import { ServiceCatalogue } from './service.service.js';

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => [Service], { description: "The agency's service catalogue, by name" })
  services(
    @Ctx() ctx: RequestContext,
    @Arg('includeInactive', { defaultValue: false }) includeInactive: boolean,
  ): Promise<Service[]> {
    return new ServiceCatalogue(ctx).list(includeInactive);
  }

  @Mutation(() => Service, {
    description: 'Adds a service to the catalogue (agency administrators)',
  })
  createService(
    @Arg('input', () => CreateServiceInput) input: CreateServiceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Service> {
    return new ServiceCatalogue(ctx).create(input);
  }
}
