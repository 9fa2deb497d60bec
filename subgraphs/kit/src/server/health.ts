import { type Express } from 'express';
import { isDraining } from './shutdown.js';

/** Each dependency's state: 'ok', SLOW, or what failed. */
export type ReadinessCheck = () => Promise<Record<string, string>>;

/** The database check's statement, marked so statement counts of requests can leave it out. */
export const READINESS_SQL = 'select 1 /* readiness */';

/** A dependency that did not answer in time: slow is not down, so it keeps its last state. */
export const SLOW = 'slow';

const allOk = (checks: Record<string, string>) => Object.values(checks).every((v) => v === 'ok');

export interface ReadinessOptions {
  /** How often the dependencies are checked in the background. */
  intervalMs?: number;
  /** A check running longer than this counts as SLOW for every dependency. */
  slowMs?: number;
}

/**
 * Checks the dependencies in the background and answers from the last result, so a readiness
 * request is answered at once even when the machine or the database is slow. A slow dependency
 * keeps its last state: taking every replica out of the balancer because the shared database
 * answers slowly would turn slowness into an outage. A dependency that fails (refused, HTTP error,
 * database error) shows within one interval.
 */
export class ReadinessMonitor {
  private last: Record<string, string> | undefined;
  private running: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly check: ReadinessCheck,
    private readonly options: Required<ReadinessOptions>,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.refresh(), this.options.intervalMs);
    this.timer.unref();
    void this.refresh();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /**
   * The current answer. While not ready (starting, or a dependency down) it waits for a fresh
   * check (at most slowMs), so a replica is seen ready as soon as it is, not an interval later.
   */
  async current(): Promise<Record<string, string>> {
    if (!this.last || !allOk(this.last)) await this.refresh();
    return this.last ?? { readiness: 'starting' };
  }

  /** One check at a time; a newer request joins the running one. */
  refresh(): Promise<void> {
    this.running ??= this.runOnce().finally(() => (this.running = undefined));
    return this.running;
  }

  private async runOnce(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<'slow'>((resolve) => {
      timer = setTimeout(() => resolve('slow'), this.options.slowMs);
    });
    const result = await Promise.race([
      this.check().catch((error: Error) => ({ readiness: `failed (${error.message})` })),
      slow,
    ]).finally(() => clearTimeout(timer));
    if (result === 'slow') return;
    const merged: Record<string, string> = {};
    for (const [name, state] of Object.entries(result))
      merged[name] = state === SLOW ? (this.last?.[name] ?? state) : state;
    this.last = merged;
  }
}

/**
 * /health/live answers while the process runs; /health/ready answers 200 while every dependency
 * is ok (see ReadinessMonitor), else 503 with what failed, so a load balancer stops sending
 * traffic; from the moment the process is told to stop it answers 503 `draining` (liveness stays
 * 200). Returns the monitor so the server can stop it on shutdown.
 */
export function mountHealth(
  app: Express,
  ready: ReadinessCheck,
  { intervalMs = 1000, slowMs = 5000 }: ReadinessOptions = {},
): ReadinessMonitor {
  const monitor = new ReadinessMonitor(ready, { intervalMs, slowMs });
  monitor.start();
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    if (isDraining()) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    const checks = await monitor.current();
    const ok = allOk(checks);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', checks });
  });
  return monitor;
}
