import { type Stack } from '@casework/stack';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, launchChromium, newPage, signInAs } from './browser.fixture.js';
import { bearer, gql, startTestStack, tokenFor } from './stack.fixture.js';
import { answerAnInquiry, Receiver, until, verifyWebhook } from './webhook-receiver.js';

// The agency app's API clients page (issue 17, R6.2): an administrator creates a scoped client,
// sees its secret once, rotates and revokes it; webhooks with their delivery log and redeliver.
// Deliveries go to the test's own receiver on loopback; one failed attempt dead-letters.
process.env.WEBHOOK_ALLOWED_HOSTS = '127.0.0.1';
process.env.WEBHOOK_MAX_ATTEMPTS = '1';

let stack: Stack;
let browser: Browser;
const receiver = new Receiver();
const tag = Date.now().toString(36);

beforeAll(async () => {
  await receiver.start();
  [stack, browser] = await Promise.all([startTestStack(), launchChromium()]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await receiver.stop();
});

async function requestToken(clientId: string, secret: string) {
  const res = await fetch(`${stack.urls.gateway}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials' }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

const revealedSecret = async (page: Page) => {
  const text = await page.getByTestId('revealed-secret').locator('code').first().textContent();
  return (text ?? '').trim();
};

const row = (page: Page, name: string) =>
  page.getByTestId('api-client-row').filter({ hasText: name });

/** Creates a client through the dialog and returns its id and the secret the dialog showed. */
async function createInDialog(page: Page, name: string, scopes: string[], scan = false) {
  await page.getByRole('button', { name: 'New API client' }).click();
  const dialog = page.getByRole('dialog', { name: 'New API client' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Owner').fill('Finance team');
  for (const scope of scopes) await dialog.getByText(scope, { exact: true }).click();
  if (scan) await checkPage(page, 'api-clients-create');
  const response = page.waitForResponse(
    (r) => r.url().endsWith('/auth/api-clients') && r.request().method() === 'POST',
  );
  await dialog.getByRole('button', { name: 'Create API client' }).click();
  const created = (await (await response).json()) as { client: { id: string } };
  await expect.poll(() => revealedSecret(page)).toMatch(/^cw_/);
  return { id: created.client.id, secret: await revealedSecret(page) };
}

describe('issue 17: the API clients page of the agency app (R6.2)', { timeout: 240_000 }, () => {
  it('R6.2: only administrators get the page; the server refuses the others too', async () => {
    const { context, page } = await newPage(browser);
    await signInAs(page, stack.urls.gateway, 'agency', 'caseworker@demo.casework');
    await expect.poll(() => page.getByRole('link', { name: 'Cases' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'API clients' }).count()).toBe(0);
    await page.goto(`${stack.urls.gateway}/agency/api-clients`);
    await expect.poll(() => page.url()).not.toMatch(/api-clients/);
    const refused = await fetch(`${stack.urls.gateway}/auth/api-clients`, {
      headers: bearer(await tokenFor(stack, 'caseworker@demo.casework')),
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    await context.close();
  });

  it('R6.2: the administrator creates a provider:read client, sees the secret once, uses it, rotates it and revokes the client', async () => {
    const { context, page } = await newPage(browser);
    await signInAs(page, stack.urls.gateway, 'agency', 'admin@demo.casework');
    await page.getByRole('link', { name: 'API clients' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'API clients' }).count()).toBe(1);
    await checkPage(page, 'api-clients');

    const name = `Finance ${tag}`;
    const { id, secret } = await createInDialog(page, name, ['provider:read'], true);
    expect(await page.getByText('Copy the secret now').count()).toBe(1);
    await checkPage(page, 'api-clients-secret');
    await page.getByRole('button', { name: 'Done, I have stored it' }).click();
    // Shown once: gone from the page and absent from the list the page loads.
    await expect.poll(() => row(page, name).count()).toBe(1);
    expect(await page.content()).not.toContain(secret);
    expect(await row(page, name).textContent()).toContain('provider:read');

    // The other system uses the secret: it reads providers and may not write.
    const token = await requestToken(id, secret);
    expect(token.status, JSON.stringify(token.body)).toBe(200);
    const read = await gql<{ providers: { nodes: unknown[] } }>(
      stack,
      '{ providers(first: 5) { nodes { id name } } }',
      {},
      bearer(token.body.access_token!),
    );
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.providers.nodes.length).toBeGreaterThan(0);
    const write = await gql(
      stack,
      'mutation { registerProvider(input: { name: "Refused Ltd" }) { id } }',
      {},
      bearer(token.body.access_token!),
    );
    expect(write.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Usage shows on the page after a reload.
    await page.reload();
    await expect.poll(() => row(page, name).textContent()).toMatch(/[1-9]\d* requests, [1-9]/);

    // Rotation: a second secret; both work until the old one is revoked.
    await row(page, name)
      .getByRole('button', { name: `Secrets ${name}` })
      .click();
    const secrets = page.getByRole('dialog', { name: `Secrets of "${name}"` });
    await secrets.getByRole('button', { name: 'Add a secret' }).click();
    await expect.poll(() => revealedSecret(page)).toMatch(/^cw_/);
    const second = await revealedSecret(page);
    expect(second).not.toBe(secret);
    await checkPage(page, 'api-clients-secrets');
    expect((await requestToken(id, second)).status).toBe(200);
    expect((await requestToken(id, secret)).status).toBe(200);
    await secrets.getByRole('button', { name: `Revoke …${secret.slice(-4)}` }).click();
    await expect.poll(() => secrets.getByRole('button', { name: /^Revoke …/ }).count()).toBe(1);
    const old = await requestToken(id, secret);
    expect(old.status).toBe(401);
    expect(old.body).toMatchObject({ error: 'invalid_client', reason: 'revoked' });
    expect((await requestToken(id, second)).status).toBe(200);
    await secrets.getByRole('button', { name: 'Close' }).click();

    // Revoking the client ends every secret at once.
    await row(page, name)
      .getByRole('button', { name: `Revoke ${name}` })
      .click();
    const confirm = page.getByRole('dialog', { name: `Revoke "${name}"?` });
    await confirm.getByRole('button', { name: 'Revoke', exact: true }).click();
    await expect.poll(() => row(page, name).textContent()).toContain('Revoked');
    expect((await requestToken(id, second)).status).toBe(401);
    await context.close();
  });

  it('R6.2: a refused client names its fields; nothing is created', async () => {
    const { context, page } = await newPage(browser);
    await signInAs(page, stack.urls.gateway, 'agency', 'admin@demo.casework');
    await page.goto(`${stack.urls.gateway}/agency/api-clients`);
    await page.getByRole('button', { name: 'New API client' }).click();
    const dialog = page.getByRole('dialog', { name: 'New API client' });
    await dialog.getByLabel('Name', { exact: true }).fill(`Blank ${tag}`);
    await dialog.getByLabel('Expires on').fill('2001-01-01');
    await dialog.getByRole('button', { name: 'Create API client' }).click();
    await expect.poll(() => dialog.getByRole('alert').first().textContent()).toBeTruthy();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('must not be blank'); // the owner
    expect(text).toContain('choose at least one scope');
    expect(text).toContain('must be in the future');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await row(page, `Blank ${tag}`).count()).toBe(0);
    await context.close();
  });

  it('R6.2: a webhook is created for a client, its dead-lettered delivery is shown and redelivered', async () => {
    const { context, page } = await newPage(browser);
    await signInAs(page, stack.urls.gateway, 'agency', 'admin@demo.casework');
    await page.goto(`${stack.urls.gateway}/agency/api-clients`);
    const name = `Inquiries ${tag}`;
    await createInDialog(page, name, ['inquiry:read']);
    await page.getByRole('button', { name: 'Done, I have stored it' }).click();

    await row(page, name)
      .getByRole('button', { name: `Webhooks ${name}` })
      .click();
    await page.getByRole('button', { name: 'New webhook' }).click();
    const dialog = page.getByRole('dialog', { name: `New webhook for "${name}"` });
    await dialog.getByLabel('Address (URL)').fill(`${receiver.url}/ui`);
    // Events the client's scopes do not cover cannot be chosen.
    expect(await dialog.getByRole('checkbox', { name: 'Referral made' }).isDisabled()).toBe(true);
    await dialog.getByText('Inquiry answered', { exact: true }).click();
    await checkPage(page, 'api-clients-webhook-create');
    await dialog.getByRole('button', { name: 'Create webhook' }).click();
    await expect.poll(() => revealedSecret(page)).toMatch(/^whsec_/);
    const signing = await revealedSecret(page);
    await page.getByRole('button', { name: 'Done, I have stored it' }).click();
    await expect
      .poll(() => page.getByTestId('webhook-row').textContent())
      .toContain(`${receiver.url}/ui`);

    // An answered inquiry; the receiver fails once, so the delivery is dead-lettered.
    receiver.statuses.set('/ui', [500, 200]);
    await answerAnInquiry(stack);
    await until('the failed attempt', () => receiver.at('/ui')[0]);
    await page.getByRole('button', { name: /^Delivery log/ }).click();
    const log = page.getByRole('dialog', { name: 'Delivery log' });
    await expect
      .poll(
        async () => {
          await log.getByRole('button', { name: 'Refresh' }).click();
          return log.getByTestId('webhook-delivery').textContent();
        },
        { timeout: 30_000 },
      )
      .toContain('Dead-lettered');
    await checkPage(page, 'api-clients-deliveries');
    await log.getByRole('button', { name: /^Redeliver/ }).click();
    await until('the redelivery', () => receiver.at('/ui')[1]);
    const [first, again] = receiver.at('/ui');
    expect(again!.id).toBe(first!.id);
    expect(verifyWebhook(signing, again!)).toBe(true);
    await expect
      .poll(
        async () => {
          await log.getByRole('button', { name: 'Refresh' }).click();
          return log.getByTestId('webhook-delivery').textContent();
        },
        { timeout: 30_000 },
      )
      .toContain('Delivered');
    await context.close();
  });
});
