import { DEMO_PASSWORD } from '@casework/gateway';
import { type Stack, startStack } from '@casework/stack';
import { createTestDatabase } from '@casework/testing';
import getPort from 'get-port';
import { inject } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SECRETS = {
  internal: 'e2e-internal-secret-0123456789abcdef',
  token: 'e2e-token-secret-0123456789abcdef0123456789',
};

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** The real stack (built subgraphs and gateway as processes) on a fresh database and free ports. */
export async function startTestStack(
  options: { smtpUrl?: string; databaseUrl?: string } = {},
): Promise<Stack> {
  const free = async () => getPort();
  return startStack({
    host: '127.0.0.1',
    ports: {
      gateway: await free(),
      cases: await free(),
      providers: await free(),
      communications: await free(),
      postgres: 0,
      smtp: 0,
      mailWeb: 0,
    },
    secrets: SECRETS,
    databaseUrl: options.databaseUrl ?? (await createTestDatabase()),
    // Without a test SMTP server a closed port makes any attempt to mail fail loudly.
    smtpUrl: options.smtpUrl ?? 'smtp://127.0.0.1:9',
    dataDir: await mkdtemp(join(tmpdir(), 'casework-e2e-')),
    demoData: true,
    logLevel: 'info',
    onLog: process.env.STACK_LOG
      ? (service: string, line: string) => process.stderr.write(`${service} ${line}\n`)
      : () => undefined,
  });
}

/** What a file sees of the shared stack: addresses only, as it is not the file's to stop or change. */
export type SharedStack = Pick<Stack, 'urls' | 'databaseUrl'>;

/**
 * The run's shared stack (test/shared.setup.ts), started once for every file that uses it.
 * For files that make their own data, count only what they made and change nothing global (no
 * process.env, no stopped services, no settings, no special SMTP); others use startTestStack.
 */
export async function sharedTestStack(): Promise<SharedStack> {
  const res = await fetch(`${inject('sharedUrl')}/stack`);
  if (!res.ok) throw new Error(`The shared stack did not start:\n${await res.text()}`);
  return (await res.json()) as SharedStack;
}

export async function signIn(stack: SharedStack, email: string, password = DEMO_PASSWORD) {
  const res = await fetch(`${stack.urls.gateway}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return {
    res,
    body: (await res.json()) as { token?: string; error?: { code: string; message: string } },
  };
}

export async function tokenFor(stack: SharedStack, email: string): Promise<string> {
  const { body } = await signIn(stack, email);
  if (!body.token) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(body)}`);
  return body.token;
}

export async function gql<T = Record<string, unknown>>(
  stack: SharedStack,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const res = await fetch(stack.urls.graphql, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLBody<T> };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
