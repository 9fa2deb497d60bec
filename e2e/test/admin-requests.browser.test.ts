import { samplePdf, startTestSmtp, type TestSmtp } from '@casework/testing';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack } from '@casework/stack';
import { checkPage, launchChromium, newPage, signInAs, tabTo } from './browser.fixture.js';
import { bearer, gql, startTestStack, tokenFor } from './stack.fixture.js';

let smtp: TestSmtp;
let stack: Stack;
let browser: Browser;
const SOLO = { email: 'sofia@solo.example', password: 'solo-passphrase-2026' };

beforeAll(async () => {
  smtp = await startTestSmtp();
  // One after the other: on a loaded machine the stack's processes start within their 60 s.
  stack = await startTestStack({ smtpUrl: smtp.url });
  browser = await launchChromium();
  // A provider without branches, with its own administrator (invited and accepted through the gateway).
  const admin = bearer(await tokenFor(stack, 'admin@demo.casework'));
  const provider = await gql<{ registerProvider: { id: string } }>(
    stack,
    `mutation { registerProvider(input: { name: "Solo Pflege", email: "office@solo.example" }) { id } }`,
    {},
    admin,
  );
  await gql(
    stack,
    `mutation($providerId: ID!) { invitePortalUser(providerId: $providerId, input: { email: "${SOLO.email}", name: "Sofia Solo", role: PROVIDER_ADMIN }) { id } }`,
    { providerId: provider.body.data!.registerProvider.id },
    admin,
  );
  const mail = await smtp.waitFor((m) => m.to.includes(SOLO.email), 20_000);
  const token = /#token=([A-Za-z0-9_-]+)/.exec(mail.text)![1];
  const accepted = await fetch(`${stack.urls.gateway}/auth/accept-invitation`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password: SOLO.password }),
  });
  expect(accepted.status).toBe(200);
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await smtp?.stop();
});

/**
 * The support agent signs in on their start page (R6.4, issue 16), sees the new request in the
 * "New requests" tile (the page once went blank here when that tile formatted a timestamp as a
 * calendar date), and opens the desk from the menu.
 */
async function openSupportDesk(page: Page, reference: string): Promise<void> {
  await signInAs(page, stack.urls.gateway, 'agency', 'support@demo.casework');
  await expect.poll(() => heading(page)).toBe('Welcome, Sam Support');
  await expect.poll(() => page.getByTestId('tile-desk-new').textContent()).toContain(reference);
  expect(await page.getByTestId('page-failed').count()).toBe(0);
  await page.getByRole('link', { name: 'Support desk', exact: true }).first().click();
  await expect.poll(() => heading(page)).toBe('Support desk');
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const step = (page: Page) => page.getByTestId('assistant-step').textContent();
const stepLabels = (page: Page) => page.locator('.cds--progress-label').allTextContents();

describe('administrative requests in the portal (browser, R5)', () => {
  it('R5.2-R5.9: Sonnenhof\u2019s administrator goes through the assistant by keyboard: account step, category, number, HIPAA modal declined then confirmed, preview, success links', async () => {
    const { context, page } = await newPage(browser);
    await signInAs(page, stack.urls.gateway, 'portal', 'provider-admin@demo.casework');
    await expect.poll(() => heading(page)).toBe('Start');
    await expect.poll(() => page.getByTestId('portal-user-row').count()).toBeGreaterThan(0);
    await checkPage(page, 'portal-start-admin');
    // The start page's entry point, top right.
    await tabTo(page, 'a[href="/portal/support/assistant"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('Support assistant');
    // R5.4: Sonnenhof has branches, so the account step is there.
    await expect
      .poll(() => stepLabels(page))
      .toEqual(['Request type', 'Account', 'Category', 'Details', 'File', 'Preview']);
    await checkPage(page, 'portal-assistant-type');
    await tabTo(page, 'button.cds--btn--primary');
    await page.keyboard.press('Enter');
    await expect.poll(() => step(page)).toBe('Account');
    // Next without an account names the field.
    await tabTo(page, 'button.cds--btn--primary');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Required').count()).toBeGreaterThan(0);
    await tabTo(page, '#request-account');
    await page.keyboard.type('Sonnenhof N');
    await expect.poll(() => page.locator('#request-account').inputValue()).not.toBe('');
    await checkPage(page, 'portal-assistant-account');
    await tabTo(page, 'button.cds--btn--primary');
    await page.keyboard.press('Enter');
    await expect.poll(() => step(page)).toBe('Category');
    await tabTo(page, '#request-category');
    await page.keyboard.type('Invoice');
    await tabTo(page, 'button.cds--btn--primary');
    await page.keyboard.press('Enter');
    await expect.poll(() => step(page)).toBe('Details');
    // R5.6: the invoice number is asked for, in its format.
    await tabTo(page, '#request-reference-number');
    await page.keyboard.type('12345');
    await tabTo(page, '#request-subject');
    await page.keyboard.type('Invoice for November');
    await tabTo(page, '#request-description');
    await page.keyboard.type('Two visits are missing on the invoice.');
    await tabTo(page, 'button.cds--btn--primary');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Not in the expected form').count()).toBe(1);
    await checkPage(page, 'portal-assistant-details');
    await page.locator('#request-reference-number').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('RE-2026-00123');
    await tabTo(page, 'button.cds--btn--primary');
    await page.keyboard.press('Enter');
    await expect.poll(() => step(page)).toBe('File');

    // R5.7: declining the no-PHI confirmation leaves no way to choose a file.
    await tabTo(page, 'button.cds--btn--tertiary');
    await page.keyboard.press('Enter');
    const modal = page.getByRole('dialog', { name: 'No protected health information' });
    await expect.poll(() => modal.isVisible()).toBe(true);
    await checkPage(page, 'portal-assistant-no-phi');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('no-phi-declined').count()).toBe(1);
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    // Confirmed: the uploader appears; a PDF is chosen with the keyboard and uploaded at once.
    await tabTo(page, 'button.cds--btn--tertiary');
    await page.keyboard.press('Enter');
    await tabTo(page, '.cds--modal-container button.cds--btn--primary');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('input[type="file"]').count()).toBe(1);
    const chooser = page.waitForEvent('filechooser', { timeout: 120_000 });
    await tabTo(page, '.cds--file-browse-btn');
    await page.keyboard.press('Enter');
    await (
      await chooser
    ).setFiles({ name: 'Rechnung.pdf', mimeType: 'application/pdf', buffer: samplePdf(40_000) });
    await expect
      .poll(() => page.getByText('Chosen: Rechnung.pdf', { exact: false }).count())
      .toBe(1);
    await checkPage(page, 'portal-assistant-file');
    await tabTo(page, 'button.cds--btn--primary');
    await page.keyboard.press('Enter');

    // R5.8: the preview shows what will be sent.
    await expect.poll(() => step(page)).toBe('Preview');
    const preview = page.getByTestId('request-preview');
    for (const text of [
      'Sonnenhof Neukölln',
      'Invoice query',
      'RE-2026-00123',
      'Invoice for November',
      'Two visits are missing on the invoice.',
      'Rechnung.pdf',
    ])
      await expect.poll(() => preview.textContent()).toContain(text);
    await checkPage(page, 'portal-assistant-preview');
    await tabTo(page, 'button.cds--btn--primary');
    await page.keyboard.press('Enter');

    // R5.9: success with the reference and the two links.
    await expect.poll(() => page.getByText(/sent with the reference AR-/).count()).toBe(1);
    await checkPage(page, 'portal-assistant-success');
    const reference = /AR-[0-9A-Z]{8}/.exec(
      (await page.getByText(/sent with the reference/).textContent())!,
    )![0];
    expect(await page.getByRole('link', { name: 'Support dashboard' }).getAttribute('href')).toBe(
      '/portal/support',
    );
    await tabTo(page, 'a[href^="/portal/support/requests/"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe(`Request ${reference}`);
    await expect
      .poll(() => page.getByTestId('request-message').textContent())
      .toContain('Two visits are missing');
    // R5.7: the administrator sees the file in the request and can open it.
    const ownLink = page.getByRole('link', { name: 'Download Rechnung.pdf' });
    await expect.poll(() => ownLink.count()).toBe(1);
    await checkPage(page, 'portal-request');
    await page.goto(`${stack.urls.gateway}/portal/support`);
    await expect.poll(() => heading(page)).toBe('Support requests');
    await expect
      .poll(() => page.getByTestId('request-row').first().textContent())
      .toContain(reference);
    await checkPage(page, 'portal-support-dashboard');
    await context.close();

    // R5.7: the support desk sees the file and downloads it.
    const agency = await newPage(browser);
    await openSupportDesk(agency.page, reference);
    await agency.page.getByRole('link', { name: reference }).click();
    await expect.poll(() => heading(agency.page)).toContain(reference);
    const deskLink = agency.page.getByRole('link', { name: 'Download Rechnung.pdf' });
    await expect.poll(() => deskLink.count()).toBe(1);
    const download = agency.page.waitForEvent('download');
    await deskLink.click();
    expect((await download).suggestedFilename()).toBe('Rechnung.pdf');
    await agency.context.close();
  }, 300_000);

  it('R5.4: without branches the assistant has no account step; the one-page form sends with a preview (R5.2, R5.8, R5.9)', async () => {
    const { context, page } = await newPage(browser);
    await signInAs(page, stack.urls.gateway, 'portal', SOLO.email, SOLO.password);
    await page.getByRole('link', { name: 'Create', exact: true }).click();
    await page.getByRole('link', { name: 'Support assistant' }).first().click();
    await expect
      .poll(() => stepLabels(page))
      .toEqual(['Request type', 'Category', 'Details', 'File', 'Preview']);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => step(page)).toBe('Category');
    await checkPage(page, 'portal-assistant-no-branches');

    await page.getByRole('link', { name: 'Create', exact: true }).click();
    await page.getByRole('link', { name: 'Create ticket' }).first().click();
    await expect.poll(() => heading(page)).toBe('Create ticket');
    expect(await page.locator('#request-account').count()).toBe(0);
    await page.locator('#request-category').selectOption({ label: 'Other' });
    expect(await page.locator('#request-reference-number').count()).toBe(0);
    await page.getByLabel('Subject').fill('Change of our bank account');
    await page.getByLabel('Description').fill('From January our IBAN changes.');
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect
      .poll(() => page.getByTestId('request-preview').textContent())
      .toContain('Solo Pflege');
    await checkPage(page, 'portal-form-preview');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.getByText(/sent with the reference AR-/).count()).toBe(1);
    await page.getByRole('link', { name: 'Support dashboard' }).click();
    await expect
      .poll(() => page.getByTestId('request-row').textContent())
      .toContain('Change of our bank account');
    await context.close();
  }, 300_000);

  it('R5.1, R6.1: the provider user reads only; a reply from the support desk appears live in the open portal page', async () => {
    const created = await gql<{ createAdministrativeRequest: { id: string; reference: string } }>(
      stack,
      `mutation($input: CreateAdministrativeRequestInput!) { createAdministrativeRequest(input: $input) { id reference } }`,
      {
        input: {
          accountId: '0b9e5f5a-0005-4000-8000-000000000002',
          categoryId: (
            await gql<{ administrativeRequestCategories: { id: string; code: string }[] }>(
              stack,
              `{ administrativeRequestCategories { id code } }`,
              {},
              bearer(await tokenFor(stack, 'provider-admin@demo.casework')),
            )
          ).body.data!.administrativeRequestCategories.find((c) => c.code === 'OTHER')!.id,
          subject: 'Meal deliveries contract',
          description: 'Please send us the current contract.',
        },
      },
      bearer(await tokenFor(stack, 'provider-admin@demo.casework')),
    );
    const { id, reference } = created.body.data!.createAdministrativeRequest;
    const portal = await newPage(browser);
    await signInAs(portal.page, stack.urls.gateway, 'portal', 'provider@demo.casework');
    expect(await portal.page.getByRole('link', { name: 'Create', exact: true }).count()).toBe(0);
    await portal.page.goto(`${stack.urls.gateway}/portal/support/requests/${id}`);
    await expect.poll(() => heading(portal.page)).toBe(`Request ${reference}`);
    expect(await portal.page.locator('#request-reply').count()).toBe(0);
    await checkPage(portal.page, 'portal-request-read-only');

    const agency = await newPage(browser);
    await openSupportDesk(agency.page, reference);
    await expect.poll(() => agency.page.getByTestId('desk-row').count()).toBeGreaterThan(0);
    await checkPage(agency.page, 'agency-support-desk');
    await agency.page.getByRole('link', { name: reference }).click();
    await expect.poll(() => heading(agency.page)).toContain(reference);
    await agency.page.getByRole('button', { name: 'Assign to me' }).click();
    await expect.poll(() => agency.page.locator('#desk-assignee').inputValue()).not.toBe('');
    await agency.page.getByLabel('Internal note', { exact: true }).check({ force: true });
    await agency.page.locator('#desk-text').fill('Contract is with legal');
    await agency.page.getByRole('button', { name: 'Save internal note' }).click();
    await expect.poll(() => agency.page.getByTestId('internal-note').count()).toBe(1);
    await agency.page.getByLabel('Reply to the provider', { exact: true }).check({ force: true });
    await agency.page.locator('#desk-text').fill('The contract is attached to our next letter.');
    await agency.page.getByRole('button', { name: 'Send reply' }).click();
    await checkPage(agency.page, 'agency-desk-request');

    // Live in the portal, without reloading; the internal note never shows.
    await expect
      .poll(() => portal.page.getByTestId('request-message').allTextContents(), { timeout: 30_000 })
      .toContainEqual(expect.stringContaining('The contract is attached to our next letter.'));
    expect(await portal.page.getByText('Contract is with legal').count()).toBe(0);
    await agency.context.close();
    await portal.context.close();
  }, 300_000);
});
