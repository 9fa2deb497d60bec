import { READINESS_SQL, SLOW } from '@casework/kit';
import { type MikroORM } from '@mikro-orm/postgresql';
import { type GatewayConfig } from '../config.js';

async function probe(url: string): Promise<string> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(4000) });
    return res.ok ? 'ok' : `unavailable (HTTP ${res.status})`;
  } catch (error) {
    // A subgraph that answers slowly still serves; only a refusal or an error means it is down.
    if ((error as Error).name === 'TimeoutError') return SLOW;
    return `unreachable (${(error as Error).message})`;
  }
}

/** Ready when the database and every subgraph's own readiness answer (checked in the background, see ReadinessMonitor). */
export function gatewayReadiness(orm: MikroORM, config: GatewayConfig) {
  return async (): Promise<Record<string, string>> => {
    const entries = Object.entries(config.subgraphUrls).map(
      async ([name, url]) =>
        [name, await probe(url.replace(/\/graphql$/, '/health/ready'))] as const,
    );
    const database = orm.em
      .getConnection()
      .execute(READINESS_SQL)
      .then(
        () => 'ok',
        (error: Error) => `unreachable (${error.message})`,
      );
    return { database: await database, ...Object.fromEntries(await Promise.all(entries)) };
  };
}
