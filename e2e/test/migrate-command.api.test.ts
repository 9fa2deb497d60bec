import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@casework/testing';
import pg from 'pg';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs a service's built `migrate` command as its own process (the deployment's Job does the same). */
function runMigrate(
  entry: string,
  databaseUrl: string | undefined,
): Promise<{ code: number | null; log: string }> {
  return new Promise((resolveRun) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' };
    if (databaseUrl === undefined) delete env.DATABASE_URL;
    const child = spawn(process.execPath, [join(repoRoot, entry)], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('exit', (code) => resolveRun({ code, log }));
  });
}

const migrationFiles = (folder: string) =>
  readdirSync(join(repoRoot, folder)).filter((f) => /^Migration\d+\.ts$/.test(f)).length;

const SERVICES = [
  {
    schema: 'providers',
    entry: 'subgraphs/providers/dist/migrate.js',
    src: 'subgraphs/providers/src/migrations',
  },
  {
    schema: 'cases',
    entry: 'subgraphs/cases/dist/migrate.js',
    src: 'subgraphs/cases/src/migrations',
  },
  {
    schema: 'communications',
    entry: 'subgraphs/communications/dist/migrate.js',
    src: 'subgraphs/communications/src/migrations',
  },
  { schema: 'identity', entry: 'gateway/dist/migrate.js', src: 'gateway/src/migrations' },
];

describe('migrate command (issue 19)', () => {
  it('issue 19: two concurrent migrate runs per service both succeed and apply every migration exactly once; a third finds nothing to do', async () => {
    const databaseUrl = await createTestDatabase();
    for (const service of SERVICES) {
      const [first, second] = await Promise.all([
        runMigrate(service.entry, databaseUrl),
        runMigrate(service.entry, databaseUrl),
      ]);
      expect(first.code, first.log).toBe(0);
      expect(second.code, second.log).toBe(0);
      const db = new pg.Client({ connectionString: databaseUrl });
      await db.connect();
      try {
        const { rows } = await db.query<{ name: string; times: string }>(
          `select name, count(*) as times from "${service.schema}".mikro_orm_migrations group by name`,
        );
        expect(rows.length).toBe(migrationFiles(service.src));
        expect(rows.filter((r) => Number(r.times) !== 1)).toEqual([]);
      } finally {
        await db.end();
      }
      const third = await runMigrate(service.entry, databaseUrl);
      expect(third.code, third.log).toBe(0);
      expect(third.log).toContain('already up to date');
    }
  });

  it('issue 19: a migrate run without DATABASE_URL fails with exit code 1 and names the variable', async () => {
    const run = await runMigrate(SERVICES[0]!.entry, undefined);
    expect(run.code).toBe(1);
    expect(run.log).toContain('DATABASE_URL');
  });
});
