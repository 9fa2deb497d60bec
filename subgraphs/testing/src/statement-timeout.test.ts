import { Entity, PrimaryKey } from '@mikro-orm/decorators/legacy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createErrorFormatter,
  createLogger,
  createOrm,
  databaseFailureOf,
  DEFAULT_STATEMENT_TIMEOUT_MS,
  type MikroORM,
} from '@casework/kit';
import { createTestDatabase } from './test-database.js';

@Entity({ tableName: 'probe' })
class Probe {
  @PrimaryKey()
  id!: number;
}

let orm: MikroORM;
beforeAll(async () => {
  orm = await createOrm({
    databaseUrl: await createTestDatabase(),
    schema: 'kit_timeout',
    entities: [Probe],
    migrations: [],
    statementTimeoutMs: 300,
  });
});
afterAll(async () => orm?.close(true));

describe('issue 14 item 6: a statement timeout on every pooled connection', () => {
  it('stops a slow statement after the timeout and the subgraph answers TIMEOUT naming itself', async () => {
    const started = Date.now();
    const error: unknown = await orm.em
      .fork()
      .getConnection()
      .execute('select pg_sleep(5)')
      .catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(databaseFailureOf(error)).toBe('timeout');
    const out = createErrorFormatter(createLogger('test'), 'cases')(
      { message: 'canceling statement due to statement timeout' },
      error,
    );
    expect(out.extensions).toEqual({ code: 'TIMEOUT', serviceName: 'cases' });
  });

  it('the default for subgraphs is a few seconds', () => {
    expect(DEFAULT_STATEMENT_TIMEOUT_MS).toBeLessThanOrEqual(5000);
  });
});

describe('issue 14 item 10: a database that cannot be reached', () => {
  it('answers SERVICE_UNAVAILABLE naming the service, not INTERNAL_SERVER_ERROR', async () => {
    const unreachable = await createOrm({
      databaseUrl: 'postgres://casework:casework@127.0.0.1:9/none',
      schema: 'kit_down',
      entities: [Probe],
      migrations: [],
    });
    try {
      const error: unknown = await unreachable.em
        .fork()
        .getConnection()
        .execute('select 1')
        .catch((e: unknown) => e);
      expect(databaseFailureOf(error)).toBe('unavailable');
      const out = createErrorFormatter(createLogger('test'), 'providers')({ message: 'x' }, error);
      expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', serviceName: 'providers' });
    } finally {
      await unreachable.close(true);
    }
  });
});
