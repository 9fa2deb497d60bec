import { type FormattedExecutionResult } from 'graphql';
import { type Client, type ClientOptions, createClient } from 'graphql-ws';

export interface LiveSubscription<T> {
  /** Every result received so far, in order. */
  results: FormattedExecutionResult<T, unknown>[];
  /** Resolves with the first result (received already or later) that matches. */
  next(
    match?: (result: FormattedExecutionResult<T, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<FormattedExecutionResult<T, unknown>>;
  /** Settles when the server ends the subscription: the error (a close event or GraphQL errors), or undefined. */
  ended: Promise<unknown>;
  close(): void;
}

/** A plain graphql-ws client (as any integrator would use), for tests. */
export function liveClient(url: string, options: Partial<ClientOptions> = {}): Client {
  return createClient({ url, retryAttempts: 0, lazy: true, ...options });
}

export function subscribe<T = Record<string, unknown>>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
  extensions?: Record<string, unknown>,
): LiveSubscription<T> {
  const results: FormattedExecutionResult<T, unknown>[] = [];
  const waiters: (() => void)[] = [];
  let settle: (error: unknown) => void = () => undefined;
  const ended = new Promise<unknown>((resolve) => (settle = resolve));
  const dispose = client.subscribe<T>(
    { query, variables, extensions },
    {
      next: (result) => {
        results.push(result);
        for (const wake of waiters.splice(0)) wake();
      },
      error: (error) => settle(error),
      complete: () => settle(undefined),
    },
  );
  const next = (
    match: (r: FormattedExecutionResult<T, unknown>) => boolean = () => true,
    timeoutMs = 10_000,
  ) =>
    new Promise<FormattedExecutionResult<T, unknown>>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(results)}`),
          ),
        timeoutMs,
      );
      const check = () => {
        const hit = results.find(match);
        if (hit) {
          clearTimeout(timer);
          resolve(hit);
        } else waiters.push(check);
      };
      check();
    });
  return { results, next, ended, close: dispose };
}

/**
 * Subscriptions start asynchronously on the server and graphql-ws has no acknowledgement of a
 * subscribe, so a test triggers fresh events until the first one arrives; from then on the
 * subscription is live and every later event must arrive.
 */
export async function untilLive<T>(
  subscription: LiveSubscription<T>,
  trigger: () => Promise<unknown>,
  attempts = 20,
): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const before = subscription.results.length;
    await trigger();
    try {
      await subscription.next(() => subscription.results.length > before, 1000);
      return;
    } catch {
      // not subscribed yet: trigger another event
    }
  }
  throw new Error('the subscription never received an event');
}
