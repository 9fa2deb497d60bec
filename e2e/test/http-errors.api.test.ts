import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@casework/testing';
import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceProcess } from '@casework/stack';
import { DEMO_PASSWORD } from '@casework/gateway';
import { SECRETS } from './stack.fixture.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const gatewayEntry = join(repoRoot, 'gateway/dist/main.js');

/** A gateway process alone (no subgraph is needed to answer these errors), in one mode. */
async function startGateway(production: boolean) {
  const port = await getPort();
  const closed = 'http://127.0.0.1:9/graphql';
  const service = new ServiceProcess(
    {
      name: production ? 'gateway-production' : 'gateway-development',
      entry: gatewayEntry,
      env: {
        ...process.env,
        NODE_ENV: production ? 'production' : 'development',
        GATEWAY_PORT: String(port),
        DATABASE_URL: await createTestDatabase(),
        INTERNAL_SECRET: SECRETS.internal,
        AUTH_TOKEN_SECRET: SECRETS.token,
        CASES_URL: closed,
        PROVIDERS_URL: closed,
        COMMUNICATIONS_URL: closed,
        DEMO_DATA: 'true',
        LOG_LEVEL: 'info',
      },
      readyUrl: `http://127.0.0.1:${port}/health/live`,
    },
    () => undefined,
  );
  await service.start(180_000);
  return { service, url: `http://127.0.0.1:${port}` };
}

let gateways: { production: boolean; url: string; service: ServiceProcess }[] = [];

beforeAll(async () => {
  gateways = await Promise.all(
    [true, false].map(async (production) => ({ production, ...(await startGateway(production)) })),
  );
}, 240_000);
afterAll(() => Promise.all(gateways.map((g) => g.service.stop())));

/** What an HTTP error must look like: JSON in the GraphQL error shape, no paths, no stack. */
async function expectJsonError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const text = await res.text();
  expect(text).not.toMatch(/\/work\/|node_modules|\bat [\w.<>]+ \(|<html|<pre>/i);
  const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors[0]?.extensions.code).toBe(code);
  expect(body.errors[0]?.message.length).toBeGreaterThan(0);
}

const post = (url: string, body: string, type = 'application/json') =>
  fetch(url, { method: 'POST', headers: { 'content-type': type }, body });

describe.each([true, false])(
  'issue 14 item 9: HTTP errors as JSON (production: %s)',
  (production) => {
    const gateway = () => gateways.find((g) => g.production === production)!;

    it('an oversized body at /graphql and at /auth/sign-in', async () => {
      const huge = JSON.stringify({
        query: `{ __typename }`,
        variables: { x: 'a'.repeat(2_000_000) },
      });
      await expectJsonError(await post(`${gateway().url}/graphql`, huge), 413, 'PAYLOAD_TOO_LARGE');
      const big = JSON.stringify({ email: 'a'.repeat(20_000), password: 'x' });
      await expectJsonError(
        await post(`${gateway().url}/auth/sign-in`, big),
        413,
        'PAYLOAD_TOO_LARGE',
      );
    });

    it('a malformed JSON body at /graphql and at /auth', async () => {
      await expectJsonError(
        await post(`${gateway().url}/graphql`, '{"query": '),
        400,
        'BAD_REQUEST',
      );
      await expectJsonError(
        await post(`${gateway().url}/auth/sign-in`, '{"email"'),
        400,
        'BAD_REQUEST',
      );
    });

    it('an unknown route under /auth and /health', async () => {
      await expectJsonError(await fetch(`${gateway().url}/auth/nope`), 404, 'NOT_FOUND');
      await expectJsonError(await post(`${gateway().url}/auth/sign-in/x`, '{}'), 404, 'NOT_FOUND');
      await expectJsonError(await fetch(`${gateway().url}/health/nope`), 404, 'NOT_FOUND');
    });
  },
);

describe('issue 14 item 9: no schema suggestions in production', () => {
  it('a misspelt enum value or field gets no "Did you mean" in production, and does in development', async () => {
    for (const { production, url } of gateways) {
      const signIn = await post(
        `${url}/auth/sign-in`,
        JSON.stringify({ email: 'caseworker@demo.casework', password: DEMO_PASSWORD }),
      );
      const { token } = (await signIn.json()) as { token: string };
      const messages: string[] = [];
      for (const query of [
        '{ persons(kind: PERSO) { totalCount } }',
        '{ persons { totalCont } }',
        'query($k: PersonKind) { persons(kind: $k) { totalCount } }',
      ]) {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables: { k: 'PERSO' } }),
        });
        const body = (await res.json()) as { errors?: { message: string }[] };
        messages.push(...(body.errors ?? []).map((e) => e.message));
      }
      expect(messages.length).toBeGreaterThanOrEqual(3);
      if (production) expect(messages.join('\n')).not.toMatch(/did you mean/i);
      else expect(messages.join('\n')).toMatch(/did you mean/i);
    }
  });
});
