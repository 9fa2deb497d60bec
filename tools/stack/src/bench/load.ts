import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { percentile } from './bench-stack.js';

/** One way to the same data: our gateway, the peer gateway, or the owning subgraph directly. */
export interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
}

export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  /** CPU milliseconds per request, by process group. */
  cpuPerRequest: Record<string, number>;
}

let sequence = 0;

/** Sends one operation; every request has its own id so no gateway can merge identical requests. */
export async function send(target: Target, body: string): Promise<unknown> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-request-id': `bench-${process.pid}-${++sequence}`,
      ...target.headers,
    },
    body,
  });
  const json = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (!response.ok || json.errors?.length)
    throw new Error(`${target.name}: ${response.status} ${JSON.stringify(json.errors ?? json)}`);
  return json.data;
}

/** `concurrency` loops sending the operation for `durationMs`; CPU read from /proc before and after. */
export async function runLoad(
  target: Target,
  body: string,
  concurrency: number,
  durationMs: number,
  groups: Record<string, () => number[]>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const cpuBefore = cpuOfGroups(groups);
  const start = performance.now();
  const deadline = start + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const began = performance.now();
        try {
          await send(target, body);
          latencies.push(performance.now() - began);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  const cpuAfter = cpuOfGroups(groups);
  const requests = latencies.length;
  const cpuPerRequest: Record<string, number> = {};
  for (const name of Object.keys(groups))
    cpuPerRequest[name] = requests
      ? ((cpuAfter[name] ?? 0) - (cpuBefore[name] ?? 0)) / requests
      : 0;
  return {
    requests,
    errors,
    rps: requests / elapsed,
    p50: requests ? percentile(latencies, 0.5) : NaN,
    p99: requests ? percentile(latencies, 0.99) : NaN,
    cpuPerRequest,
  };
}

const TICK_MS = 10; // Linux reports CPU time in clock ticks of 1/100 s (USER_HZ).

/**
 * CPU time (user + system, ms) a process has used, or 0 once it is gone. With `reaped`, also that
 * of its children that have ended and been waited for (cutime + cstime): PostgreSQL's postmaster
 * reaps its backends, so a backend that closes during a run still counts.
 */
export function cpuMsOf(pid: number, reaped = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    return (reaped ? own + Number(fields[13]) + Number(fields[14]) : own) * TICK_MS;
  } catch {
    return 0;
  }
}

/** A group's first pid is its root: its ended children count too (see `cpuMsOf`). */
function cpuOfGroups(groups: Record<string, () => number[]>): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const [name, pids] of Object.entries(groups))
    totals[name] = pids().reduce((sum, pid, index) => sum + cpuMsOf(pid, index === 0), 0);
  return totals;
}

/** A process and all its descendants (PostgreSQL's backends are children of the postmaster). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while the table was read.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}
