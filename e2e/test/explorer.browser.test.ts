import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPage, signInAs } from './browser.fixture.js';
import { bearer, sharedTestStack, type SharedStack, tokenFor } from './stack.fixture.js';

let stack: SharedStack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([sharedTestStack(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
});

/** Runs the editor's operation and returns the result pane's text once it shows an answer. */
async function run(page: Page): Promise<string> {
  const answer = page.waitForResponse(
    (r) => r.url().endsWith('/graphql') && r.request().method() === 'POST',
  );
  await page.locator('.graphiql-execute-button').click();
  await answer;
  const result = page.locator('.graphiql-response');
  await expect.poll(() => result.innerText(), { timeout: 30_000 }).toMatch(/"(data|errors)"/);
  return result.innerText();
}

describe(
  'issue 17: the API explorer (GraphiQL served by the gateway)',
  { timeout: 180_000 },
  () => {
    it('issue 17: /explorer serves GraphiQL from the gateway alone (no CDN), signed in as the current user, and takes an API client token in Headers', async () => {
      const { context, page } = await newPage(browser);
      const outside: string[] = [];
      const problems: string[] = [];
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(stack.urls.gateway) && !/^(data|blob):/.test(url)) outside.push(url);
      });
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      await signInAs(page, stack.urls.gateway, 'agency', 'caseworker@demo.casework');
      await page.goto(`${stack.urls.gateway}/explorer`);
      expect(page.url()).toBe(`${stack.urls.gateway}/agency/explorer.html`);
      // Monaco (the editor) loads its workers first; on a loaded machine that takes a while.
      await expect
        .poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 90_000 })
        .toContain('providers');
      const asCaseworker = await run(page);
      expect(asCaseworker).toContain('"providers"');
      expect(asCaseworker).not.toContain('"errors"');

      // An integrator's token: a client that may not read providers is refused, in the explorer too.
      const admin = await tokenFor(stack, 'admin@demo.casework');
      const created = await fetch(`${stack.urls.gateway}/auth/api-clients`, {
        method: 'POST',
        headers: { ...bearer(admin), 'content-type': 'application/json' },
        body: JSON.stringify({
          name: 'Explorer test',
          owner: 'Integration team',
          scopes: ['case:read'],
          expiresAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
        }),
      });
      const { secret } = (await created.json()) as { secret: string };
      await page.getByText('Headers', { exact: true }).click();
      const headers = page.locator('.graphiql-editor-tool .graphiql-editor').last();
      await headers.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(JSON.stringify({ 'x-api-key': secret }));
      const asClient = await run(page);
      expect(asClient).toContain('FORBIDDEN');

      expect(outside).toEqual([]);
      expect(problems.filter((p) => /Content Security Policy|Refused/i.test(p))).toEqual([]);
      await context.close();
    });

    it('issue 17: /explorer is on outside production (API_EXPLORER defaults to on in development)', async () => {
      // Checked on the page's route: with the stack's development default it is on.
      const res = await fetch(`${stack.urls.gateway}/explorer`, { redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/agency/explorer.html');
    });
  },
);
