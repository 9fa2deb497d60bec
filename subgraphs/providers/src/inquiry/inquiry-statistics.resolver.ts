import { type RequestContext } from '@casework/kit';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { ActivePortalAccount } from '../portal-account/active-portal-account.middleware.js';
import { Provider } from '../provider/provider.entity.js';
import { emptyStatistics, inquiryStatistics, InquiryStatistics } from './inquiry-statistics.js';

const YEAR_MS = 365 * 24 * 3600 * 1000;

@Resolver(() => Provider)
@UseMiddleware(ActivePortalAccount)
export class InquiryStatisticsResolver {
  @Query(() => InquiryStatistics, {
    nullable: true,
    description:
      'Inquiry answer statistics overall, or for one provider and/or service (R1.9); default period: the last 365 days',
  })
  async inquiryStatistics(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => Date, { nullable: true }) from?: Date | null,
    @Arg('to', () => Date, { nullable: true }) to?: Date | null,
    @Arg('providerId', () => ID, { nullable: true }) providerId?: string | null,
    @Arg('serviceId', () => ID, { nullable: true }) serviceId?: string | null,
  ): Promise<InquiryStatistics> {
    const stats = await inquiryStatistics(ctx, { from, to, providerId, serviceId });
    return stats.get(null)!;
  }

  @FieldResolver(() => InquiryStatistics, {
    description: "This provider's answer statistics (R1.9); default period: the last 365 days",
  })
  statistics(
    @Root() provider: Provider,
    @Ctx() ctx: RequestContext,
    @Arg('from', () => Date, { nullable: true }) from?: Date | null,
    @Arg('to', () => Date, { nullable: true }) to?: Date | null,
    @Arg('serviceId', () => ID, { nullable: true }) serviceId?: string | null,
  ): Promise<InquiryStatistics> {
    const end = to ?? new Date(Math.ceil(Date.now() / 60_000) * 60_000);
    const start = from ?? new Date(end.getTime() - YEAR_MS);
    // One grouped query for every provider in the response (the picker lists many).
    const key = `statistics:${start.toISOString()}:${end.toISOString()}:${serviceId ?? ''}`;
    return ctx.loaders
      .get<string, InquiryStatistics>(key, async (ids) => {
        const ownOnly = ids.length === 1 ? ids[0] : undefined;
        const stats = await inquiryStatistics(
          ctx,
          { from: start, to: end, serviceId, providerId: ownOnly, providerIds: ids },
          true,
        );
        return ids.map((id) => stats.get(id) ?? emptyStatistics(start, end));
      })
      .load(provider.id);
  }
}
