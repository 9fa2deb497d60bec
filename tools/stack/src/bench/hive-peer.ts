import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const HIVE_VERSION = '2.15.1';

/** Hive Gateway, the peer we measure against: kept out of the product's dependencies. */
export interface HivePeer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Installs Hive Gateway into a cache folder once (it needs an npm override, see STACK.md), then
 * serves our supergraph with the subgraph URLs rewritten to this stack's ports, forwarding the
 * client's internal token and request id to the subgraphs.
 */
export async function startHivePeer(
  supergraphSdl: string,
  subgraphUrls: Record<string, string>,
  port: number,
): Promise<HivePeer> {
  const dir = join(homedir(), '.cache', 'casework-bench', `hive-gateway-${HIVE_VERSION}`);
  const bin = join(dir, 'node_modules/@graphql-hive/gateway/dist/bin.js');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        private: true,
        overrides: { '@graphql-tools/batch-execute': '10.2.0' },
      }),
    );
    process.stdout.write(`Installing Hive Gateway ${HIVE_VERSION} into ${dir} ...\n`);
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', `@graphql-hive/gateway@${HIVE_VERSION}`],
      {
        cwd: dir,
        stdio: 'inherit',
      },
    );
  }
  const supergraph = supergraphSdl.replace(
    /@join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
    (whole, name: string) =>
      subgraphUrls[name] ? `@join__graph(name: "${name}", url: "${subgraphUrls[name]}")` : whole,
  );
  writeFileSync(join(dir, 'supergraph.graphql'), supergraph);
  writeFileSync(
    join(dir, 'gateway.config.mjs'),
    `export const gatewayConfig = {
  logging: 'error',
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get('authorization') ?? undefined,
      'x-request-id': request.headers.get('x-request-id') ?? undefined,
    }),
  },
};\n`,
  );
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, 'supergraph', 'supergraph.graphql', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`Hive Gateway exited: ${output.join('').slice(-2000)}`);
    const ready = await fetch(`http://127.0.0.1:${port}/readiness`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline)
      throw new Error(`Hive Gateway not ready in 60 s: ${output.join('').slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

export function hiveVersionInstalled(): string | undefined {
  const file = join(
    homedir(),
    '.cache',
    'casework-bench',
    `hive-gateway-${HIVE_VERSION}`,
    'node_modules/@graphql-hive/gateway/package.json',
  );
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
    : undefined;
}
