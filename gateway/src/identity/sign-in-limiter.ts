import { createHash } from 'node:crypto';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

export interface SignInLimits {
  /** Failed attempts per account (email or invitation token) in the window. */
  perAccount: number;
  /** Failed attempts per client address in the window. */
  perAddress: number;
  windowMinutes: number;
}

/** Keys never hold an email or token in clear: a hash is enough to count. */
const keyOf = (kind: string, value: string) =>
  `${kind}:${createHash('sha256').update(value).digest('base64url')}`;

/**
 * Counts failed sign-ins and invitation acceptances per account and per client address in
 * PostgreSQL (`identity.rate_limit`), so every gateway replica shares the counts. Over a limit,
 * every attempt is refused until the window ends, whether or not the password is right, and
 * whether or not the email exists.
 */
type Done = (error?: unknown) => void;

export class SignInLimiter {
  private readonly pool: pg.Pool;
  private account: RateLimiterPostgres;
  private readonly address: RateLimiterPostgres;

  private constructor(databaseUrl: string, limits: SignInLimits, ready: (error?: unknown) => void) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
    // An idle connection lost while PostgreSQL is down must not end the process (an unhandled
    // 'error' event would); the next attempt's query reports the outage instead.
    this.pool.on('error', () => undefined);
    const common = {
      storeClient: this.pool,
      schemaName: 'identity',
      tableName: 'rate_limit',
      duration: limits.windowMinutes * 60,
      blockDuration: limits.windowMinutes * 60,
    };
    const make = (keyPrefix: string, points: number, tableCreated: boolean, cb?: Done) =>
      new RateLimiterPostgres({ ...common, keyPrefix, points, tableCreated }, cb);
    // The table is created once, by the account limiter: two creations at the same moment race in
    // PostgreSQL's catalogue ("type rate_limit already exists"), and so do two gateways starting
    // together, in which case the other one's table is used.
    this.address = make('address', limits.perAddress, true);
    this.account = make('account', limits.perAccount, false, (error) => {
      if (!error) return ready();
      if (!/already exists/.test(error instanceof Error ? error.message : String(error)))
        return ready(error);
      this.account = make('account', limits.perAccount, true);
      ready();
    });
  }

  /** Creates the shared table if needed (rate-limiter-flexible's own layout). */
  static create(databaseUrl: string, limits: SignInLimits): Promise<SignInLimiter> {
    return new Promise((resolve, reject) => {
      const limiter: SignInLimiter = new SignInLimiter(databaseUrl, limits, (error) =>
        error
          ? reject(error instanceof Error ? error : new Error(String(error)))
          : resolve(limiter),
      );
    });
  }

  /** Seconds until the caller may try again, or 0 when not blocked. */
  async blockedFor(kind: string, account: string, address: string): Promise<number> {
    const [byAccount, byAddress] = await Promise.all([
      this.account.get(keyOf(kind, account)),
      this.address.get(address),
    ]);
    const wait = [
      [byAccount, this.account.points],
      [byAddress, this.address.points],
    ] as const;
    let ms = 0;
    for (const [res, points] of wait)
      if (res && res.consumedPoints >= points) ms = Math.max(ms, res.msBeforeNext);
    return Math.ceil(ms / 1000);
  }

  /** Counts one failed attempt. */
  async failed(kind: string, account: string, address: string): Promise<void> {
    await Promise.all([
      this.account.consume(keyOf(kind, account)).catch(rejectedIsCounted),
      this.address.consume(address).catch(rejectedIsCounted),
    ]);
  }

  /** A successful sign-in clears the account's count (not the address's). */
  async succeeded(kind: string, account: string): Promise<void> {
    await this.account.delete(keyOf(kind, account));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** consume() rejects with a RateLimiterRes once over the limit: the attempt was still counted. */
function rejectedIsCounted(error: unknown): void {
  if (!(error instanceof RateLimiterRes)) throw error;
}
