import { DEMO_PERSONS } from '@casework/contracts';
import { samplePdf } from '@casework/testing';
import { type Browser, type Page } from 'playwright-core';
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack } from '@casework/stack';
import { checkPage, launchChromium, newPage, signInAs, tabTo } from './browser.fixture.js';
import { bearer, gql, startTestStack, tokenFor } from './stack.fixture.js';

// The letters screens of the agency app (R2.2, R2.3, R2.5, R3.5): the referral dialog with its
// letter step driven by the keyboard alone, the print queue, the communications section and the
// record dialog, template administration; axe on every page and dialog.

let stack: Stack;
let browser: Browser;
let caseId = '';
const tag = Date.now().toString(36);

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchChromium()]);
  const token = await tokenFor(stack, 'caseworker@demo.casework');
  const types = await gql<{ caseTypes: { id: string }[] }>(
    stack,
    `{ caseTypes { id } }`,
    {},
    bearer(token),
  );
  // Marco Rossi prefers post and lives in Rome: his letters are Italian and printed.
  const created = await gql<{ createIntegratedCase: { id: string } }>(
    stack,
    `mutation($input: CreateIntegratedCaseInput!) { createIntegratedCase(input: $input) { id } }`,
    {
      input: {
        caseTypeId: types.body.data!.caseTypes[0]!.id,
        primaryClientId: DEMO_PERSONS.marcoRossi,
        startDate: new Date().toISOString().slice(0, 10),
      },
    },
    bearer(token),
  );
  expect(created.body.errors).toBeUndefined();
  caseId = created.body.data!.createIntegratedCase.id;
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName ?? '');

describe('letters in the agency app (R2, R3.5)', () => {
  it('R2.2, R2.5: a caseworker refers a client with the keyboard only, writes both letters and leaves them to print later; the referral status changes', async () => {
    const { context, page } = await newPage(browser);
    await signInAs(page, stack.urls.gateway, 'agency', 'caseworker@demo.casework');
    await page.goto(`${stack.urls.gateway}/agency/cases/${caseId}`);
    await expect
      .poll(() => page.getByRole('button', { name: 'Refer to a provider' }).count())
      .toBe(1);

    await tabTo(page, '[data-testid="refer-button"]', 200);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Refer the client to a provider' });
    await expect.poll(() => focused(page)).toBe('referral-provider');
    await expect
      .poll(() => dialog.locator('#referral-provider option').count(), { timeout: 30_000 })
      .toBeGreaterThan(1);
    // Native selects take typed letters from the keyboard.
    await page.keyboard.type('Sonnenhof');
    await expect.poll(() => dialog.locator('#referral-service').isEnabled()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('referral-service');
    await page.keyboard.type('Home care');
    expect(await dialog.getByLabel('Service').inputValue()).not.toBe('');
    await checkPage(page, 'agency-referral-dialog-details');
    expect(
      await page
        .locator('.cds--modal.is-visible .cds--modal-footer .cds--btn--primary')
        .textContent(),
    ).toBe('Next: letters');
    await tabTo(page, '.cds--modal.is-visible .cds--modal-footer .cds--btn--primary');
    await page.keyboard.press('Enter');

    await expect.poll(() => dialog.getByText('Step 2 of 2').count()).toBe(1);
    await expect.poll(() => focused(page)).toBe('referral-client-text');
    await page.keyboard.type(`Il servizio la contatterà ${tag}.`);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('referral-provider-text');
    await page.keyboard.type(`Herr Rossi braucht Hilfe ${tag}.`);
    await tabTo(page, '#referral-send-now');
    await page.keyboard.press('ArrowDown');
    expect(await dialog.getByLabel(/Print later/).isChecked()).toBe(true);
    await checkPage(page, 'agency-referral-dialog-letters');
    expect(
      await page
        .locator('.cds--modal.is-visible .cds--modal-footer .cds--btn--primary')
        .textContent(),
    ).toBe('Refer and queue letters');
    await tabTo(page, '.cds--modal.is-visible .cds--modal-footer .cds--btn--primary');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count(), { timeout: 30_000 }).toBe(0);

    const status = page.getByLabel('Status of the referral for Home care');
    await expect.poll(() => status.count(), { timeout: 30_000 }).toBe(1);
    expect(await status.inputValue()).toBe('OPEN');
    await status.focus();
    await page.keyboard.type('Accepted');
    await expect.poll(() => status.inputValue(), { timeout: 30_000 }).toBe('ACCEPTED');
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Status of the referral for Home care').inputValue(), {
        timeout: 30_000,
      })
      .toBe('ACCEPTED');

    // Both letters appear in the case's communications, waiting to be printed.
    const rows = page
      .getByTestId('communications-table')
      .getByRole('row')
      .filter({ hasText: 'To print' });
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(2);
    await checkPage(page, 'agency-case-with-referral');
    await context.close();
  }, 300_000);

  it('R2.3, R2.5: the print queue prints the letters as one PDF, marks them posted, and a letter printed for hand-over opens at once', async () => {
    const { context, page } = await newPage(browser);
    await signInAs(page, stack.urls.gateway, 'agency', 'caseworker@demo.casework');
    // One more letter, written in the record dialog, to hand over.
    await page.goto(`${stack.urls.gateway}/agency/persons/${DEMO_PERSONS.marcoRossi}`);
    await page.getByRole('button', { name: 'Record communication' }).click();
    const record = page.getByRole('dialog', { name: 'Record communication' });
    await record.getByLabel('Kind').selectOption('LETTER');
    await record.getByLabel('Direction').selectOption('OUTGOING');
    // A letter to a third party about the client, so its row is told apart in the queue.
    await record.getByLabel('With', { exact: true }).selectOption('THIRD_PARTY');
    await record.getByLabel('Name of the correspondent').fill(`Consegna ${tag}`);
    await record.getByLabel('Subject').fill(`Consegna ${tag}`);
    await record.getByLabel('Text', { exact: true }).fill('La lettera per l’appuntamento.');
    expect(await record.getByLabel(/Postal address/).inputValue()).toContain('Via Garibaldi 21');
    await checkPage(page, 'agency-record-letter-dialog');
    await record.getByRole('button', { name: 'Record', exact: true }).click();
    await expect.poll(() => record.count(), { timeout: 30_000 }).toBe(0);

    await page.goto(`${stack.urls.gateway}/agency/print-queue`);
    const queue = page.getByTestId('print-queue');
    const handOverRow = queue.getByRole('row').filter({ hasText: `Consegna ${tag}` });
    await expect.poll(() => handOverRow.count(), { timeout: 30_000 }).toBe(1);
    await checkPage(page, 'agency-print-queue');
    const popup = context.waitForEvent('page');
    await handOverRow.getByRole('button', { name: /Print for hand-over/ }).click();
    const opened = await popup;
    await expect.poll(() => opened.url(), { timeout: 30_000 }).toMatch(/\/files\//);
    await expect.poll(() => handOverRow.count(), { timeout: 30_000 }).toBe(0);

    const referralRows = queue.getByRole('row').filter({ hasText: 'Marco Rossi' });
    const all = await queue.getByRole('row').count();
    expect(all).toBeGreaterThanOrEqual(3); // header + two referral letters (client, provider)
    // Carbon draws the checkbox in its label, which takes the click.
    await page.locator('label[for="select-all"]').click();
    expect(await page.getByLabel('Select all').isChecked()).toBe(true);
    await page.getByRole('button', { name: /Print selected as one PDF/ }).click();
    const batch = page.getByTestId('print-batch');
    await expect.poll(() => batch.count(), { timeout: 60_000 }).toBe(1);
    const href = await batch
      .getByRole('link', { name: 'Open the PDF to print' })
      .getAttribute('href');
    const pdf = await context.request.get(new URL(href!, stack.urls.gateway).toString());
    expect(pdf.status()).toBe(200);
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // One page set per letter: at least as many pages as letters printed.
    const pages = (await getDocumentProxy(new Uint8Array(bytes))).numPages;
    expect(pages).toBeGreaterThanOrEqual(all - 1);
    await checkPage(page, 'agency-print-queue-printed');
    await batch.getByRole('button', { name: /Mark as posted/ }).click();
    await expect
      .poll(() => page.getByText(/Letters marked as posted/).count(), { timeout: 30_000 })
      .toBe(1);
    expect(await referralRows.count()).toBe(0);
    await context.close();
  }, 300_000);

  it('R3.5: the communications section lists, filters and records calls; incoming letters take a scan, and Record waits while it uploads; every page passes axe', async () => {
    const { context, page } = await newPage(browser);
    await signInAs(page, stack.urls.gateway, 'agency', 'caseworker@demo.casework');
    await page.goto(`${stack.urls.gateway}/agency/persons/${DEMO_PERSONS.marcoRossi}`);
    const table = page.getByTestId('communications-table');
    await expect
      .poll(() => table.getByRole('row').filter({ hasText: 'Posted' }).count(), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(1);

    await page.getByRole('button', { name: 'Record communication' }).click();
    const record = page.getByRole('dialog', { name: 'Record communication' });
    await record.getByLabel('Subject').fill(`Anruf ${tag}`);
    await record.getByLabel('Text', { exact: true }).fill('Fragt nach dem Pflegedienst.');
    await record.getByRole('button', { name: 'Record', exact: true }).click();
    await expect.poll(() => record.count(), { timeout: 30_000 }).toBe(0);
    await expect
      .poll(() =>
        table
          .getByRole('row')
          .filter({ hasText: `Anruf ${tag}` })
          .count(),
      )
      .toBe(1);

    // An incoming letter is recorded with its scan (files capability, purpose LETTER).
    await page.getByRole('button', { name: 'Record communication' }).click();
    await record.getByLabel('Kind').selectOption('LETTER');
    await record.getByLabel('Subject').fill(`Brief ${tag}`);
    await record.getByLabel('Text', { exact: true }).fill('Antwort des Klienten, eingescannt.');
    // The upload is held back until the test lets it go: meanwhile Record stays disabled.
    let releaseUpload = () => {};
    const held = new Promise<void>((resolve) => (releaseUpload = resolve));
    await page.route('**/files/uploads/**', async (route) => {
      await held;
      await route.continue();
    });
    const recordButton = record.getByRole('button', { name: 'Record', exact: true });
    expect(await recordButton.isEnabled()).toBe(true);
    await record.locator('input[type=file]').setInputFiles({
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf(20_000),
    });
    await expect.poll(() => recordButton.isDisabled()).toBe(true);
    releaseUpload();
    await expect
      .poll(() => record.locator('.cds--file-complete').count(), {
        timeout: 60_000,
      })
      .toBe(1);
    await page.unroute('**/files/uploads/**');
    await expect.poll(() => recordButton.isEnabled()).toBe(true);
    await checkPage(page, 'agency-record-incoming-letter');
    await record.getByRole('button', { name: 'Record', exact: true }).click();
    await expect.poll(() => record.count(), { timeout: 30_000 }).toBe(0);
    const scanned = table.getByRole('row').filter({ hasText: `Brief ${tag}` });
    await expect.poll(() => scanned.count()).toBe(1);
    expect(await scanned.getByText('Received').count()).toBe(1);
    expect(await scanned.getByRole('link', { name: /Open PDF/ }).count()).toBe(1);

    await page.locator('#communications-kind').selectOption('PHONE_CALL');
    await expect.poll(() => table.getByRole('row').filter({ hasText: 'Posted' }).count()).toBe(0);
    await expect
      .poll(() =>
        table
          .getByRole('row')
          .filter({ hasText: `Anruf ${tag}` })
          .count(),
      )
      .toBe(1);
    await page.locator('#communications-kind').selectOption('');
    await page.locator('#communications-direction').selectOption('INCOMING');
    await expect.poll(() => table.getByRole('row').filter({ hasText: 'Posted' }).count()).toBe(0);
    await page.locator('#communications-direction').selectOption('');
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await page.locator('#communications-from').fill(tomorrow);
    await expect
      .poll(() =>
        table
          .getByRole('row')
          .filter({ hasText: `Anruf ${tag}` })
          .count(),
      )
      .toBe(0);
    await page.locator('#communications-from').fill('');
    await checkPage(page, 'agency-person-communications');

    // The integrated case and the template administration pass the scan too.
    await page.goto(`${stack.urls.gateway}/agency/cases/${caseId}`);
    await expect
      .poll(() => page.getByTestId('communications-table').getByRole('row').count(), {
        timeout: 30_000,
      })
      .toBeGreaterThan(1);
    await checkPage(page, 'agency-case-communications');
    await context.close();

    const admin = await newPage(browser);
    await signInAs(admin.page, stack.urls.gateway, 'agency', 'admin@demo.casework');
    await admin.page.goto(`${stack.urls.gateway}/agency/letter-templates`);
    await expect
      .poll(() => admin.page.getByRole('cell', { name: '{{ recipient.name }}' }).count(), {
        timeout: 30_000,
      })
      .toBe(1);
    await admin.page.getByLabel('Subject').fill('Invio a {{ provider.name }}');
    await admin.page
      .getByLabel('Text of the letter')
      .fill('Gentile {{ recipient.name }},\n\n{{ text }}\n\n{{ nonsense }}');
    await admin.page.getByRole('button', { name: 'Publish as new version' }).click();
    await expect
      .poll(() => admin.page.getByText(/unknown placeholder/).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await admin.page
      .getByLabel('Text of the letter')
      .fill('Gentile {{ recipient.name }},\n\n{{ text }}');
    await admin.page.getByRole('button', { name: 'Preview as PDF' }).click();
    await expect
      .poll(() => admin.page.getByTestId('template-preview').count(), { timeout: 30_000 })
      .toBe(1);
    await checkPage(admin.page, 'agency-letter-templates');
    await admin.page.getByRole('button', { name: 'Publish as new version' }).click();
    await expect
      .poll(() => admin.page.getByTestId('template-version').textContent(), { timeout: 30_000 })
      .toMatch(/Version 1/);
    await admin.context.close();
  }, 300_000);
});
