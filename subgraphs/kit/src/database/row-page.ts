import { type EntityManager } from '@mikro-orm/postgresql';
import { refuse } from '../errors/refusal.js';
import { type PageInfo } from '../graphql/connection.js';
import { checkText } from '../input/text-input-policy.js';
import { type PageRequest } from './paginate.js';
import { sqlExecutor } from './sql-executor.js';

/** One ordering column of a keyset page; the last one of a page must be unique (an id). */
export interface KeysetColumn {
  /** SQL of the column, such as `i.sent_at`. */
  sql: string;
  /** Its name in the result row (as the select list aliases it). */
  row: string;
  /** The node property that holds its value (the cursor's value). */
  key: string;
  /** How a cursor's value is checked and bound. */
  type: 'timestamptz' | 'uuid' | 'text';
}

/** A keyset page read as plain rows: every part is SQL with `$n` placeholders into `params`. */
export interface RowPageQuery<R> {
  /** The select list of a page's rows. */
  select: string;
  /** The table the conditions and the count read (`providers.inquiry i`). */
  from: string;
  /** Joins the page's rows need but the count does not. */
  joins?: string;
  /** Conditions on `from`, all of which must hold. */
  where: string[];
  params: unknown[];
  orderBy: readonly KeysetColumn[];
  descending: boolean;
  /** The GraphQL node of a row. */
  toNode: (row: Record<string, unknown>) => R;
}

/** A page whose total is a number when counted with the page, else counted when asked for. */
export interface RowConnection<R> {
  nodes: R[];
  pageInfo: PageInfo;
  totalCount: number | (() => Promise<number>);
}

const TEXT_RULE = { path: 'after', required: false, max: 1000 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One page of a keyset (cursor) query as a single SQL statement returning plain rows, for hot
 * lists where the ORM's entity machinery (identity map, hydration, query building) costs more
 * than the SQL (issue 15). With `total`, the count of all matching rows comes in the same
 * statement. Cursors are those of MikroORM's `findByCursor` (base64url JSON of the order
 * values), so a cursor handed out by either stays valid.
 */
export async function rowPage<R>(
  em: EntityManager,
  query: RowPageQuery<R>,
  { first, after }: PageRequest,
  { total }: { total: boolean },
): Promise<RowConnection<R>> {
  if (!Number.isInteger(first) || first < 1 || first > 100) {
    throw refuse('PAGE_SIZE_OUT_OF_RANGE', { field: 'first' });
  }
  const params = [...query.params];
  const filter = query.where.length ? query.where.join(' and ') : 'true';
  const where = [filter];
  if (after) {
    const values = decodeCursor(after, query.orderBy);
    const columns = query.orderBy.map((c) => c.sql).join(', ');
    const bound = query.orderBy.map((c, i) => `$${params.push(values[i])}::${c.type}`);
    where.push(`(${columns}) ${query.descending ? '<' : '>'} (${bound.join(', ')})`);
  }
  const direction = query.descending ? 'desc' : 'asc';
  const page = `select ${query.select} from ${query.from} ${query.joins ?? ''}
    where ${where.join(' and ')}
    order by ${query.orderBy.map((c) => `${c.sql} ${direction}`).join(', ')}
    limit $${params.push(first + 1)}`;
  const count = `select count(*)::int as total from ${query.from} where ${filter}`;
  const { executeSql } = sqlExecutor(em);
  const unique = query.orderBy.at(-1)!.row;
  const sql = total
    ? // One row even for an empty page, so the total always arrives.
      `select c.total as "__total", p.* from (${count}) c left join lateral (${page}) p on true
        order by ${query.orderBy.map((c) => `p."${c.row}" ${direction}`).join(', ')}`
    : page;
  const { rows } = await executeSql(sql, params);
  const found = rows.filter((row) => row[unique] !== null);
  const nodes = found.slice(0, first).map(query.toNode);
  const last = nodes.at(-1) as Record<string, unknown> | undefined;
  return {
    nodes,
    pageInfo: {
      endCursor: last ? encodeCursor(query.orderBy.map((c) => last[c.key])) : null,
      hasNextPage: found.length > first,
    },
    totalCount: total
      ? Number(rows[0]?.__total ?? 0)
      : async () => Number((await executeSql(count, query.params)).rows[0]?.total),
  };
}

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The order values of a cursor, checked and typed for binding; INVALID_CURSOR otherwise. */
function decodeCursor(cursor: string, orderBy: readonly KeysetColumn[]): unknown[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  const invalid = () => refuse('INVALID_CURSOR', { field: 'after' });
  if (!Array.isArray(values) || values.length !== orderBy.length) throw invalid();
  return orderBy.map((column, i) => {
    const value: unknown = values[i];
    if (typeof value !== 'string') throw invalid();
    if (column.type === 'uuid' && !UUID.test(value)) throw invalid();
    if (column.type === 'timestamptz') {
      const instant = new Date(value);
      if (Number.isNaN(instant.getTime())) throw invalid();
      return instant;
    }
    // Text goes to PostgreSQL as it is: no NUL or other control characters, no lone surrogates.
    if (column.type === 'text' && 'error' in checkText(value, TEXT_RULE)) throw invalid();
    return value;
  });
}

/** Turns a timestamp column of a plain row into a Date. */
export type TimestampReader = (value: unknown) => Date;

/** Reads timestamp columns of plain rows exactly as the ORM hydrates them (its platform's parser). */
export function timestampReader(em: EntityManager): TimestampReader {
  const platform = em.getPlatform();
  return (value) => platform.parseDate(value as string);
}

/** Conditions for `rowPage`: each `?` of a condition becomes the next `$n`, bound to its value. */
export function sqlConditions() {
  const where: string[] = [];
  const params: unknown[] = [];
  return {
    where,
    params,
    holds(condition: string, ...values: unknown[]): void {
      where.push(condition.replace(/\?/g, () => `$${params.push(values.shift())}`));
    },
  };
}
