import { type RequestContext } from '@casework/kit';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Provider } from '../provider/provider.entity.js';
import { type ProviderFields } from '../provider/provider-row.js';
import {
  emptyStatistics,
  inquiryStatistics,
  InquiryStatistics,
  MAX_MONTHS,
  monthsOf,
  statisticsPeriod,
} from './inquiry-statistics.js';

@Resolver(() => Provider)
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
    const [overall] = await inquiryStatistics(ctx, { from, to, providerId, serviceId });
    return overall!.statistics;
  }

  @FieldResolver(() => InquiryStatistics, {
    description: "This provider's answer statistics (R1.9); default period: the last 365 days",
  })
  statistics(
    @Root() provider: ProviderFields,
    @Ctx() ctx: RequestContext,
    @Arg('from', () => Date, { nullable: true }) from?: Date | null,
    @Arg('to', () => Date, { nullable: true }) to?: Date | null,
    @Arg('serviceId', () => ID, { nullable: true }) serviceId?: string | null,
  ): Promise<InquiryStatistics> {
    const period = statisticsPeriod(ctx, from, to);
    // One grouped query for every provider in the response (the picker lists many).
    const key = `statistics:${period.from.toISOString()}:${period.to.toISOString()}:${serviceId ?? ''}`;
    return ctx.loaders
      .get<string, InquiryStatistics>(key, async (ids) => {
        const ownOnly = ids.length === 1 ? ids[0] : undefined;
        const groups = await inquiryStatistics(
          ctx,
          { ...period, serviceId, providerId: ownOnly, providerIds: ids },
          { provider: true },
        );
        const byProvider = new Map(groups.map((g) => [g.providerId, g.statistics]));
        return ids.map((id) => byProvider.get(id) ?? emptyStatistics(period.from, period.to));
      })
      .load(provider.id);
  }

  @FieldResolver(() => [InquiryStatistics], {
    description: `This provider's answer statistics for each calendar month (UTC) of the period (R1.9), oldest first: one entry for every month that overlaps the period, also months without inquiries (zero counts). Each entry has the same definitions as \`statistics\`, applied to the inquiries sent in that month; its \`from\` and \`to\` are the month's bounds (the first instant of the month, and of the next month) clipped to the period, so the first and last entries may cover part of a month and the counts of all entries add up to those of \`statistics\` for the same period. Default period: the last 365 days, as for \`statistics\` (13 entries); at most ${MAX_MONTHS} months.`,
  })
  statisticsByMonth(
    @Root() provider: ProviderFields,
    @Ctx() ctx: RequestContext,
    @Arg('from', () => Date, { nullable: true }) from?: Date | null,
    @Arg('to', () => Date, { nullable: true }) to?: Date | null,
    @Arg('serviceId', () => ID, { nullable: true }) serviceId?: string | null,
  ): Promise<InquiryStatistics[]> {
    const period = statisticsPeriod(ctx, from, to);
    const key = `statisticsByMonth:${period.from.toISOString()}:${period.to.toISOString()}:${serviceId ?? ''}`;
    return ctx.loaders
      .get<string, InquiryStatistics[]>(key, async (ids) => {
        const ownOnly = ids.length === 1 ? ids[0] : undefined;
        const groups = await inquiryStatistics(
          ctx,
          { ...period, serviceId, providerId: ownOnly, providerIds: ids },
          { provider: true, month: true },
        );
        const found = new Map(
          groups.map((g) => [`${g.providerId}:${g.month!.toISOString()}`, g.statistics]),
        );
        const months = monthsOf(period.from, period.to);
        return ids.map((id) =>
          months.map(
            (m) => found.get(`${id}:${m.month.toISOString()}`) ?? emptyStatistics(m.from, m.to),
          ),
        );
      })
      .load(provider.id);
  }
}
