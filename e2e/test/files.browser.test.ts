import { DEMO_PERSONS } from '@casework/contracts';
import { samplePdf } from '@casework/testing';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, launchChromium, newPage, signInAs, tabTo } from './browser.fixture.js';
import { sharedTestStack, type SharedStack } from './stack.fixture.js';

let stack: SharedStack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([sharedTestStack(), launchChromium()]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

describe('attachments in the agency app (R3.4)', () => {
  it('R3.4: a caseworker uploads a PDF with the keyboard, sees its progress and the file in the list; the page passes the accessibility scan', async () => {
    const { context, page } = await newPage(browser);
    await signInAs(page, stack.urls.gateway, 'agency', 'caseworker@demo.casework');
    await page.goto(`${stack.urls.gateway}/agency/persons/${DEMO_PERSONS.annaSchmidt}`);
    await expect.poll(() => page.getByRole('heading', { name: 'Attachments' }).count()).toBe(1);
    // Slow the upload down so the progress bar is there to be seen.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 2 * 1024 * 1024,
    });
    // Listen before moving focus, so the browser is set to report the chooser when Enter opens it.
    const chooser = page.waitForEvent('filechooser', { timeout: 120_000 });
    await tabTo(page, '.cds--file-browse-btn', 300);
    await page.keyboard.press('Enter');
    await (
      await chooser
    ).setFiles({
      name: 'Birth certificate.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf(6_000_000),
    });
    const progress = page.getByRole('progressbar', { name: 'Uploading Birth certificate.pdf' });
    await expect.poll(() => progress.count()).toBe(1);
    await expect
      .poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 60_000 })
      .toBeGreaterThan(0);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    const row = page.getByRole('row').filter({ hasText: 'Birth certificate.pdf' });
    await expect.poll(() => row.count(), { timeout: 60_000 }).toBe(1);
    await expect
      .poll(() => row.getByRole('link', { name: 'Download Birth certificate.pdf' }).count())
      .toBe(1);
    // The uploader says the file went in (a refetch of another kind of record once made it say
    // "Upload refused" although the file was attached).
    await expect
      .poll(() => page.locator('.cds--file__state-container .cds--file-complete').count())
      .toBe(1);
    expect(await page.getByText('Upload refused').count()).toBe(0);
    await checkPage(page, 'agency-person-attachments');
    await context.close();
  }, 240_000);
});
