import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Debian's haproxy and iproute2, installed when missing (the drill runs as root). */
export function ensureTools(): void {
  const missing = ['haproxy', 'ip'].filter((tool) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`the drill needs root and ${missing.join(', ')}`);
  process.stdout.write(`installing ${missing.join(', ')} (Debian packages haproxy, iproute2)\n`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'haproxy', 'iproute2'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/**
 * HAProxy in front of the gateways: health checks on /health/ready every second (down after 3
 * failures), WebSocket upgrade for graphql-ws (tunnel timeout), and a retry on another server only
 * where the request cannot have been processed (the connection failed).
 */
export function haproxyConfig(bind: string, servers: { name: string; address: string }[]): string {
  return [
    'global',
    '  maxconn 4000',
    // One line per request and WebSocket session, with how it ended (haproxy.log, see the drill).
    '  log stdout format raw local0',
    'defaults',
    '  mode http',
    '  log global',
    '  option httplog',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 30s',
    '  timeout tunnel 1h',
    // A readiness answer slower than the check interval is not a failure (the gateway asks its subgraphs).
    '  timeout check 5s',
    '  option redispatch',
    '  retries 2',
    // Only where the request cannot have reached a gateway. Not empty-response: a host killed after
    // committing a write but before answering would have it written twice (seen in a drill run).
    '  retry-on conn-failure',
    'frontend casework',
    `  bind ${bind}`,
    '  default_backend gateways',
    'backend gateways',
    '  balance roundrobin',
    '  option httpchk GET /health/ready',
    '  http-check expect status 200',
    '  default-server inter 1s fall 3 rise 2',
    ...servers.map((s) => `  server ${s.name} ${s.address}:4000 check`),
    '',
  ].join('\n');
}

export function startHaproxy(wrap: string[], dir: string, config: string): ChildProcess {
  const file = join(dir, 'haproxy.cfg');
  writeFileSync(file, config);
  execFileSync('haproxy', ['-c', '-q', '-f', file]);
  const [command, ...args] = [...wrap, 'haproxy', '-db', '-f', file];
  const log = openSync(join(dir, 'haproxy.log'), 'a');
  return spawn(command!, args, { stdio: ['ignore', log, log] });
}
