import { type RequestContext } from '@casework/kit';
import { Arg, Ctx, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { ActivePortalAccount } from '../portal-account/active-portal-account.middleware.js';
import { Service } from './service.entity.js';
import { CreateServiceInput } from './service.input.js';
import { ServiceCatalogue } from './service.service.js';

@Resolver(() => Service)
@UseMiddleware(ActivePortalAccount)
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
