import { type EntityManager } from '@mikro-orm/postgresql';
import { type Job, PgBoss } from 'pg-boss';
import { sqlExecutor } from '../database/sql-executor.js';
import { loggableError } from '../logging/loggable-error.js';
import { type Logger } from '../logging/logger.js';

export interface QueueDefinition {
  name: string;
  /** Attempts after the first (default 5), spaced with exponential backoff. */
  retryLimit?: number;
}

export interface EnqueueOptions {
  /** A stable id (UUID) for the job: sending the same event twice queues it once. */
  id?: string;
  startAfter?: Date;
  /** This job's own retry policy, instead of the queue's (seconds; doubled after each failure). */
  retryLimit?: number;
  retryDelay?: number;
  retryBackoff?: boolean;
  retryDelayMax?: number;
}

export type JobHandler<T> = (data: T, job: Job<T>) => Promise<void>;

/**
 * Durable work between services (pg-boss on the same PostgreSQL, schema `pgboss`). Jobs are
 * enqueued inside the caller's transaction, retried with backoff, and moved to `<queue>.dead`
 * when they keep failing. Handlers must be idempotent: a job may run again after a crash.
 */
export class JobQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly logger: Logger,
  ) {}

  static async start(
    databaseUrl: string,
    logger: Logger,
    queues: QueueDefinition[],
  ): Promise<JobQueue> {
    const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 4 });
    boss.on('error', (error: unknown) =>
      logger.error({ err: loggableError(error) }, 'job queue error'),
    );
    await boss.start();
    for (const queue of queues) {
      await boss.createQueue(`${queue.name}.dead`);
      await boss.createQueue(queue.name, {
        retryLimit: queue.retryLimit ?? 5,
        retryDelay: 2,
        retryBackoff: true,
        deadLetter: `${queue.name}.dead`,
      });
    }
    return new JobQueue(boss, logger);
  }

  /** Queues a job as part of the EntityManager's transaction (or at once outside one). */
  async enqueue<T extends object>(
    em: EntityManager,
    queue: string,
    data: T,
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    return this.boss.send(queue, data, { ...options, db: sqlExecutor(em) });
  }

  async work<T extends object>(queue: string, handler: JobHandler<T>): Promise<void> {
    await this.boss.work<T>(queue, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      if (!job) return;
      try {
        await handler(job.data, job);
      } catch (error) {
        this.logger.warn({ err: error, queue, jobId: job.id }, 'job failed; it will be retried');
        throw error;
      }
    });
  }

  /** Runs the queue's job on a cron schedule (UTC); one schedule per queue, whatever the replicas. */
  async schedule(queue: string, cron: string): Promise<void> {
    await this.boss.schedule(queue, cron, {}, { tz: 'UTC' });
  }

  /** Jobs that exhausted their retries, for operators and tests. */
  async deadLetters(queue: string): Promise<number> {
    return (await this.boss.getQueueStats(`${queue}.dead`)).queuedCount;
  }

  stop(): Promise<void> {
    // Running jobs finish (up to 15 s, within the process's shutdown bound); no new job is fetched.
    return this.boss.stop({ graceful: true, timeout: 15_000 });
  }
}
