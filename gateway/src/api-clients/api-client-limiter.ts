import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Each API client's own request limit per minute, counted in PostgreSQL (the sign-in limiter's
 * `identity.rate_limit` table, which it creates) so every gateway replica shares the counts. One
 * limiter per distinct limit, since rate-limiter-flexible fixes the points per limiter.
 */
export class ApiClientLimiter {
  private readonly pool: pg.Pool;
  private readonly limiters = new Map<number, RateLimiterPostgres>();

  constructor(databaseUrl: string) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
    this.pool.on('error', () => undefined);
  }

  private limiterFor(points: number): RateLimiterPostgres {
    let limiter = this.limiters.get(points);
    if (!limiter) {
      limiter = new RateLimiterPostgres({
        storeClient: this.pool,
        schemaName: 'identity',
        tableName: 'rate_limit',
        tableCreated: true,
        keyPrefix: `api-client-${points}`,
        points,
        duration: 60,
      });
      this.limiters.set(points, limiter);
    }
    return limiter;
  }

  /** Counts one request; returns the seconds to wait when over the limit, else 0. */
  async consume(clientId: string, perMinute: number): Promise<number> {
    try {
      await this.limiterFor(perMinute).consume(clientId);
      return 0;
    } catch (error) {
      if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
