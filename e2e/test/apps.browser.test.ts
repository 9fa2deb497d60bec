import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, signSessionToken } from '@casework/gateway';
import { Role } from '@casework/kit';
import { DEMO_PERSONS, DEMO_PROVIDERS } from '@casework/contracts';
import getPort from 'get-port';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack } from '@casework/stack';
import { checkPage, launchChromium, tabTo } from './browser.fixture.js';
import { SECRETS, startTestStack } from './stack.fixture.js';

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
  });
  return { context, page: await context.newPage() };
}

async function signIn(page: Page, app: 'agency' | 'portal', email: string) {
  await page.goto(`${stack.urls.gateway}/${app}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  const response = page.waitForResponse((r) => r.url().endsWith('/auth/sign-in'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect((await response).status()).toBe(200);
  await expect.poll(() => page.url()).not.toMatch(/sign-in$/);
  // Staff land on their start page (issue 16); these tests begin at the persons list, where staff
  // who may read persons landed before.
  if (app !== 'agency') return;
  await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
  const persons = page.getByRole('link', { name: 'Persons', exact: true }).first();
  if ((await persons.count()) > 0) {
    await persons.click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Persons');
  }
}

describe('agency app (browser)', () => {
  it('signs in with the keyboard only, and the sign-in page passes the accessibility scan', async () => {
    const { context, page } = await newPage();
    await page.goto(`${stack.urls.gateway}/agency/`);
    await expect.poll(() => page.url()).toMatch(/\/agency\/sign-in$/);
    await checkPage(page, 'agency-sign-in');
    await tabTo(page, '#sign-in-email');
    await page.keyboard.type('caseworker@demo.casework');
    await tabTo(page, '#sign-in-password');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    // Issue 16: staff start on their start page.
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Welcome, Clara Caseworker');
    await page.getByRole('link', { name: 'Persons' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Persons');
    await expect
      .poll(() => page.getByTestId('signed-in-user').textContent())
      .toBe('Clara Caseworker');
    await checkPage(page, 'agency-persons');
    await context.close();
  });

  it('tells a wrong password in words and stays on sign-in', async () => {
    const { context, page } = await newPage();
    await page.goto(`${stack.urls.gateway}/agency/sign-in`);
    await page.getByLabel('Email').fill('caseworker@demo.casework');
    await page.getByLabel('Password', { exact: true }).fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByText('The email or password is wrong.').count()).toBe(1);
    await context.close();
  });

  it('searches persons, opens one, adds a note and edits it with the keyboard, and shows its history (R3.3)', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'agency', 'caseworker@demo.casework');
    await page.getByRole('searchbox', { name: 'Search persons' }).fill('Rossi');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('link', { name: 'Marco Rossi' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Marco Rossi');
    await checkPage(page, 'agency-person');

    // Keyboard only from here: write the note, save it, edit it, open its history.
    await tabTo(page, '#new-note-text');
    await page.keyboard.type('Asked for a home visit next week.');
    await tabTo(page, 'form[aria-label="Add note"] button[type="submit"]');
    await page.keyboard.press('Enter');
    const note = page.getByTestId('note').filter({ hasText: 'Asked for a home visit next week.' });
    await expect.poll(() => note.count()).toBe(1);
    await note.getByRole('button', { name: 'Edit' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('edit-note-text');
    await checkPage(page, 'agency-note-edit');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Asked for a home visit on Tuesday.');
    await tabTo(page, '.cds--modal.is-visible .cds--btn--primary');
    await page.keyboard.press('Enter');
    const edited = page
      .getByTestId('note')
      .filter({ hasText: 'Asked for a home visit on Tuesday.' });
    await expect.poll(() => edited.count()).toBe(1);
    await expect.poll(() => edited.textContent()).toContain('edited once');
    await edited.getByRole('button', { name: 'History' }).focus();
    await page.keyboard.press('Enter');
    const versions = page.getByTestId('note-version');
    await expect.poll(() => versions.count()).toBe(2);
    expect(await versions.nth(0).textContent()).toContain('Asked for a home visit on Tuesday.');
    expect(await versions.nth(1).textContent()).toContain('Asked for a home visit next week.');
    expect(await versions.nth(1).textContent()).toContain('Clara Caseworker');
    await checkPage(page, 'agency-note-history');
    await page.keyboard.press('Escape');
    await context.close();
  });

  it('switches to German and Italian: texts, dates and counts follow the language', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'agency', 'supervisor@demo.casework');
    await page.getByRole('link', { name: 'Anna Schmidt' }).click();
    await expect.poll(() => page.getByText('Mar 12, 1984').count()).toBe(1);
    await page.getByLabel('Language').selectOption('de');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Notizen', exact: true }).count())
      .toBe(1);
    await expect.poll(() => page.getByText('12.03.1984').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await checkPage(page, 'agency-person-de');
    await page.getByLabel('Sprache').selectOption('it');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Note', exact: true }).count())
      .toBe(1);
    await expect.poll(() => page.getByText('12 mar 1984').count()).toBe(1);
    await checkPage(page, 'agency-person-it');
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Note', exact: true }).count())
      .toBe(1);
    await context.close();
  });

  it('shows each agency role its own navigation', async () => {
    for (const [email, persons] of [
      ['supervisor@demo.casework', true],
      ['admin@demo.casework', true],
      ['support@demo.casework', false],
    ] as const) {
      const { context, page } = await newPage();
      await signIn(page, 'agency', email);
      await expect.poll(() => page.getByTestId('signed-in-user').count()).toBe(1);
      const nav = page.getByRole('navigation', { name: 'Main navigation' });
      expect(await nav.getByRole('link', { name: 'Persons' }).count()).toBe(persons ? 1 : 0);
      await nav.getByRole('link', { name: 'Providers' }).click();
      // The directory filters by service (R1: the caseworker looks for providers of a service).
      await page
        .getByLabel('Offers the service')
        .selectOption({ label: 'Accessible transport (TRANSPORT)' });
      // The filtered list: MobilDienst offers transport, Sonnenhof does not.
      const shown = async () => [
        await page.getByRole('link', { name: 'MobilDienst Nord e.V.' }).count(),
        await page.getByRole('link', { name: 'Sonnenhof Pflegedienst gGmbH' }).count(),
      ];
      await expect.poll(shown).toEqual([1, 0]);
      await page.getByLabel('Offers the service').selectOption({ label: 'Any service' });
      await page.getByRole('link', { name: 'Sonnenhof Pflegedienst gGmbH' }).click();
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe('Sonnenhof Pflegedienst gGmbH');
      await checkPage(page, `agency-provider-${email.split('@')[0]}`);
      await context.close();
    }
  });

  it('sends an expired session back to sign-in with a message', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'agency', 'caseworker@demo.casework');
    // Let the first page finish loading, so only the next request meets the expired token.
    await expect
      .poll(() => page.getByRole('table', { name: 'Registered persons' }).count())
      .toBe(1);
    const { token } = await signSessionToken(
      {
        id: 'x',
        name: 'Clara Caseworker',
        email: 'caseworker@demo.casework',
        roles: [Role.CASEWORKER],
        clearance: 2,
      },
      randomUUID(),
      SECRETS.token,
      new Date(Date.now() - 60_000),
    );
    const url = new URL(stack.urls.gateway);
    await context.addCookies([{ name: 'casework_session', value: token, url: `${url.origin}/` }]);
    await page.getByRole('link', { name: 'Providers' }).click();
    await expect.poll(() => page.url()).toMatch(/\/agency\/sign-in$/);
    await expect
      .poll(() => page.getByText('Your session has expired. Please sign in again.').count())
      .toBe(1);
    await checkPage(page, 'agency-session-expired');
    await context.close();
  });

  it('shows API errors in words, and tells portal users this app is not theirs', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'agency', 'caseworker@demo.casework');
    await page.goto(`${stack.urls.gateway}/agency/persons/00000000-0000-4000-8000-000000000000`);
    await expect
      .poll(() => page.getByText('This record does not exist or you cannot see it.').count())
      .toBe(1);
    await checkPage(page, 'agency-not-found');
    await context.close();
    const other = await newPage();
    await signIn(other.page, 'agency', 'provider@demo.casework');
    await expect
      .poll(() =>
        other.page.getByRole('heading', { name: 'This app is not for your account' }).count(),
      )
      .toBe(1);
    await other.context.close();
  });
});

describe('provider portal (browser)', () => {
  it('shows a provider user the inquiry inbox, the organisation profile and the Support menu', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'portal', 'provider@demo.casework');
    // The portal opens on its start page (issue 13); provider users get no support entry points.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Start');
    expect(await page.getByRole('link', { name: 'Support assistant' }).count()).toBe(0);
    await checkPage(page, 'portal-start-user');
    await page.getByRole('link', { name: 'Inquiries', exact: true }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Inquiries');
    await expect
      .poll(() => page.getByTestId('empty-state').textContent())
      .toContain('No inquiries yet');
    await checkPage(page, 'portal-inquiries');
    expect(await page.getByRole('link', { name: 'Create' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Organisation' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Sonnenhof Pflegedienst gGmbH');
    await expect.poll(() => page.getByText('kontakt@sonnenhof.example').count()).toBe(1);
    await checkPage(page, 'portal-organisation');
    await page.getByRole('link', { name: 'Support', exact: true }).click();
    await page.getByRole('link', { name: 'Support requests' }).click();
    await expect
      .poll(() => page.getByTestId('empty-state').textContent())
      .toContain('No support requests yet');
    await checkPage(page, 'portal-support');
    await context.close();
  });

  it('gives a provider administrator the + quick-create menu, in their language', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'portal', 'provider-admin@demo.casework');
    await page.getByLabel('Language').selectOption('it');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Inizio');
    await page.getByRole('link', { name: 'Crea', exact: true }).click();
    await expect
      .poll(() => page.getByRole('link', { name: 'Assistente di supporto' }).count())
      .toBeGreaterThan(0);
    await checkPage(page, 'portal-create-menu-it');
    await context.close();
  });

  it('tells agency staff the portal is not theirs', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'portal', 'caseworker@demo.casework');
    await expect
      .poll(() => page.getByRole('heading', { name: 'This app is not for your account' }).count())
      .toBe(1);
    await checkPage(page, 'portal-wrong-app');
    await context.close();
  });
});

describe('inquiries across both apps (browser, R1.1, R1.3, R1.5, R1.7, R1.8, R6.1)', () => {
  it('R6.1: a caseworker sends an internet inquiry, it appears live in the open portal inbox, the provider answers, the caseworker sees toast, count and answer without reloading', async () => {
    const year = new Date().getFullYear() + 1;
    // The provider's inbox is open before the inquiry is sent (a second browser context).
    const portal = await newPage();
    await signIn(portal.page, 'portal', 'provider@demo.casework');
    await portal.page.getByRole('link', { name: 'Inquiries' }).first().click();
    await expect
      .poll(() => portal.page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Inquiries');
    const agency = await newPage();
    await signIn(agency.page, 'agency', 'caseworker@demo.casework');
    await agency.page.getByRole('link', { name: 'Anna Schmidt' }).click();
    await agency.page.getByRole('button', { name: 'New inquiry' }).click();
    await agency.page.getByLabel('Service').selectOption({ label: 'Home care (HOME-CARE)' });
    const providerSelect = agency.page.getByLabel('Provider', { exact: true });
    await expect.poll(() => providerSelect.locator('option').count()).toBeGreaterThan(1);
    await providerSelect.selectOption({
      index: [...(await providerSelect.locator('option').allTextContents())].findIndex((o) =>
        o.startsWith('Sonnenhof'),
      ),
    });
    // R1.8: Sonnenhof prefers the portal, so email and phone are offered disabled with the reason.
    await expect
      .poll(() => agency.page.getByLabel('Provider portal', { exact: true }).isChecked())
      .toBe(true);
    expect(
      await agency.page.getByRole('radio', { name: /^Email – not possible/ }).isDisabled(),
    ).toBe(true);
    await agency.page.getByLabel('From', { exact: true }).fill(`${year}-04-01`);
    await agency.page.getByLabel('To', { exact: true }).fill(`${year}-04-30`);
    await agency.page.getByLabel('Details').fill('Help with personal care twice a day.');
    await checkPage(agency.page, 'agency-new-inquiry');
    await agency.page.getByRole('button', { name: 'Send inquiry' }).click();
    await expect.poll(() => agency.page.getByTestId('inquiry-status').textContent()).toBe('Sent');
    const reference = (await agency.page.getByRole('heading', { level: 1 }).textContent())!.replace(
      'Inquiry ',
      '',
    );
    await checkPage(agency.page, 'agency-inquiry-sent');

    // R6.1: the portal inbox shows the new inquiry without reloading.
    await expect.poll(() => portal.page.getByRole('link', { name: reference }).count()).toBe(1);
    await portal.page.getByRole('link', { name: reference }).click();
    await expect
      .poll(() => portal.page.getByText('Help with personal care twice a day.').count())
      .toBe(1);
    await checkPage(portal.page, 'portal-inquiry');
    await portal.page.getByText('Yes, we can deliver').click();
    await portal.page.getByLabel('Comment (optional)').fill('We can start on 1 April.');
    await portal.page.getByRole('button', { name: 'Send answer' }).click();
    await expect
      .poll(() => portal.page.getByText('Answered: can deliver').count())
      .toBeGreaterThan(0);

    // R6.1: no reload: the open inquiry page updates, a toast tells of the answer, the bell counts it.
    await expect
      .poll(() => agency.page.getByTestId('inquiry-status').textContent())
      .toBe('Can deliver');
    expect(await agency.page.getByTestId('inquiry-answer').textContent()).toContain(
      'We can start on 1 April.',
    );
    const toast = agency.page.getByRole('status').filter({ hasText: reference });
    await expect.poll(() => toast.count()).toBe(1);
    expect(await toast.textContent()).toContain('A provider answered your inquiry');
    await expect.poll(() => agency.page.getByTestId('unread-count').textContent()).toBe('1');
    await checkPage(agency.page, 'agency-inquiry-answered');
    // The panel lists it; a click marks it read and opens the inquiry.
    await agency.page.getByRole('link', { name: 'Persons' }).click();
    await agency.page.getByRole('button', { name: 'Notifications, 1 unread' }).click();
    const item = agency.page.getByRole('button', {
      name: new RegExp(`answered inquiry ${reference}`),
    });
    await expect.poll(() => item.count()).toBe(1);
    await checkPage(agency.page, 'agency-notifications');
    await item.click();
    await expect
      .poll(() => agency.page.getByRole('heading', { level: 1 }).textContent())
      .toBe(`Inquiry ${reference}`);
    await expect.poll(() => agency.page.getByTestId('unread-count').count()).toBe(0);
    await agency.page.getByRole('link', { name: 'Sonnenhof Pflegedienst gGmbH' }).click();
    await expect.poll(() => agency.page.getByTestId('positive-share').textContent()).toBe('100 %');
    // R1.9: the chart of inquiries per month draws this month's answered inquiry as a bar, has an
    // accessible description, and the same figures are in a table.
    const chart = agency.page.getByTestId('statistics-chart');
    await expect.poll(() => chart.locator('path.bar').count()).toBeGreaterThan(0);
    expect(await chart.getByText('Inquiries per month').count()).toBeGreaterThan(0);
    expect(
      await chart.locator('svg[aria-label^="Stacked bar chart of the inquiries"]').count(),
    ).toBe(1);
    await agency.page.getByRole('button', { name: 'Figures per month as a table' }).click();
    const thisMonth = new Intl.DateTimeFormat('en-GB', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date());
    const lastRow = agency.page.getByTestId('statistics-table').locator('tbody tr').last();
    await expect
      .poll(() => lastRow.locator('td').allTextContents())
      .toEqual([thisMonth, '1', '1', '0', '0', expect.stringMatching(/ h$/)]);
    // Scanned with the pointer over the chart: its hover decorations (tooltip, ruler) must pass too.
    await chart.hover();
    await checkPage(agency.page, 'agency-provider-statistics');
    // The chart and its table follow the language.
    await agency.page.getByLabel('Language').selectOption('de');
    await expect.poll(() => chart.getByText('Anfragen pro Monat').count()).toBeGreaterThan(0);
    expect(await chart.getByText('Kann leisten').count()).toBeGreaterThan(0);
    const monatDe = new Intl.DateTimeFormat('de', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date());
    await expect.poll(() => lastRow.locator('td').first().textContent()).toBe(monatDe);
    await checkPage(agency.page, 'agency-provider-statistics-de');
    // R1.9: provider users see their own figures in the portal.
    await portal.page.goto(`${stack.urls.gateway}/portal/organisation`);
    await expect.poll(() => portal.page.getByTestId('positive-share').textContent()).toBe('100 %');
    await expect
      .poll(() => portal.page.getByTestId('statistics-chart').locator('path.bar').count())
      .toBeGreaterThan(0);
    await checkPage(portal.page, 'portal-organisation-statistics');

    await agency.context.close();
    await portal.context.close();
  });
});

describe('live notifications across a gateway restart (browser, R6.1)', () => {
  it('R6.1: after the gateway restarts the open agency app reconnects by itself, refetches the inbox (counting what came meanwhile) and receives new events live', async () => {
    const HOME_CARE = '0b9e5f5a-0004-4000-8000-000000000001';
    const year = new Date().getFullYear() + 1;
    const port = await getPort();
    await stack.startReplica('gateway', { port });
    const replica = `http://127.0.0.1:${port}`;
    const call = async (gateway: string, token: string, query: string, variables: object) => {
      const res = await fetch(`${gateway}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as {
        data?: Record<string, { id: string; reference: string }>;
      };
      expect(body.data).toBeTruthy();
      return body.data!;
    };
    const tokenOn = async (gateway: string, email: string) => {
      const res = await fetch(`${gateway}/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      });
      return ((await res.json()) as { token: string }).token;
    };
    const sendAndAnswer = async (gateway: string) => {
      const caseworker = await tokenOn(gateway, 'caseworker@demo.casework');
      const provider = await tokenOn(gateway, 'provider@demo.casework');
      const { createInquiry } = await call(
        gateway,
        caseworker,
        `mutation($input: CreateInquiryInput!) { createInquiry(input: $input) { id reference } }`,
        {
          input: {
            providerId: DEMO_PROVIDERS.sonnenhof,
            personId: DEMO_PERSONS.marcoRossi,
            serviceId: HOME_CARE,
            periodFrom: `${year}-08-01`,
            periodTo: `${year}-08-31`,
            details: 'Restart test',
            method: 'INTERNET',
          },
        },
      );
      await call(
        gateway,
        provider,
        `mutation($id: ID!) { answerInquiry(id: $id, input: { answer: CANNOT_DELIVER }) { id } }`,
        { id: createInquiry!.id },
      );
      return createInquiry!.reference;
    };

    // Start from an empty unread count, so that the counts below are exact.
    await call(
      stack.urls.gateway,
      await tokenOn(stack.urls.gateway, 'caseworker@demo.casework'),
      `mutation { markAllNotificationsRead }`,
      {},
    );
    const agency = await newPage();
    await signIn(agency.page, 'agency', 'caseworker@demo.casework');
    const unread = async () => {
      const badge = agency.page.getByTestId('unread-count');
      return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
    };
    // graphql-ws does not acknowledge a subscribe: answer until one is shown live; returns how many.
    const untilShownLive = async () => {
      for (let answers = 1; answers <= 10; answers++) {
        const reference = await sendAndAnswer(stack.urls.gateway);
        const shown = await agency.page
          .getByRole('status')
          .filter({ hasText: reference })
          .waitFor({ timeout: 3000 })
          .then(
            () => true,
            () => false,
          );
        if (shown) return answers;
      }
      throw new Error('no notification was shown live');
    };
    const answered = await untilShownLive();
    await expect.poll(unread).toBe(answered);

    await stack.services.gateway.stop();
    // While this gateway is down an answer comes in through the other one: the open app misses it live.
    const missed = await sendAndAnswer(replica);
    await stack.services.gateway.start();
    // No reload: the app reconnects with backoff and refetches the inbox, so the count includes it.
    await expect.poll(unread, { timeout: 30_000 }).toBe(answered + 1);
    expect(await agency.page.getByRole('status').filter({ hasText: missed }).count()).toBe(0);
    // And it is live again.
    await untilShownLive();
    await agency.context.close();
  });
});
