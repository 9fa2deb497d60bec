import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Secrets {
  internal: string;
  token: string;
}

/**
 * Secrets for local runs: from INTERNAL_SECRET / AUTH_TOKEN_SECRET when set, else generated once
 * and kept in the data folder so sessions survive a restart.
 */
export async function loadDevSecrets(dataDir: string): Promise<Secrets> {
  const file = join(dataDir, 'dev-secrets.json');
  let stored: Partial<Secrets> = {};
  if (existsSync(file)) stored = JSON.parse(await readFile(file, 'utf8')) as Partial<Secrets>;
  const secrets: Secrets = {
    internal: process.env.INTERNAL_SECRET ?? stored.internal ?? randomBytes(32).toString('hex'),
    token: process.env.AUTH_TOKEN_SECRET ?? stored.token ?? randomBytes(32).toString('hex'),
  };
  if (stored.internal !== secrets.internal || stored.token !== secrets.token) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}
