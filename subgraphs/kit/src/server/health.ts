import { type Express } from 'express';
import { isDraining } from './shutdown.js';

export type ReadinessCheck = () => Promise<Record<string, string>>;

/**
 * /health/live answers while the process runs; /health/ready answers 200 only when every
 * dependency answers, else 503 with what failed, so a load balancer stops sending traffic; from
 * the moment the process is told to stop it answers 503 `draining` (liveness stays 200).
 */
export function mountHealth(app: Express, ready: ReadinessCheck): void {
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    if (isDraining()) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    try {
      const checks = await ready();
      const ok = Object.values(checks).every((v) => v === 'ok');
      res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', checks });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', error: (error as Error).message });
    }
  });
}
