import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLogger,
  createOrm,
  JobQueue,
  type MikroORM,
  publishEvent,
  subscribeEvents,
} from '@casework/kit';
import { createTestDatabase } from './test-database.js';

@Entity({ tableName: 'probe' })
class Probe {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string' })
  label!: string;
}

const logger = createLogger('test');
const until = async (check: () => boolean | Promise<boolean>, ms = 15_000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not reached in time');
};

let orm: MikroORM;
let databaseUrl: string;
let jobs: JobQueue;
beforeAll(async () => {
  databaseUrl = await createTestDatabase();
  orm = await createOrm({ databaseUrl, schema: 'kit_test', entities: [Probe], migrations: [] });
  await orm.schema.create();
  jobs = await JobQueue.start(databaseUrl, logger, [
    { name: 'probe-done' },
    { name: 'probe-fails', retryLimit: 0 },
  ]);
});
afterAll(async () => {
  await jobs?.stop();
  await orm?.close(true);
});

describe('job queue (pg-boss) and events (LISTEN/NOTIFY)', () => {
  it('delivers a job queued in a committed transaction once, and never one from a rolled-back transaction', async () => {
    const seen: string[] = [];
    await jobs.work<{ label: string }>('probe-done', async (data) => {
      seen.push(data.label);
    });
    await orm.em.fork().transactional(async (em) => {
      em.create(Probe, { label: 'kept' });
      await em.flush();
      await jobs.enqueue(em, 'probe-done', { label: 'kept' });
    });
    await expect(
      orm.em.fork().transactional(async (em) => {
        em.create(Probe, { label: 'dropped' });
        await em.flush();
        await jobs.enqueue(em, 'probe-done', { label: 'dropped' });
        throw new Error('change refused');
      }),
    ).rejects.toThrow('change refused');
    await until(() => seen.includes('kept'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(seen).toEqual(['kept']);
  });

  it('queues the same job id once', async () => {
    const em = orm.em.fork();
    const id = crypto.randomUUID();
    expect(await jobs.enqueue(em, 'probe-fails', { n: 1 }, { id })).toBe(id);
    expect(await jobs.enqueue(em, 'probe-fails', { n: 2 }, { id })).toBeNull();
  });

  it('moves a job that keeps failing to the dead-letter queue', async () => {
    const before = await jobs.deadLetters('probe-fails');
    await jobs.work('probe-fails', async () => {
      throw new Error('always fails');
    });
    await until(async () => (await jobs.deadLetters('probe-fails')) > before);
  });

  it('delivers an event to another connection after commit, not after rollback', async () => {
    const received: string[] = [];
    const subscription = await subscribeEvents<{ label: string }>(
      databaseUrl,
      'probe_events',
      (p) => received.push(p.label),
      logger,
    );
    try {
      await expect(
        orm.em.fork().transactional(async (em) => {
          await publishEvent(em, 'probe_events', { label: 'rolled back' });
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      await orm.em.fork().transactional(async (em) => {
        await publishEvent(em, 'probe_events', { label: 'committed' });
        await new Promise((r) => setTimeout(r, 300));
        expect(received).toEqual([]);
      });
      await until(() => received.length > 0);
      await new Promise((r) => setTimeout(r, 300));
      expect(received).toEqual(['committed']);
    } finally {
      await subscription.close();
    }
  });
});
