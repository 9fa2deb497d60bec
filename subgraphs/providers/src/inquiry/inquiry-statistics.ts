import { can, fieldError, forbidden, type RequestContext, sqlExecutor } from '@casework/kit';
import { Field, Float, Int, ObjectType } from 'type-graphql';

/**
 * How fast and how positively providers answer inquiries (R1.9). Definitions:
 * - counted inquiries: sent (or, for phone, called) in [from, to), by any method, except those the
 *   caseworker withdrew before the provider responded;
 * - first response: the provider's first reaction, an answer or a request for more information;
 *   for email and phone answers, the time the caseworker recorded as received;
 * - time to first response: first response minus the time the inquiry was sent, over the counted
 *   inquiries that have one (still-open inquiries do not count towards the times).
 */
@ObjectType({
  description:
    'Answer statistics of inquiries sent in a period (R1.9); see each field for its definition',
})
export class InquiryStatistics {
  @Field({ description: 'Start of the period (inclusive), compared with when inquiries were sent' })
  from!: Date;

  @Field({ description: 'End of the period (exclusive)' })
  to!: Date;

  @Field(() => Int, {
    description: 'Inquiries sent in the period, except those withdrawn before any response',
  })
  sentCount!: number;

  @Field(() => Int, { description: 'Counted inquiries with an answer (can or cannot deliver)' })
  answeredCount!: number;

  @Field(() => Int, {
    description:
      'Counted inquiries without an answer: open, waiting for more information, or expired',
  })
  unansweredCount!: number;

  @Field(() => Int, { description: 'Counted inquiries answered "can deliver"' })
  positiveCount!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'positiveCount / answeredCount (0 to 1); null when nothing was answered',
  })
  positiveShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean hours from sending to the first response, over counted inquiries with one',
  })
  averageHoursToFirstResponse!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median hours from sending to the first response, over the same inquiries',
  })
  medianHoursToFirstResponse!: number | null;
}

export interface StatisticsQuery {
  from?: Date | null;
  to?: Date | null;
  providerId?: string | null;
  /** Grouped queries: only these providers (the ones on the page). */
  providerIds?: readonly string[];
  serviceId?: string | null;
}

interface Row {
  provider_id: string | null;
  sent: string;
  answered: string;
  positive: string;
  avg_seconds: number | null;
  median_seconds: number | null;
}

const YEAR_MS = 365 * 24 * 3600 * 1000;

/** The statistics query (also run bare by the benchmark); filters use the (provider|service, sent_at) indexes. */
export function statisticsSql(
  query: {
    from: Date;
    to: Date;
    providerId?: string | null;
    providerIds?: readonly string[];
    serviceId?: string | null;
  },
  groupByProvider: boolean,
): { text: string; params: unknown[] } {
  const params: unknown[] = [query.from, query.to];
  const conditions = [
    'sent_at >= $1',
    'sent_at < $2',
    "not (status = 'WITHDRAWN' and first_response_at is null)",
  ];
  if (query.providerId) conditions.push(`provider_id = $${params.push(query.providerId)}`);
  if (query.providerIds)
    conditions.push(`provider_id = any($${params.push([...query.providerIds])}::uuid[])`);
  if (query.serviceId) conditions.push(`service_id = $${params.push(query.serviceId)}`);
  const seconds = 'extract(epoch from first_response_at - sent_at)';
  const text = `select ${groupByProvider ? 'provider_id' : 'null::uuid as provider_id'},
            count(*) as sent,
            count(*) filter (where status in ('ANSWERED_AVAILABLE', 'ANSWERED_NOT_AVAILABLE')) as answered,
            count(*) filter (where status = 'ANSWERED_AVAILABLE') as positive,
            avg(${seconds}) filter (where first_response_at is not null) as avg_seconds,
            percentile_cont(0.5) within group (order by ${seconds}) filter (where first_response_at is not null) as median_seconds
       from providers.inquiry
      where ${conditions.join(' and ')}
      ${groupByProvider ? 'group by provider_id' : ''}`;
  return { text, params };
}

/** Computed in PostgreSQL (one pass over the inquiry_provider_sent / inquiry_service_provider_sent indexes). */
export async function inquiryStatistics(
  ctx: RequestContext,
  query: StatisticsQuery,
  groupByProvider = false,
): Promise<Map<string | null, InquiryStatistics>> {
  const { identity } = ctx;
  if (!can(identity, 'inquiry:read')) {
    // Provider users see their own organisation's figures only.
    if (!can(identity, 'inquiry:answer') || !identity.organisationId)
      throw forbidden('see inquiry statistics');
    if (query.providerId && query.providerId !== identity.organisationId)
      throw forbidden("see another organisation's statistics");
    query = { ...query, providerId: identity.organisationId };
  }
  const to = query.to ?? new Date();
  const from = query.from ?? new Date(to.getTime() - YEAR_MS);
  if (from >= to) throw fieldError('from', 'from must be before to');
  const { text, params } = statisticsSql(
    {
      from,
      to,
      providerId: query.providerId,
      providerIds: query.providerIds,
      serviceId: query.serviceId,
    },
    groupByProvider,
  );
  const { rows } = await sqlExecutor(ctx.em).executeSql(text, params);
  const result = new Map<string | null, InquiryStatistics>();
  for (const row of rows as unknown as Row[]) {
    const sent = Number(row.sent);
    const answered = Number(row.answered);
    const positive = Number(row.positive);
    const hours = (s: number | null) =>
      s === null ? null : Math.round((Number(s) / 3600) * 100) / 100;
    result.set(row.provider_id, {
      from,
      to,
      sentCount: sent,
      answeredCount: answered,
      unansweredCount: sent - answered,
      positiveCount: positive,
      positiveShare: answered > 0 ? positive / answered : null,
      averageHoursToFirstResponse: hours(row.avg_seconds),
      medianHoursToFirstResponse: hours(row.median_seconds),
    });
  }
  return result;
}

export function emptyStatistics(from: Date, to: Date): InquiryStatistics {
  return {
    from,
    to,
    sentCount: 0,
    answeredCount: 0,
    unansweredCount: 0,
    positiveCount: 0,
    positiveShare: null,
    averageHoursToFirstResponse: null,
    medianHoursToFirstResponse: null,
  };
}
