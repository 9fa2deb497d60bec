import { type Stack } from '@casework/stack';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPage, signInAs } from './browser.fixture.js';
import { bearer, gql, startTestStack, tokenFor } from './stack.fixture.js';

// Trusted documents as in production (issue 17): with the session cookie only the apps' own
// operations (keyed into the gateway's build) run; API clients keep the whole API.
process.env.TRUSTED_DOCUMENTS = 'true';

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchChromium()]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Records every /graphql answer the page gets that refuses an untrusted operation. */
function refusals(page: Page): string[] {
  const refused: string[] = [];
  page.on('response', (r) => {
    if (!r.url().endsWith('/graphql') || r.status() !== 400) return;
    void r.text().then((t) => t.includes('OPERATION_NOT_TRUSTED') && refused.push(t));
  });
  return refused;
}

/** A query from the page's own context with the session cookie, as an injected script would. */
const fromPage = (page: Page, query: string) =>
  page.evaluate(async (q) => {
    const res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q }),
    });
    return { status: res.status, body: await res.text() };
  }, query);

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
    expect(foreign.status).toBe(400);
    expect(foreign.body).toContain('OPERATION_NOT_TRUSTED');
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
});
