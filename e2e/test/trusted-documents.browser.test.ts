import { type Stack } from '@casework/stack';
import { liveClient, subscribe, untilLive } from '@casework/testing';
import { type Client } from 'graphql-ws';
import { type Browser, type Page } from 'playwright-core';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPage, signInAs } from './browser.fixture.js';
import { bearer, gql, startTestStack, tokenFor } from './stack.fixture.js';
import { answerAnInquiry } from './webhook-receiver.js';

// Trusted documents as in production (issue 17): with the session cookie only the apps' own
// operations (keyed into the gateway's build) run; API clients keep the whole API.
process.env.TRUSTED_DOCUMENTS = 'true';

let stack: Stack;
let browser: Browser;
const liveClients: Client[] = [];

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchChromium()]);
}, 300_000);
afterAll(async () => {
  await Promise.all(liveClients.map((c) => c.dispose()));
  await browser?.close();
  await stack?.stop();
});

/** Records every /graphql answer the page gets that refuses an untrusted operation. */
function refusals(page: Page): string[] {
  const refused: string[] = [];
  page.on('response', (r) => {
    if (!r.url().endsWith('/graphql') || r.status() !== 403) return;
    void r.text().then((t) => t.includes('OPERATION_NOT_TRUSTED') && refused.push(t));
  });
  return refused;
}

/** A query from the page's own context with the session cookie, as an injected script would. */
const fromPage = (page: Page, query: string, headers: Record<string, string> = {}) =>
  page.evaluate(
    async ([q, h]) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', ...h },
        body: JSON.stringify({ query: q }),
      });
      return { status: res.status, body: await res.text() };
    },
    [query, headers] as const,
  );

/** A graphql-ws client that authenticates with the session cookie only, as the apps' browser does. */
function cookieClient(token: string, connectionParams: Record<string, string> = {}) {
  class WithCookie extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie: `casework_session=${token}` } });
    }
  }
  return live({ webSocketImpl: WithCookie, connectionParams });
}

function live(options: Parameters<typeof liveClient>[1]) {
  const client = liveClient(`${stack.urls.gateway.replace(/^http/, 'ws')}/graphql`, options);
  liveClients.push(client);
  return client;
}

/** agency-web's own subscription (start/start-query.ts), formatted differently. */
const APP_SUBSCRIPTION = `subscription AgencyStartInquiryActivity { inquiryActivity { eventId kind } }`;
const FOREIGN_SUBSCRIPTION = `subscription { inquiryActivity { kind inquiry { id details } } }`;

const refusedAsUntrusted = {
  extensions: expect.objectContaining({ code: 'FORBIDDEN', reason: 'OPERATION_NOT_TRUSTED' }),
};

describe('issue 17: trusted documents for the apps (R6.2)', { timeout: 240_000 }, () => {
  it('R6.2: the agency app works with its own operations; another operation with its cookie is refused; a token keeps the whole API', async () => {
    const { context, page } = await newPage(browser);
    const refused = refusals(page);
    await signInAs(page, stack.urls.gateway, 'agency', 'caseworker@demo.casework');
    for (const path of ['start', 'persons', 'providers', 'cases', 'agenda']) {
      await page.goto(`${stack.urls.gateway}/agency/${path}`);
      await page.waitForLoadState('networkidle');
      const alerts = (await page.getByRole('alert').allTextContents()).filter((a) => a.trim());
      expect({ path, alerts, refused }).toEqual({ path, alerts: [], refused: [] });
    }
    await page.getByRole('link', { name: 'Providers' }).click();
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(1);
    expect(refused).toEqual([]);

    const foreign = await fromPage(page, '{ providers(first: 100) { nodes { id name } } }');
    expect(foreign.status).toBe(403);
    expect(foreign.body).toContain('OPERATION_NOT_TRUSTED');
    // An empty bearer token falls back to the cookie, so the cookie's rule applies.
    const emptyBearer = await fromPage(page, '{ providers(first: 100) { nodes { id name } } }', {
      authorization: 'Bearer ',
    });
    expect(emptyBearer.status).toBe(403);
    expect(emptyBearer.body).toContain('OPERATION_NOT_TRUSTED');
    // The same operation with a bearer token (an integration, a script) is not the cookie's.
    const token = await tokenFor(stack, 'caseworker@demo.casework');
    const byToken = await gql(stack, '{ providers(first: 1) { nodes { id } } }', {}, bearer(token));
    expect(byToken.body.errors).toBeUndefined();
    await context.close();
  });

  it('R6.2: the portal works with its own operations', async () => {
    const { context, page } = await newPage(browser);
    const refused = refusals(page);
    await signInAs(page, stack.urls.gateway, 'portal', 'provider-admin@demo.casework');
    await page.waitForLoadState('networkidle');
    const alerts = (await page.getByRole('alert').allTextContents()).filter((a) => a.trim());
    expect({ alerts, refused }).toEqual({ alerts: [], refused: [] });
    await context.close();
  });

  it('R6.2: over graphql-ws the cookie subscribes only with the apps’ own documents; a bearer token keeps the whole API', async () => {
    const caseworker = await tokenFor(stack, 'caseworker@demo.casework');
    // An inquiry to Sonnenhof by the caseworker, answered by the demo provider: inquiry activity.
    const trigger = () => answerAnInquiry(stack);

    const byCookie = cookieClient(caseworker);
    const own = subscribe<{ inquiryActivity: { kind: string } }>(byCookie, APP_SUBSCRIPTION);
    await untilLive(own, trigger);
    expect(own.results[0]?.errors).toBeUndefined();
    expect(own.results[0]?.data?.inquiryActivity.kind).toBeTruthy();

    // Another subscription on the same cookie connection is refused before it runs.
    const foreign = subscribe(byCookie, FOREIGN_SUBSCRIPTION);
    expect(await foreign.ended).toEqual([expect.objectContaining(refusedAsUntrusted)]);
    // An empty bearer in the connection parameters falls back to the cookie: refused too.
    const emptyBearer = subscribe(
      cookieClient(caseworker, { authorization: 'Bearer ' }),
      FOREIGN_SUBSCRIPTION,
    );
    expect(await emptyBearer.ended).toEqual([expect.objectContaining(refusedAsUntrusted)]);

    // The same document with a bearer token (an integration) runs and receives events.
    const byToken = live({ connectionParams: { authorization: `Bearer ${caseworker}` } });
    const full = subscribe<{ inquiryActivity: { inquiry: { id: string } } }>(
      byToken,
      FOREIGN_SUBSCRIPTION,
    );
    await untilLive(full, trigger);
    expect(full.results[0]?.errors).toBeUndefined();
    expect(full.results[0]?.data?.inquiryActivity.inquiry.id).toBeTruthy();
  });
});
