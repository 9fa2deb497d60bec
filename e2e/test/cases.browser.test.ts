import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@casework/gateway';
import { type Stack } from '@casework/stack';
import { checkPage, launchChromium } from './browser.fixture.js';
import { startTestStack } from './stack.fixture.js';

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function signedIn(email: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
  });
  const page = await context.newPage();
  await page.goto(`${stack.urls.gateway}/agency/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.url()).not.toMatch(/sign-in$/);
  // Staff land on their start page (issue 16); these tests begin at the persons list.
  await page.getByRole('link', { name: 'Persons', exact: true }).first().click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Persons');
  return page;
}

const modal = (page: Page) => page.locator('.cds--modal.is-visible');

async function pick(page: Page, label: string, search: string, name: string) {
  await page.getByRole('searchbox', { name: label }).fill(search);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('button', { name: `Choose ${name}` }).click();
}

describe('integrated cases in the agency app (browser, R4.5-R4.7)', () => {
  let casePath = '';

  it('R4.6, R4.5: the wizard creates an integrated case step by step: type, primary client, members, review', async () => {
    const page = await signedIn('caseworker@demo.casework');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Cases' })
      .click();
    await page.getByRole('link', { name: 'New integrated case' }).click();
    const current = page.locator('.cds--progress-step--current');
    await expect.poll(() => current.textContent()).toContain('Case type');
    await page.getByLabel('Case type').selectOption({ label: 'Family support' });
    await checkPage(page, 'agency-case-wizard-type');
    await page.getByRole('button', { name: 'Next' }).click();

    await expect.poll(() => current.textContent()).toContain('Primary client');
    await pick(page, 'Find the primary client', 'Rossi', 'Marco Rossi');
    await expect
      .poll(() => page.getByTestId('wizard-primary').textContent())
      .toBe('Primary client: Marco Rossi');
    await page.getByRole('button', { name: 'Next' }).click();

    await expect.poll(() => current.textContent()).toContain('Members');
    await pick(page, 'Find a member to add', 'Bianchi', 'Giulia Bianchi');
    await page.getByLabel('Role of Giulia Bianchi').selectOption('SPOUSE');
    await checkPage(page, 'agency-case-wizard-members');
    await page.getByRole('button', { name: 'Next' }).click();

    await expect.poll(() => current.textContent()).toContain('Review');
    const review = page.getByTestId('wizard-review');
    expect(await review.textContent()).toContain('Family support');
    expect(await review.textContent()).toContain('Giulia Bianchi (Spouse)');
    await page.getByRole('button', { name: 'Create case' }).click();

    await expect.poll(() => page.url()).toMatch(/\/agency\/cases\/[0-9a-f-]{36}$/);
    casePath = new URL(page.url()).pathname;
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toMatch(/^Integrated case IC-/);
    const members = page.getByRole('table', { name: 'Members' });
    await expect.poll(() => members.getByRole('row').count()).toBe(3);
    expect(await members.textContent()).toMatch(
      /Marco Rossi.*Primary client.*Giulia Bianchi.*Spouse/,
    );
    // Not hovering a table row: a hovered row changes the contrast axe measures.
    await page.mouse.move(0, 0);
    await checkPage(page, 'agency-case');
    await page.context().close();
  });

  it('R4.7: closes the case with a reason and outcome, reopens it, and the timeline shows both', async () => {
    const page = await signedIn('caseworker@demo.casework');
    await page.goto(`${stack.urls.gateway}${casePath}`);
    // R4.5: a member joins the open case later, with a role.
    await page.getByRole('button', { name: 'Add member' }).click();
    await modal(page).getByRole('searchbox', { name: 'Find a member to add' }).fill('Weber');
    await modal(page).getByRole('button', { name: 'Search', exact: true }).click();
    await modal(page).getByRole('button', { name: 'Choose Jonas Weber' }).click();
    await modal(page).getByLabel('Role').selectOption('PARENT');
    await modal(page).getByRole('button', { name: 'Add member' }).click();
    const members = page.getByRole('table', { name: 'Members' });
    await expect.poll(() => members.getByRole('row').count()).toBe(4);
    expect(await members.textContent()).toMatch(/Jonas Weber.*Parent/);
    await page.getByRole('button', { name: 'Close case' }).click();
    await modal(page).getByLabel('Reason').selectOption({ label: 'Needs met' });
    await modal(page).getByLabel('Outcome').fill('Both back in work');
    await checkPage(page, 'agency-case-close');
    await modal(page).getByRole('button', { name: 'Close case' }).click();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('Closed');

    await page.getByRole('button', { name: 'Reopen case' }).click();
    await modal(page).getByLabel('Reason').selectOption({ label: 'Applied again' });
    await modal(page).getByLabel('Comment').fill('New application for housing support');
    await modal(page).getByRole('button', { name: 'Reopen case' }).click();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('Open');

    const timeline = page.getByTestId('timeline-entry');
    await expect.poll(() => timeline.count()).toBeGreaterThanOrEqual(3);
    const first = await timeline.nth(0).textContent();
    const second = await timeline.nth(1).textContent();
    expect(first).toMatch(
      /^Reopened · .* · Clara Caseworker · Reason: Applied again · New application for housing support$/,
    );
    expect(second).toMatch(
      /^Closed · .* · Clara Caseworker · Reason: Needs met · Both back in work$/,
    );
    await page.mouse.move(0, 0);
    await checkPage(page, 'agency-case-reopened');
    await page.context().close();
  });

  it('R1.1: an inquiry sent from the case page belongs to the case and is listed there', async () => {
    const year = new Date().getFullYear() + 1;
    const page = await signedIn('caseworker@demo.casework');
    await page.goto(`${stack.urls.gateway}${casePath}`);
    await page.getByRole('button', { name: 'New inquiry' }).click();
    const dialog = modal(page);
    await dialog.getByLabel('Service').selectOption({ label: 'Home care (HOME-CARE)' });
    const providerSelect = dialog.getByLabel('Provider', { exact: true });
    await expect.poll(() => providerSelect.locator('option').count()).toBeGreaterThan(1);
    const options = await providerSelect.locator('option').allTextContents();
    await providerSelect.selectOption({
      index: options.findIndex((o) => o.startsWith('Sonnenhof')),
    });
    await expect
      .poll(() => dialog.getByLabel('Provider portal', { exact: true }).isChecked())
      .toBe(true);
    await dialog.getByLabel('From', { exact: true }).fill(`${year}-06-01`);
    await dialog.getByLabel('To', { exact: true }).fill(`${year}-06-30`);
    await dialog.getByLabel('Details').fill('Support at home for the family case.');
    await dialog.getByRole('button', { name: 'Send inquiry' }).click();
    await expect.poll(() => page.getByTestId('inquiry-status').textContent()).toBe('Sent');
    const reference = (await page.getByRole('heading', { level: 1 }).textContent())!.replace(
      'Inquiry ',
      '',
    );
    await page.goto(`${stack.urls.gateway}${casePath}`);
    const list = page.getByRole('table', { name: /^Inquiries for case IC-/ });
    await expect.poll(() => list.textContent()).toContain(reference);
    await page.context().close();
  });

  it('R4.5: registering warns of a possible duplicate while typing, registers a prospect and makes it a person', async () => {
    const page = await signedIn('caseworker@demo.casework');
    await page.getByRole('link', { name: 'Register person' }).click();
    await page.getByLabel('Prospect person (minimal details)').check({ force: true });
    await page.getByLabel('Given name').fill('Ana');
    await page.getByLabel('Family name').fill('Schmidt');
    const warning = page.getByTestId('possible-duplicates');
    await expect.poll(() => warning.textContent()).toContain('Anna Schmidt');
    await checkPage(page, 'agency-register-duplicate');
    await page.getByRole('button', { name: 'Register prospect' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Ana Schmidt');
    expect(await page.getByText('Prospect', { exact: true }).count()).toBeGreaterThan(0);
    // R4.5: the prospect becomes a person once date of birth and address are known.
    await page.getByRole('button', { name: 'Make a person' }).click();
    await modal(page).getByLabel('Date of birth').fill('1975-04-01');
    await modal(page).getByLabel('Street and number').fill('Hauptstraße 5');
    await modal(page).getByLabel('Postal code').fill('10115');
    await modal(page).getByLabel('City').fill('Berlin');
    await modal(page).getByLabel('Country').fill('DE');
    await modal(page).getByRole('button', { name: 'Make a person' }).click();
    await expect.poll(() => page.getByText('Prospect', { exact: true }).count()).toBe(0);
    expect(await page.getByText('Apr 1, 1975').count()).toBe(1);
    await page.context().close();
  });
});

describe('applications and configuration in the agency app (browser, R3.1, R4.1)', () => {
  it('R3.1: a supervisor applies for a programme, is refused approval until the meeting is recorded, then approves with a reason', async () => {
    const page = await signedIn('supervisor@demo.casework');
    await page.getByRole('link', { name: 'Jonas Weber' }).click();
    await page.getByRole('button', { name: 'New application' }).click();
    await modal(page).getByText('Housing support (Meeting required)').click();
    await modal(page).getByRole('button', { name: 'Open application' }).click();
    await expect.poll(() => page.url()).toMatch(/\/agency\/applications\/[0-9a-f-]{36}$/);
    const line = page.getByTestId('application-programme');
    await expect.poll(() => line.textContent()).toContain('Pending');

    await line.getByRole('button', { name: 'Approve' }).click();
    await modal(page).getByLabel('Reason').fill('Eligible');
    await modal(page).getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(() =>
        modal(page)
          .getByText(/requires a meeting with the client/)
          .count(),
      )
      .toBe(1);
    await checkPage(page, 'agency-application-refused');
    await modal(page).getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Record meeting held' }).click();
    await modal(page).getByLabel('Attendees').fill('Jonas Weber, Sam Supervisor');
    await modal(page).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('meeting').count()).toBe(1);

    await line.getByRole('button', { name: 'Approve' }).click();
    await modal(page).getByLabel('Reason').fill('Eligible after the meeting');
    await modal(page).getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => line.textContent()).toContain('Approved');
    expect(await line.textContent()).toContain('Eligible after the meeting');
    await page.mouse.move(0, 0);
    await checkPage(page, 'agency-application');
    await page.context().close();
  });

  it('an agency administrator sees the configuration page and switches the intake process on (R4.1)', async () => {
    const page = await signedIn('admin@demo.casework');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Configuration' })
      .click();
    const strategy = page.getByLabel('Integrated case for approved programmes');
    await expect.poll(() => strategy.isDisabled()).toBe(true);
    await page.getByText('The agency has an intake process').click();
    await expect.poll(() => strategy.isDisabled()).toBe(false);
    await strategy.selectOption('ALWAYS_NEW');
    await expect.poll(() => strategy.inputValue()).toBe('ALWAYS_NEW');
    expect(await page.getByRole('table', { name: 'Case types' }).textContent()).toContain(
      'Family support',
    );
    await page.mouse.move(0, 0);
    await checkPage(page, 'agency-configuration');
    await page.context().close();
  });
});
