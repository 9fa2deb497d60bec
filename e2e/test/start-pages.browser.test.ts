import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, launchChromium, signInAs, tabTo } from './browser.fixture.js';
import { DEMO_PERSONS, DEMO_PROVIDERS } from '@casework/contracts';
import { bearer, gql, sharedTestStack, type SharedStack, tokenFor } from './stack.fixture.js';

let stack: SharedStack;
let browser: Browser;
/** A case of Anna Schmidt's and an inquiry to Sonnenhof, for the case and portal inquiry pages. */
let caseId: string;
let inquiryId: string;

beforeAll(async () => {
  [stack, browser] = await Promise.all([sharedTestStack(), launchChromium()]);
  const admin = bearer(await tokenFor(stack, 'admin@demo.casework'));
  const caseworker = bearer(await tokenFor(stack, 'caseworker@demo.casework'));
  const type = await gql<{ createCaseType: { id: string } }>(
    stack,
    'mutation { createCaseType(input: { name: "Home support" }) { id } }',
    {},
    admin,
  );
  const created = await gql<{ createIntegratedCase: { id: string } }>(
    stack,
    'mutation($input: CreateIntegratedCaseInput!) { createIntegratedCase(input: $input) { id } }',
    {
      input: {
        caseTypeId: type.body.data!.createCaseType.id,
        primaryClientId: DEMO_PERSONS.annaSchmidt,
      },
    },
    caseworker,
  );
  caseId = created.body.data!.createIntegratedCase.id;
  const year = new Date().getFullYear() + 1;
  const inquiry = await gql<{ createInquiry: { id: string } }>(
    stack,
    'mutation($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }',
    {
      input: {
        providerId: DEMO_PROVIDERS.sonnenhof,
        personId: DEMO_PERSONS.annaSchmidt,
        serviceId: '0b9e5f5a-0004-4000-8000-000000000001',
        periodFrom: `${year}-05-01`,
        periodTo: `${year}-05-31`,
        details: 'Home care three mornings a week, after a hospital stay.',
        method: 'INTERNET',
      },
    },
    caseworker,
  );
  inquiryId = inquiry.body.data!.createInquiry.id;
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

async function open(width: number, height: number, app: 'agency' | 'portal', email: string) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB' });
  const page = await context.newPage();
  await signInAs(page, stack.urls.gateway, app, email);
  return { context, page };
}

/** Waits until no loading skeleton is left, so the checks see the page's real content. */
const loaded = (page: Page) =>
  expect.poll(() => page.locator('.cw-loading').count(), { timeout: 60_000 }).toBe(0);

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
/**
 * Nothing wider than the screen: the page never scrolls sideways (WCAG 1.4.10 reflow). Gives the
 * elements that reach past the right edge, outside any container that scrolls or clips them.
 */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const x = getComputedStyle(p).overflowX;
        if (x === 'auto' || x === 'scroll' || x === 'hidden' || x === 'clip') return true;
      }
      return false;
    };
    const past = Array.from(document.body.querySelectorAll('*')).filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.right > window.innerWidth + 0.5 && !clipped(el);
    });
    const wide = document.documentElement.scrollWidth - window.innerWidth;
    return [
      ...(wide > 0 ? [`page ${wide} px wider than the screen`] : []),
      ...past
        .filter((el) => !past.some((other) => other !== el && el.contains(other)))
        .slice(0, 10)
        .map((el) => {
          const name = (e: Element) =>
            `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`;
          const path: string[] = [];
          for (let e: Element | null = el; e && path.length < 8; e = e.parentElement)
            path.unshift(name(e));
          return `${path.join(' > ')} right=${Math.round(el.getBoundingClientRect().right)}`;
        }),
    ];
  });

describe('start pages, global search and small screens (issue 16)', () => {
  it('R6.4: the caseworker starts on their start page at 1280 px, and finds a person by a typo with the keyboard only', async () => {
    const { context, page } = await open(1280, 900, 'agency', 'caseworker@demo.casework');
    await expect.poll(() => heading(page)).toBe('Welcome, Clara Caseworker');
    await expect.poll(() => page.getByTestId('tile-waiting-inquiries').count()).toBe(1);
    expect(await page.getByTestId('tile-week-meetings').count()).toBe(1);
    expect(await page.getByTestId('tile-my-actions').count()).toBe(1);
    expect(await page.getByTestId('tile-print-queue').count()).toBe(1);
    expect(await page.getByTestId('tile-to-decide').count()).toBe(0);
    await checkPage(page, 'start-caseworker-1280');
    // Keyboard only: type a name with a typo, arrow down to the first hit, Enter opens it.
    const search = page.getByRole('combobox', { name: /Search persons/ });
    await search.focus();
    await page.keyboard.type('Ana Shmidt');
    const option = page.getByRole('option', { name: /Anna Schmidt/ });
    await expect.poll(() => option.count()).toBe(1);
    await expect.poll(() => search.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('group', { name: 'Persons' }).count()).toBe(1);
    await checkPage(page, 'global-search-1280');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
    expect(await search.getAttribute('aria-activedescendant')).toBe(
      await option.getAttribute('id'),
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('Anna Schmidt');
    await context.close();
  });

  it('R6.4: the supervisor sees the applications to decide', async () => {
    const { context, page } = await open(1280, 900, 'agency', 'supervisor@demo.casework');
    await expect.poll(() => page.getByTestId('tile-to-decide').count()).toBe(1);
    await checkPage(page, 'start-supervisor-1280');
    await context.close();
  });

  for (const [width, height] of [
    [768, 1024],
    [390, 844],
  ] as const) {
    it(`R6.4: at ${width} px the agency app has a menu button with every menu, and nothing runs off the screen`, async () => {
      const { context, page } = await open(width, height, 'agency', 'caseworker@demo.casework');
      await expect.poll(() => heading(page)).toBe('Welcome, Clara Caseworker');
      await loaded(page);
      expect(await overflow(page)).toEqual([]);
      await checkPage(page, `start-caseworker-${width}`);
      const menu = page.getByRole('button', { name: 'Open menu' });
      await menu.click();
      const side = page.locator('#cw-side-nav');
      await expect.poll(() => side.getByRole('link', { name: 'Cases' }).count()).toBe(1);
      expect(await side.getByLabel('Language').count()).toBe(1);
      await checkPage(page, `agency-menu-${width}`);
      await side.getByRole('link', { name: 'Persons' }).click();
      await expect.poll(() => heading(page)).toBe('Persons');
      await expect.poll(() => page.locator('table').count()).toBeGreaterThan(0);
      await loaded(page);
      expect(await overflow(page)).toEqual([]);
      await checkPage(page, `agency-persons-${width}`);
      await page.getByRole('link', { name: 'Anna Schmidt' }).first().click();
      await expect.poll(() => heading(page)).toBe('Anna Schmidt');
      await loaded(page);
      expect(await overflow(page)).toEqual([]);
      await checkPage(page, `agency-person-${width}`);
      if (width === 390) {
        // WCAG 2.1.1: a table wider than the phone is reached with Tab and scrolled with arrows.
        await tabTo(page, '[data-cw-scroll-region]', 200);
        const region = page.locator('[data-cw-scroll-region]:focus');
        expect(await region.getAttribute('aria-label')).toBeTruthy();
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
      }
      await context.close();
    }, 180_000);

    it(`R6.4: at ${width} px the portal has a menu button holding its menus and the language switch`, async () => {
      const { context, page } = await open(width, height, 'portal', 'provider-admin@demo.casework');
      const menu = page.getByRole('button', { name: 'Open menu' });
      await menu.click();
      const side = page.locator('#cw-side-nav');
      await expect.poll(() => side.getByRole('link', { name: 'Inquiries' }).count()).toBe(1);
      expect(await side.getByRole('button', { name: /Support/ }).count()).toBeGreaterThan(0);
      expect(await side.getByLabel('Language').count()).toBe(1);
      await checkPage(page, `portal-menu-${width}`);
      await side.getByRole('link', { name: 'Inquiries' }).click();
      await expect.poll(() => page.url()).toMatch(/\/portal\/inquiries$/);
      await loaded(page);
      expect(await overflow(page)).toEqual([]);
      await checkPage(page, `portal-inquiries-${width}`);
      await context.close();
    }, 180_000);

    it(`R6.4: at ${width} px the sign-in page, a case page and the portal inquiry page fit and pass axe`, async () => {
      const signIn = await browser.newContext({ viewport: { width, height }, locale: 'en-GB' });
      const signInPage = await signIn.newPage();
      await signInPage.goto(`${stack.urls.gateway}/agency/sign-in`);
      await expect.poll(() => signInPage.getByLabel('Email').count()).toBe(1);
      expect(await overflow(signInPage)).toEqual([]);
      await checkPage(signInPage, `agency-sign-in-${width}`);
      await signIn.close();

      const agency = await open(width, height, 'agency', 'caseworker@demo.casework');
      await agency.page.goto(`${stack.urls.gateway}/agency/cases/${caseId}`);
      await expect.poll(() => heading(agency.page)).toMatch(/^Integrated case IC-/);
      await loaded(agency.page);
      expect(await overflow(agency.page)).toEqual([]);
      await checkPage(agency.page, `agency-case-${width}`);
      await agency.context.close();

      const portal = await open(width, height, 'portal', 'provider@demo.casework');
      await portal.page.goto(`${stack.urls.gateway}/portal/inquiries/${inquiryId}`);
      await expect
        .poll(() => portal.page.getByText('Home care three mornings a week').count())
        .toBeGreaterThan(0);
      await loaded(portal.page);
      expect(await overflow(portal.page)).toEqual([]);
      await checkPage(portal.page, `portal-inquiry-${width}`);
      await portal.context.close();
    }, 180_000);
  }
});
