import { type RequestContext } from '@casework/kit';
import { type EntityName } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { IntegratedCase } from '../integrated-case/integrated-case.entity.js';
import { Provider, providerRef } from '../provider/provider.type.js';
import {
  ProductDeliveryInput,
  ProductDeliveryStatusInput,
  ReferralInput,
  ReferralStatusInput,
  ServiceDeliveryInput,
  ServiceDeliveryStatusInput,
} from './delivery.input.js';
import { DeliveryService } from './delivery.service.js';
import { ProductDeliveryCase } from './product-delivery.entity.js';
import { Referral } from './referral.entity.js';
import { ServiceDelivery } from './service-delivery.entity.js';

const service = (ctx: RequestContext) => new DeliveryService(ctx);

function load<T extends ProductDeliveryCase | ServiceDelivery | Referral>(
  ctx: RequestContext,
  entity: EntityName<T>,
  name: string,
  caseId: string,
): Promise<T[]> {
  return ctx.loaders
    .get<string, T[]>(name, (ids) => service(ctx).ofCases(entity, ids))
    .load(caseId);
}

@Resolver(() => IntegratedCase)
export class CaseDeliveriesResolver {
  @FieldResolver(() => [ProductDeliveryCase], { description: 'R4.3' })
  productDeliveries(@Root() c: IntegratedCase, @Ctx() ctx: RequestContext) {
    return load(ctx, ProductDeliveryCase, 'productDeliveries', c.id);
  }

  @FieldResolver(() => [ServiceDelivery], { description: 'R4.4' })
  serviceDeliveries(@Root() c: IntegratedCase, @Ctx() ctx: RequestContext) {
    return load(ctx, ServiceDelivery, 'serviceDeliveries', c.id);
  }

  @FieldResolver(() => [Referral], { description: 'R4.4' })
  referrals(@Root() c: IntegratedCase, @Ctx() ctx: RequestContext) {
    return load(ctx, Referral, 'referrals', c.id);
  }

  @Mutation(() => ProductDeliveryCase, { description: 'Adds a product delivery case (R4.3)' })
  addProductDelivery(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('input', () => ProductDeliveryInput) input: ProductDeliveryInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).addProductDelivery(caseId, input);
  }

  @Mutation(() => ServiceDelivery, { description: 'Adds a service delivery (R4.4)' })
  addServiceDelivery(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('input', () => ServiceDeliveryInput) input: ServiceDeliveryInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).addServiceDelivery(caseId, input);
  }

  @Mutation(() => Referral, { description: 'Adds a referral to a service (R4.4)' })
  addReferral(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('input', () => ReferralInput) input: ReferralInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).addReferral(caseId, input);
  }

  @Mutation(() => ProductDeliveryCase)
  setProductDeliveryStatus(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ProductDeliveryStatusInput) input: ProductDeliveryStatusInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).setStatus(ProductDeliveryCase, 'ProductDeliveryCase', id, input);
  }

  @Mutation(() => ServiceDelivery)
  setServiceDeliveryStatus(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ServiceDeliveryStatusInput) input: ServiceDeliveryStatusInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).setStatus(ServiceDelivery, 'ServiceDelivery', id, input);
  }

  @Mutation(() => Referral)
  setReferralStatus(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReferralStatusInput) input: ReferralStatusInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).setStatus(Referral, 'Referral', id, input);
  }
}

@Resolver(() => ServiceDelivery)
export class ServiceDeliveryProviderResolver {
  @FieldResolver(() => Provider, { nullable: true, description: 'From the providers subgraph' })
  provider(@Root() delivery: ServiceDelivery): Provider | null {
    return delivery.providerId ? providerRef(delivery.providerId) : null;
  }
}

@Resolver(() => Referral)
export class ReferralProviderResolver {
  @FieldResolver(() => Provider, { nullable: true, description: 'From the providers subgraph' })
  provider(@Root() referral: Referral): Provider | null {
    return referral.providerId ? providerRef(referral.providerId) : null;
  }
}
