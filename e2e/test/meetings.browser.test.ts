import { DEMO_PERSONS } from '@casework/contracts';
import { parseInvitation, startTestSmtp, type TestSmtp } from '@casework/testing';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack } from '@casework/stack';
import { checkPage, launchChromium, newPage, signInAs } from './browser.fixture.js';
import { bearer, gql, startTestStack, tokenFor } from './stack.fixture.js';

/** The demo programme "Housing support": a meeting is always required (R3.1). */
const HOUSING_SUPPORT = '0b9e5f5a-0c45-4000-8000-000000000001';

let stack: Stack;
let browser: Browser;
let smtp: TestSmtp;
let caseworker = '';

beforeAll(async () => {
  smtp = await startTestSmtp();
  [stack, browser] = await Promise.all([startTestStack({ smtpUrl: smtp.url }), launchChromium()]);
  caseworker = await tokenFor(stack, 'caseworker@demo.casework');
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await smtp?.stop();
});

const modal = (page: Page) => page.locator('.cds--modal.is-visible');

async function newApplication(): Promise<string> {
  const res = await gql<{ createApplication: { id: string } }>(
    stack,
    `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
    { input: { personIds: [DEMO_PERSONS.annaSchmidt], programmeIds: [HOUSING_SUPPORT] } },
    bearer(caseworker),
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createApplication.id;
}

describe('meetings and case notes in the agency app (browser, R3.1, R3.3)', () => {
  it('R3.1: a caseworker schedules a meeting on an application; the client is invited by mail with an .ics; the agenda lists it', async () => {
    const applicationId = await newApplication();
    const { page } = await newPage(browser);
    await signInAs(page, stack.urls.gateway, 'agency', 'caseworker@demo.casework');
    await page.goto(`${stack.urls.gateway}/agency/applications/${applicationId}`);
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    const dialog = modal(page);
    await dialog.getByLabel('Subject').fill('Complete the housing application');
    await dialog.getByLabel('Location').fill('Office 2.14');
    await dialog.getByLabel('Email', { exact: true }).first().fill('anna.schmidt@client.test');
    // The client's address comes from the person; mail is on for invitees with an address.
    expect(
      await dialog.getByRole('checkbox', { name: 'Send invitation by email' }).first().isChecked(),
    ).toBe(true);
    await checkPage(page, 'agency-meeting-schedule');
    await dialog.getByRole('button', { name: 'Schedule and invite' }).click();
    await expect.poll(() => modal(page).count()).toBe(0);
    const card = page.getByTestId('scheduled-meeting');
    await expect.poll(() => card.textContent()).toContain('Complete the housing application');
    expect(await card.textContent()).toContain('Scheduled');

    const mail = await smtp.waitFor((m) => m.to.includes('anna.schmidt@client.test'), 30_000);
    const invitation = await parseInvitation(mail.raw);
    expect(invitation.calendar).toMatchObject({
      method: 'REQUEST',
      summary: 'Complete the housing application',
      location: 'Office 2.14',
    });

    // Staff record the client's answer.
    await card.getByLabel('Answer of Anna Schmidt').selectOption('ACCEPTED');
    await expect
      .poll(() => card.getByLabel('Answer of Anna Schmidt').inputValue())
      .toBe('ACCEPTED');
    await checkPage(page, 'agency-application-meetings');

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Agenda' })
      .click();
    // The agenda opens on this week (Monday to Sunday, the browser's zone); tomorrow may be next week's.
    const monday = (d: Date) => {
      const day = new Date(d.getFullYear(), d.getMonth(), d.getDate());
      day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
      return day.getTime();
    };
    const agenda = page.getByTestId('scheduled-meeting');
    const listed = async () =>
      (await agenda.allTextContents()).some((t) => t.includes('Complete the housing application'));
    if (monday(new Date(Date.now() + 86_400_000)) !== monday(new Date()))
      await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(listed).toBe(true);
    await checkPage(page, 'agency-agenda');
  }, 120_000);

  it('R3.1, R3.3: a caseworker records a started meeting as held and writes a case note that keeps its history', async () => {
    const applicationId = await newApplication();
    const startsAt = new Date(Math.ceil(Date.now() / 1000 + 3) * 1000).toISOString();
    const scheduled = await gql<{ scheduleMeeting: { id: string } }>(
      stack,
      `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
      {
        input: {
          caseType: 'APPLICATION_CASE',
          caseId: applicationId,
          subject: 'Check the rent contract',
          startsAt,
          endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
          timeZone: 'Europe/Berlin',
          invitees: [
            {
              kind: 'CLIENT',
              personId: DEMO_PERSONS.annaSchmidt,
              name: 'Anna Schmidt',
              receivesMail: false,
            },
          ],
        },
      },
      bearer(caseworker),
    );
    expect(scheduled.body.errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(startsAt) - Date.now() + 500)));

    const { page } = await newPage(browser);
    await signInAs(page, stack.urls.gateway, 'agency', 'caseworker@demo.casework');
    await page.goto(`${stack.urls.gateway}/agency/applications/${applicationId}`);
    const card = page.getByTestId('scheduled-meeting');
    await card.getByRole('button', { name: 'Record as held' }).click();
    const dialog = modal(page);
    await checkPage(page, 'agency-meeting-held');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => card.textContent()).toContain('Held');
    expect(await card.textContent()).toContain('attended');
    // The fact reached the cases subgraph: the application lists the meeting held.
    await expect
      .poll(async () => page.getByTestId('meeting').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);

    await page.getByLabel('New note').fill('Rent contract checked: valid until 2027.');
    await page.getByRole('button', { name: 'Add note' }).click();
    const note = page.getByTestId('note');
    await expect.poll(() => note.first().textContent()).toContain('Rent contract checked');
    await note.first().getByRole('button', { name: 'Edit' }).click();
    await modal(page).getByRole('textbox').first().fill('Rent contract checked: valid until 2028.');
    await modal(page).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => modal(page).count()).toBe(0);
    await expect.poll(() => note.first().textContent()).toContain('2028');
    await note.first().getByRole('button', { name: 'History' }).click();
    await expect.poll(() => modal(page).textContent()).toContain('valid until 2027');
    await checkPage(page, 'agency-application-note-history');
  }, 120_000);
});
