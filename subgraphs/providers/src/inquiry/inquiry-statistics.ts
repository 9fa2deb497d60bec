import { can, forbidden, refuse, type RequestContext, sqlExecutor } from '@casework/kit';
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

/** Figures per provider and/or per calendar month (UTC) of sending; none: one row overall. */
export interface StatisticsGrouping {
  provider?: boolean;
  month?: boolean;
}

export interface StatisticsGroup {
  providerId: string | null;
  /** Start of the calendar month (UTC) when grouped by month. */
  month: Date | null;
  statistics: InquiryStatistics;
}

interface Row {
  provider_id: string | null;
  month: Date | null;
  sent: string;
  answered: string;
  positive: string;
  avg_seconds: number | null;
  median_seconds: number | null;
}

const YEAR_MS = 365 * 24 * 3600 * 1000;
/** Longest period that statisticsByMonth accepts (five years of monthly figures). */
export const MAX_MONTHS = 60;

const requestNow = new WeakMap<RequestContext, Date>();

/**
 * The period asked for; the default is the last 365 days, ending at the next full minute. The
 * default end is taken once per request, so that every field of a response covers the same period.
 */
export function statisticsPeriod(
  ctx: RequestContext,
  from?: Date | null,
  to?: Date | null,
): { from: Date; to: Date } {
  let now = requestNow.get(ctx);
  if (!now) requestNow.set(ctx, (now = new Date(Math.ceil(Date.now() / 60_000) * 60_000)));
  const end = to ?? now;
  return { from: from ?? new Date(end.getTime() - YEAR_MS), to: end };
}

/** Start of the calendar month (UTC) that holds the instant. */
export function monthStart(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), 1));
}

/** Calendar months (UTC) overlapping [from, to), each clipped to the period, oldest first. */
export function monthsOf(from: Date, to: Date): { month: Date; from: Date; to: Date }[] {
  const months = [];
  for (let month = monthStart(from); month < to;) {
    const next = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
    months.push({
      month,
      from: month < from ? from : month,
      to: next > to ? to : next,
    });
    month = next;
  }
  return months;
}

/**
 * The statistics query (also run bare by the benchmark). It reads only the (provider|service,
 * sent_at) indexes, which include status and response_seconds: index-only scans, no table visits.
 */
export function statisticsSql(
  query: {
    from: Date;
    to: Date;
    providerId?: string | null;
    providerIds?: readonly string[];
    serviceId?: string | null;
  },
  groupBy: StatisticsGrouping = {},
): { text: string; params: unknown[] } {
  const params: unknown[] = [query.from, query.to];
  const conditions = [
    'sent_at >= $1',
    'sent_at < $2',
    // Withdrawn before the provider responded: not counted.
    "not (status = 'WITHDRAWN' and response_seconds is null)",
  ];
  if (query.providerId) conditions.push(`provider_id = $${params.push(query.providerId)}`);
  if (query.providerIds)
    conditions.push(`provider_id = any($${params.push([...query.providerIds])}::uuid[])`);
  if (query.serviceId) conditions.push(`service_id = $${params.push(query.serviceId)}`);
  const keys = [
    groupBy.provider ? 'provider_id' : null,
    groupBy.month ? "date_trunc('month', sent_at, 'UTC')" : null,
  ].filter((k): k is string => k !== null);
  // response_seconds (a stored generated column: first response minus sending, in seconds with
  // microsecond resolution) is null until the provider's first response.
  const text = `select ${groupBy.provider ? 'provider_id' : 'null::uuid as provider_id'},
            ${groupBy.month ? `${keys.at(-1)} as month` : 'null::timestamptz as month'},
            count(*) as sent,
            count(*) filter (where status in ('ANSWERED_AVAILABLE', 'ANSWERED_NOT_AVAILABLE')) as answered,
            count(*) filter (where status = 'ANSWERED_AVAILABLE') as positive,
            avg(response_seconds) as avg_seconds,
            percentile_cont(0.5) within group (order by response_seconds) as median_seconds
       from providers.inquiry
      where ${conditions.join(' and ')}
      ${keys.length > 0 ? `group by ${keys.join(', ')}` : ''}`;
  return { text, params };
}

/** Computed in PostgreSQL; the caller fills groups without inquiries (see emptyStatistics). */
export async function inquiryStatistics(
  ctx: RequestContext,
  query: StatisticsQuery,
  groupBy: StatisticsGrouping = {},
): Promise<StatisticsGroup[]> {
  const { identity } = ctx;
  if (!can(identity, 'inquiry:read')) {
    // Provider users see their own organisation's figures only.
    if (!can(identity, 'inquiry:answer') || !identity.organisationId)
      throw forbidden('see inquiry statistics');
    if (query.providerId && query.providerId !== identity.organisationId)
      throw forbidden("see another organisation's statistics");
    query = { ...query, providerId: identity.organisationId };
  }
  const { from, to } = statisticsPeriod(ctx, query.from, query.to);
  if (from >= to) throw refuse('PERIOD_START_NOT_BEFORE_END', { field: 'from' });
  if (groupBy.month && monthsOf(from, to).length > MAX_MONTHS)
    throw refuse('PERIOD_TOO_LONG', { field: 'from', params: { maxMonths: MAX_MONTHS } });
  const { text, params } = statisticsSql(
    {
      from,
      to,
      providerId: query.providerId,
      providerIds: query.providerIds,
      serviceId: query.serviceId,
    },
    groupBy,
  );
  const { rows } = await sqlExecutor(ctx.em).executeSql(text, params);
  return (rows as unknown as Row[]).map((row) => {
    const sent = Number(row.sent);
    const answered = Number(row.answered);
    const positive = Number(row.positive);
    const hours = (s: number | null) =>
      s === null ? null : Math.round((Number(s) / 3600) * 100) / 100;
    const month = row.month === null ? null : new Date(row.month);
    const clipped = month ? monthsOf(month < from ? from : month, to)[0]! : { from, to };
    return {
      providerId: row.provider_id,
      month,
      statistics: {
        from: clipped.from,
        to: clipped.to,
        sentCount: sent,
        answeredCount: answered,
        unansweredCount: sent - answered,
        positiveCount: positive,
        positiveShare: answered > 0 ? positive / answered : null,
        averageHoursToFirstResponse: hours(row.avg_seconds),
        medianHoursToFirstResponse: hours(row.median_seconds),
      },
    };
  });
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
