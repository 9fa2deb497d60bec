import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import {
  type Browser,
  type BrowserContext,
  type BrowserServer,
  chromium,
  type Page,
} from 'playwright-core';
import { DEMO_PASSWORD } from '@casework/gateway';
import { expect, inject } from 'vitest';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
export const SCREENSHOT_DIR = join(repoRoot, 'test-artifacts/screenshots');

/** Debian's Chromium (see .ci/run); never skipped: without it the browser tests fail and say why. */
export async function startChromiumServer(): Promise<BrowserServer> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}. The browser tests need one: install it with ` +
        '`apt-get update && apt-get install -y chromium` (bash .ci/run does this), or set CHROMIUM_PATH.',
    );
  }
  return chromium.launchServer({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * The run's Chromium (test/shared.setup.ts starts it once): each file connects, opens its own
 * contexts, and `close()` closes those and disconnects.
 */
export async function launchChromium(): Promise<Browser> {
  const res = await fetch(`${inject('sharedUrl')}/browser`);
  if (!res.ok) throw new Error(`Chromium did not start:\n${await res.text()}`);
  return chromium.connect(await res.text());
}

/**
 * Scans the page with axe-core (WCAG 2.1 A and AA) and fails on any serious or critical
 * violation; keeps a screenshot of what was scanned as a test artifact.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Legacy mode runs axe.run in the page itself: the default (runPartial) sends every result
    // back and finishes in a new blank page, which took about 40% longer per scan here. Our pages
    // have no cross-origin frames, the one thing legacy mode does not scan. Only violations are
    // reported, so axe builds no selectors for the passing nodes.
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const blocking = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const report = blocking.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  expect(report, `accessibility violations on ${name}`).toEqual([]);
}

/** Presses Tab until the element matching the selector has focus (keyboard-only flows). */
export async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** A fresh browser context (own cookies) in English at a laptop size. */
export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
  });
  return { context, page: await context.newPage() };
}

/** Signs in through the app's sign-in page with a demo account. */
export async function signInAs(
  page: Page,
  gatewayUrl: string,
  app: 'agency' | 'portal',
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(`${gatewayUrl}/${app}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  const response = page.waitForResponse((r) => r.url().endsWith('/auth/sign-in'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect((await response).status()).toBe(200);
  await expect.poll(() => page.url()).not.toMatch(/sign-in$/);
}
