import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '@casework/gateway';
import { startTestSmtp } from '@casework/testing';
import { ensureTools, haproxyConfig, startHaproxy } from './haproxy.js';
import { createNetwork, type Host, type Network } from './netns.js';
import { ServiceProcess, statusOf } from '../service-process.js';
import { SUBGRAPHS } from '../stack.js';
import { inboxSubjects, MixedLoad, readBack, signIn, subscriber } from './traffic.js';

/**
 * npm run drill:hosts: the product on separate hosts (network namespaces) behind HAProxy; an app
 * host killed and brought back, then a rolling restart of every app host, under a bounded mixed
 * load with a live subscriber; prints failures, p99, lost/duplicated writes and events, resume
 * times, and who sent the mails. Not part of CI (too heavy for 2 cores); see README, Deploying.
 */
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SUBNET = process.env.DRILL_SUBNET ?? '10.231.19';
const INTERVAL_MS = env('DRILL_INTERVAL_MS', 250);
const MAX_OPERATIONS = env('DRILL_MAX_OPERATIONS', 2000);
const PHASE_SECONDS = env('DRILL_PHASE_SECONDS', 10);
// Longer than HAProxy needs to mark a draining gateway down (3 checks, 1 s apart).
const DRAIN_SECONDS = env('DRILL_DRAIN_SECONDS', 4);

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const entryOf = (name: string) =>
  name === 'gateway'
    ? join(repoRoot, 'gateway/dist/main.js')
    : join(repoRoot, 'subgraphs', name, 'dist/main.js');
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const out = (line: string) => process.stdout.write(`${line}\n`);
const log = (message: string) =>
  out(`[drill ${new Date().toISOString().slice(11, 19)}] ${message}`);

const percentile = (values: number[], p: number) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

interface AppHost {
  host: Host;
  services: Record<string, ServiceProcess>;
}

async function main(): Promise<void> {
  if (process.platform !== 'linux' || process.getuid?.() !== 0)
    throw new Error('the drill needs Linux and root (network namespaces)');
  ensureTools();
  const prefix = `cw${randomBytes(2).toString('hex')}`;
  const work = mkdtempSync(join(tmpdir(), 'casework-drill-'));
  // PostgreSQL runs as the 'postgres' user: its data folder must be reachable.
  chmodSync(work, 0o755);
  let network: Network | undefined;
  const cleanups: (() => Promise<void> | void)[] = [];
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      for (const step of cleanups.reverse()) await Promise.resolve(step()).catch(() => undefined);
      network?.remove();
      // DRILL_LOG_DIR keeps HAProxy's log (every request and how it ended) for a closer look.
      if (process.env.DRILL_LOG_DIR)
        cpSync(join(work, 'haproxy.log'), join(process.env.DRILL_LOG_DIR, 'haproxy.log'));
      rmSync(work, { recursive: true, force: true });
      log('hosts, links and processes removed');
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void cleanup().then(() => process.exit(130)));

  try {
    network = createNetwork(prefix, SUBNET, { db: 5, app1: 11, app2: 12, lb: 40 });
    const { hosts } = network;
    log(
      `hosts: ${Object.values(hosts)
        .map((h) => `${h.name} ${h.address}`)
        .join(', ')}`,
    );

    const postgres = new ServiceProcess(
      {
        name: 'postgres',
        entry: join(repoRoot, 'tools/stack/dist/drill/postgres-host.js'),
        args: [join(work, 'pg'), hosts.db!.address, `${SUBNET}.0/24`],
        env: { ...process.env },
        wrap: network.wrap(hosts.db!),
      },
      () => undefined,
    );
    await postgres.start();
    cleanups.push(() => postgres.stop());
    for (let i = 0; i < 600 && postgres.running && !postgres.log.includes('postgres ready'); i++)
      await wait(200);
    if (!postgres.log.includes('postgres ready'))
      throw new Error(`PostgreSQL host did not start:\n${postgres.log.slice(-10).join('\n')}`);

    const smtp = await startTestSmtp(0, network.drillAddress);
    cleanups.push(() => smtp.stop());
    const secrets = {
      INTERNAL_SECRET: randomBytes(24).toString('hex'),
      AUTH_TOKEN_SECRET: randomBytes(32).toString('hex'),
    };
    const lbUrl = `http://${hosts.lb!.address}:8080`;
    const appHost = (host: Host): AppHost => {
      const shared = {
        ...process.env,
        ...secrets,
        HOST: host.address,
        DATABASE_URL: `postgres://postgres:postgres@${hosts.db!.address}:5432/casework`,
        SMTP_URL: smtp.url,
        PUBLIC_URL: lbUrl,
        DEMO_DATA: 'true',
        LOG_LEVEL: 'warn',
        SHUTDOWN_DRAIN_SECONDS: String(DRAIN_SECONDS),
        CASES_URL: `http://${host.address}:4001/graphql`,
        PROVIDERS_URL: `http://${host.address}:4002/graphql`,
        COMMUNICATIONS_URL: `http://${host.address}:4003/graphql`,
      };
      const port = { gateway: 4000, cases: 4001, providers: 4002, communications: 4003 };
      const services = Object.fromEntries(
        (['gateway', ...SUBGRAPHS] as const).map((name) => [
          name,
          new ServiceProcess(
            {
              name: `${host.name}/${name}`,
              entry: entryOf(name),
              env: { ...shared, [`${name.toUpperCase()}_PORT`]: String(port[name]) },
              readyUrl: `http://${host.address}:${port[name]}/health/ready`,
              wrap: network!.wrap(host),
            },
            () => undefined,
          ),
        ]),
      );
      return { host, services };
    };
    const apps = [appHost(hosts.app1!), appHost(hosts.app2!)];
    const startHost = async (app: AppHost) => {
      // Subgraphs first (the gateway's readiness asks them), then the gateway.
      await Promise.all(SUBGRAPHS.map((name) => app.services[name]!.start()));
      await app.services.gateway!.start();
    };
    for (const app of apps) {
      cleanups.push(() =>
        Promise.all(Object.values(app.services).map((s) => s.stop())).then(() => undefined),
      );
    }
    let started = Date.now();
    for (const app of apps) await startHost(app);
    log(`two app hosts ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);

    const haproxy = startHaproxy(
      network.wrap(hosts.lb!),
      work,
      haproxyConfig(
        `${hosts.lb!.address}:8080`,
        apps.map((a) => ({ name: a.host.name, address: a.host.address })),
      ),
    );
    cleanups.push(() => void haproxy.kill('SIGTERM'));
    for (let i = 0; i < 100 && (await statusOf(`${lbUrl}/health/ready`, 1000)) !== 200; i++)
      await wait(200);

    const caseworker = await signIn(lbUrl, 'caseworker@demo.casework', DEMO_PASSWORD);
    const provider = await signIn(lbUrl, 'provider@demo.casework', DEMO_PASSWORD);
    const bell = subscriber(`ws://${hosts.lb!.address}:8080/graphql`, caseworker);
    cleanups.push(() => bell.close());
    await wait(2000);

    const load = new MixedLoad(lbUrl, caseworker, provider, INTERVAL_MS, MAX_OPERATIONS);
    cleanups.push(() => load.stop());
    load.phase = 'steady';
    load.start();
    await wait(PHASE_SECONDS * 1000);

    // Host kill: every process of app2 at once, no warning.
    load.phase = 'host-kill';
    const killedAt = Date.now();
    for (const service of Object.values(apps[1]!.services)) service.signal('SIGKILL');
    log('app2 killed (SIGKILL, all processes)');
    await wait(PHASE_SECONDS * 1000);
    started = Date.now();
    await startHost(apps[1]!);
    log(`app2 back in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const backAt = Date.now();
    await wait(PHASE_SECONDS * 1000);

    // Rolling restart: gracefully, host by host (gateway first, then its subgraphs), then back.
    load.phase = 'rolling';
    const rollingFrom = Date.now();
    for (const app of apps) {
      const t = Date.now();
      app.services.gateway!.signal('SIGTERM');
      const gatewayExit = await app.services.gateway!.exitCode();
      await Promise.all(SUBGRAPHS.map((name) => app.services[name]!.stop()));
      await startHost(app);
      log(
        `${app.host.name} restarted gracefully in ${((Date.now() - t) / 1000).toFixed(0)} s (gateway exit ${gatewayExit})`,
      );
      // Let HAProxy see it up (rise 2 × 1 s) before the next host goes.
      await wait(3000);
    }
    const rollingTo = Date.now();
    load.phase = 'after';
    await wait(PHASE_SECONDS * 500);
    await load.stop();

    // Events: each answered inquiry must reach the inbox; live, the bell should show it too.
    const answered = load.acked.filter((a) => a.answeredAt);
    const answeredIds = new Set(answered.map((a) => a.id));
    let inbox = new Set<string>();
    const settleUntil = Date.now() + 60_000;
    while (Date.now() < settleUntil) {
      inbox = await inboxSubjects(lbUrl, caseworker);
      if ([...answeredIds].every((id) => inbox.has(id))) break;
      await wait(1000);
    }
    const missingFromInbox = answered.filter((a) => !inbox.has(a.id));
    const liveIds = new Set(bell.received.map((r) => r.subjectId));
    const missedLive = answered.filter((a) => !liveIds.has(a.id));
    const liveDuplicates = bell.received.length - liveIds.size;
    const { lost, duplicated } = await readBack(lbUrl, caseworker, load.acked);

    // Mail: one per answered inquiry to the caseworker (the worker's job), from which hosts.
    await wait(3000);
    // The worker's mail about an answer carries Message-ID <answered-<inquiry id>@casework>.
    const mailsFor = (inquiryId: string) =>
      smtp.messages.filter((m) => m.raw.includes(`<answered-${inquiryId}@casework>`));
    const mailCounts = answered.map((a) => mailsFor(a.id).length);
    const senders = new Map<string, number>();
    for (const m of smtp.messages)
      senders.set(m.remoteAddress ?? '?', (senders.get(m.remoteAddress ?? '?') ?? 0) + 1);
    const sendersAfterBack = new Set(
      answered
        .filter((a) => (a.answeredAt ?? 0) > backAt)
        .flatMap((a) => mailsFor(a.id).map((m) => m.remoteAddress)),
    );

    // Figures.
    const phase = (name: string) => load.outcomes.filter((o) => o.phase === name);
    const line = (name: string) => {
      const o = phase(name);
      const failed = o.filter((x) => !x.ok);
      const counts = new Map<string, number>();
      for (const x of failed) {
        const reason = `${x.kind} ${x.error ?? ''}`.trim();
        counts.set(reason, (counts.get(reason) ?? 0) + 1);
      }
      const reasons = [...counts].map(([reason, n]) => `${n}x ${reason}`).join('; ');
      return `${name.padEnd(10)} requests ${String(o.length).padStart(5)}  failed ${String(failed.length).padStart(3)}  p50 ${percentile(
        o.map((x) => x.ms),
        50,
      )} ms  p99 ${percentile(
        o.map((x) => x.ms),
        99,
      )} ms${reasons ? `  (${reasons})` : ''}`;
    };
    const firstAfter = (t: number) => bell.received.find((r) => r.at > t)?.at;
    const reconnectAfter = (t: number) => bell.connectedAt.find((c) => c > t);
    const resumeKill = reconnectAfter(killedAt);
    const eventAfterKill = firstAfter(killedAt);
    const rollingCloses = bell.closedAt.filter((c) => c.at >= rollingFrom && c.at <= rollingTo);
    const rollingResumes = rollingCloses.map((c) => (reconnectAfter(c.at) ?? NaN) - c.at);
    out('\n== multi-host drill figures ==');
    out(
      `load: one operation every ${INTERVAL_MS} ms (2 reads : 1 create + answer), phases of ${PHASE_SECONDS} s`,
    );
    for (const name of ['steady', 'host-kill', 'rolling', 'after']) out(line(name));
    const all = load.outcomes;
    out(
      `total      requests ${all.length}  failed ${all.filter((o) => !o.ok).length}  p99 ${percentile(
        all.map((o) => o.ms),
        99,
      )} ms`,
    );
    out(
      `writes acknowledged ${load.acked.length}, read back: lost ${lost.length}, duplicated ${duplicated.length}`,
    );
    out(
      `events (answered inquiries) ${answered.length}: missing from inbox ${missingFromInbox.length}, not received live ${missedLive.length}, live duplicates ${liveDuplicates}`,
    );
    out(
      `subscription after host kill: the bell was ${bell.closedAt.some((c) => c.at >= killedAt && c.at < killedAt + PHASE_SECONDS * 1000) ? 'on app2 and reconnected' : 'on app1 (not affected)'}` +
        (resumeKill && resumeKill < backAt ? ` after ${resumeKill - killedAt} ms` : '') +
        `; first live event after the kill ${eventAfterKill ? `${eventAfterKill - killedAt} ms` : 'none'} after it`,
    );
    out(
      `rolling restart: live connection closes ${rollingCloses.map((c) => `${c.code}${c.reason ? ` (${c.reason})` : ''}`).join(', ') || 'none'}; reconnected after ${rollingResumes.map((ms) => `${ms} ms`).join(', ') || '-'}`,
    );
    out(
      `jobs: mails per answered inquiry: exactly once ${mailCounts.filter((c) => c === 1).length}, twice or more ${mailCounts.filter((c) => c > 1).length}, none ${mailCounts.filter((c) => c === 0).length}`,
    );
    out(
      `jobs: mails sent by host ${[...senders].map(([a, n]) => `${a}: ${n}`).join(', ')}; after app2 came back, mails came from ${[...sendersAfterBack].join(', ')}`,
    );
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`drill failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
