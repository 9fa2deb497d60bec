import { type ChildProcess, spawn } from 'node:child_process';
import { get } from 'node:http';
import { createInterface } from 'node:readline';

/**
 * The HTTP status of a GET, or 0 when nothing answers. node:http, not fetch: fetch refuses the
 * WHATWG "bad ports" (6000, 6665-6669 and others), on which a service may well listen.
 */
export function statusOf(url: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve) => {
    const req = get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

export interface ServiceSpec {
  name: string;
  /** Script run with this Node (the project's pinned Node 24). */
  entry: string;
  args?: string[];
  env: NodeJS.ProcessEnv;
  /** Polled until it answers 200. */
  readyUrl?: string;
  /** A command that runs Node inside something, such as `ip netns exec <host>` (the multi-host drill). */
  wrap?: string[];
}

export type LogSink = (service: string, line: string) => void;

/** One child process of the stack, with its output kept and forwarded line by line. */
export class ServiceProcess {
  private child?: ChildProcess;
  private exited?: Promise<number | null>;
  readonly log: string[] = [];

  constructor(
    readonly spec: ServiceSpec,
    private readonly sink: LogSink,
  ) {}

  /** Process id while running (for the benchmark's memory figures). */
  get pid(): number | undefined {
    return this.running ? this.child?.pid : undefined;
  }

  get running(): boolean {
    return (
      this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null
    );
  }

  /** STACK_READY_TIMEOUT_SECONDS lengthens the wait on a heavily loaded machine. */
  async start(
    timeoutMs = Number(process.env.STACK_READY_TIMEOUT_SECONDS ?? 240) * 1000,
  ): Promise<void> {
    const [command, ...prefix] = [...(this.spec.wrap ?? []), process.execPath];
    const child = spawn(command!, [...prefix, this.spec.entry, ...(this.spec.args ?? [])], {
      env: this.spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream! }).on('line', (line) => {
        this.log.push(line);
        if (this.log.length > 2000) this.log.shift();
        this.sink(this.spec.name, line);
      });
    }
    if (this.spec.readyUrl) await this.waitReady(this.spec.readyUrl, timeoutMs);
  }

  private async waitReady(url: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let exitCode: number | null | undefined;
    void this.exited?.then((code) => (exitCode = code));
    while (Date.now() < deadline) {
      if (exitCode !== undefined) {
        throw new Error(
          `${this.spec.name} stopped during start (exit code ${exitCode}):\n${this.log.slice(-15).join('\n')}`,
        );
      }
      if ((await statusOf(url, 1000)) === 200) return;
      await new Promise((r) => setTimeout(r, 150));
    }
    throw new Error(
      `${this.spec.name} was not ready within ${timeoutMs / 1000} s:\n${this.log.slice(-15).join('\n')}`,
    );
  }

  /** Sends a signal (SIGTERM for a graceful stop, SIGKILL for a crash) without waiting. */
  signal(signal: NodeJS.Signals): void {
    if (this.running) this.child?.kill(signal);
  }

  /** The exit code once the process has ended (null when a signal ended it). */
  async exitCode(): Promise<number | null | undefined> {
    return this.exited;
  }

  /** SIGTERM, then SIGKILL if it has not exited within 10 s. */
  async stop(): Promise<void> {
    if (!this.child || !this.running) return;
    const child = this.child;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }
}
