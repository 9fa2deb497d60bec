import { type RequestHandler } from 'express';
import { WebSocket } from 'ws';
import { z } from 'zod';
import { readEnv } from '../config/env.js';
import { type Logger } from '../logging/logger.js';

/**
 * WebSocket close code for a graceful stop: 1012 "Service Restart". graphql-ws clients treat it as
 * retryable, and web-kit's client reconnects at once on it (to another replica behind the balancer).
 */
export const SERVICE_RESTART_CLOSE_CODE = 1012;

let draining = false;

/** True once SIGTERM/SIGINT arrived: readiness answers 503 so the load balancer stops sending. */
export function isDraining(): boolean {
  return draining;
}

/**
 * While draining, every answer says `Connection: close`, so the balancer (or the gateway's pool)
 * opens no request on a connection this process is about to close: when the servers stop, no
 * connection is idle-and-reusable, and no request can be lost in that race.
 */
export const closeConnectionsWhileDraining: RequestHandler = (_req, res, next) => {
  if (draining) res.setHeader('connection', 'close');
  next();
};

export interface ShutdownSettings {
  /** How long readiness answers 503 before the servers stop (the balancer's time to notice). */
  drainMs: number;
  /** Upper bound for finishing in-flight requests and jobs after the drain; then the process exits 1. */
  timeoutMs: number;
}

/** SHUTDOWN_DRAIN_SECONDS (default 0, set it to the balancer's check interval × fall count) and SHUTDOWN_TIMEOUT_SECONDS (default 20). */
export function readShutdownSettings(env: NodeJS.ProcessEnv = process.env): ShutdownSettings {
  const parsed = readEnv(
    {
      SHUTDOWN_DRAIN_SECONDS: z.coerce.number().min(0).max(600).default(0),
      SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(20),
    },
    env,
  );
  return {
    drainMs: parsed.SHUTDOWN_DRAIN_SECONDS * 1000,
    timeoutMs: parsed.SHUTDOWN_TIMEOUT_SECONDS * 1000,
  };
}

/**
 * Graceful stop on SIGTERM/SIGINT, once: readiness turns 503 at once, the process keeps serving for
 * the drain delay, then `cleanup` closes live connections (1012), finishes in-flight HTTP requests
 * and running jobs, and the process exits 0. Past drain + timeout it exits 1 whatever still runs.
 */
export function onShutdown(
  logger: Logger,
  cleanup: () => Promise<void>,
  settings: ShutdownSettings = readShutdownSettings(),
): void {
  const stop = (signal: string) => {
    if (draining) return;
    draining = true;
    logger.info({ signal, drainMs: settings.drainMs }, 'shutting down: draining');
    const timer = setTimeout(() => {
      logger.error('shutdown did not finish in time; exiting');
      process.exit(1);
    }, settings.drainMs + settings.timeoutMs);
    timer.unref();
    new Promise((resolve) => setTimeout(resolve, settings.drainMs))
      .then(() => {
        logger.info('drained; closing connections and finishing in-flight work');
        return cleanup();
      })
      .then(
        () => {
          logger.info('stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/**
 * Closes live connections with 1012 and waits (at most `waitMs`) for the close handshakes, so the
 * close frame reaches the client through a proxy before the HTTP server destroys the sockets.
 */
export async function closeForRestart(sockets: Iterable<WebSocket>, waitMs = 1000): Promise<void> {
  const closing = [...sockets].map(
    (socket) =>
      new Promise<void>((resolve) => {
        if (socket.readyState === WebSocket.CLOSED) return resolve();
        socket.once('close', () => resolve());
        socket.close(SERVICE_RESTART_CLOSE_CODE, 'Service restart');
      }),
  );
  await Promise.race([Promise.all(closing), new Promise((resolve) => setTimeout(resolve, waitMs))]);
}
