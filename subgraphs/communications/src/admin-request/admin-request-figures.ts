import { authorize, refuse, type RequestContext, sqlExecutor } from '@casework/kit';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('AdministrativeRequestFigures', {
  description:
    'Response and resolution times of administrative requests raised in a period, like R1.9',
})
export class AdminRequestFigures {
  @Field(() => ID, { nullable: true, description: 'The category; null for all categories' })
  categoryId!: string | null;

  @Field(() => String, { nullable: true })
  categoryCode!: string | null;

  @Field(() => Int)
  requestCount!: number;

  @Field(() => Int, { description: 'Not yet resolved or closed' })
  openCount!: number;

  @Field(() => Int, { description: 'Answered by the agency at least once' })
  respondedCount!: number;

  @Field(() => Float, { nullable: true })
  averageHoursToFirstResponse!: number | null;

  @Field(() => Float, { nullable: true })
  medianHoursToFirstResponse!: number | null;

  @Field(() => Int)
  resolvedCount!: number;

  @Field(() => Float, { nullable: true })
  averageHoursToResolution!: number | null;

  @Field(() => Float, { nullable: true })
  medianHoursToResolution!: number | null;
}

interface Row {
  category_id: string | null;
  category_code: string | null;
  request_count: string;
  open_count: string;
  responded_count: string;
  avg_first: number | null;
  median_first: number | null;
  resolved_count: string;
  avg_resolution: number | null;
  median_resolution: number | null;
}

const SQL = `
with r as (
  select r.category_id, c.code, r.status,
         (extract(epoch from r.first_response_at - r.created_at) / 3600)::float8 as first_h,
         (extract(epoch from r.resolved_at - r.created_at) / 3600)::float8 as resolution_h
    from communications.administrative_request r
    join communications.admin_request_category c on c.id = r.category_id
   where r.created_at >= $1 and r.created_at < $2)
select case when grouping(category_id) = 1 then null else category_id end as category_id,
       case when grouping(category_id) = 1 then null else max(code) end as category_code,
       count(*) as request_count,
       count(*) filter (where status not in ('RESOLVED', 'CLOSED')) as open_count,
       count(first_h) as responded_count,
       avg(first_h)::float8 as avg_first,
       percentile_cont(0.5) within group (order by first_h) as median_first,
       count(resolution_h) as resolved_count,
       avg(resolution_h)::float8 as avg_resolution,
       percentile_cont(0.5) within group (order by resolution_h) as median_resolution
  from r
 group by grouping sets ((category_id), ())
 order by grouping(category_id) desc, max(code)`;

/** Figures per category and overall for requests raised in [from, to) (default: the last 365 days). */
export async function adminRequestFigures(
  ctx: RequestContext,
  from?: Date | null,
  to?: Date | null,
): Promise<AdminRequestFigures[]> {
  authorize(ctx.identity, 'admin-request:handle', 'see support desk figures');
  const end = to ?? new Date();
  const start = from ?? new Date(end.getTime() - 365 * 86_400_000);
  if (start >= end) throw refuse('PERIOD_START_NOT_BEFORE_END', { field: 'from' });
  const { rows } = await sqlExecutor(ctx.em).executeSql(SQL, [start, end]);
  return (rows as unknown as Row[]).map((row) => ({
    categoryId: row.category_id,
    categoryCode: row.category_code,
    requestCount: Number(row.request_count),
    openCount: Number(row.open_count),
    respondedCount: Number(row.responded_count),
    averageHoursToFirstResponse: row.avg_first,
    medianHoursToFirstResponse: row.median_first,
    resolvedCount: Number(row.resolved_count),
    averageHoursToResolution: row.avg_resolution,
    medianHoursToResolution: row.median_resolution,
  }));
}
