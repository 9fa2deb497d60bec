import pg from 'pg';

/** Statements of background work (job queue, LISTEN, readiness checks) that a request does not cause. */
const BACKGROUND = /pgboss|^\s*(listen|unlisten|notify)\b|\/\* readiness \*\//i;

/**
 * Counts the SQL statements PostgreSQL receives while `work` runs (every pg client of this
 * process: MikroORM, Kysely and raw SQL alike), leaving out the job queue's own polling. For tests
 * that a request's statement count does not grow with the length of a list (no N+1), issue 15.
 */
export async function countStatements(work: () => Promise<unknown>): Promise<number> {
  const original = pg.Client.prototype.query;
  let count = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === 'string' ? first : (first as { text?: string } | undefined)?.text;
    if (!text || !BACKGROUND.test(text)) count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = original;
  }
  return count;
}
