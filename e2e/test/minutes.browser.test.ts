import { DEMO_PERSONS } from '@casework/contracts';
import { startTestSmtp, type TestSmtp } from '@casework/testing';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack } from '@casework/stack';
import { checkPage, launchChromium, newPage, signInAs, tabTo } from './browser.fixture.js';
import { bearer, gql, signIn, startTestStack, tokenFor } from './stack.fixture.js';

/** The demo programme "Housing support": a meeting is always required (R3.1). */
const HOUSING_SUPPORT = '0b9e5f5a-0c45-4000-8000-000000000001';

let stack: Stack;
let browser: Browser;
let smtp: TestSmtp;
let caseworker = '';
let supervisor = '';
let supervisorId = '';

beforeAll(async () => {
  smtp = await startTestSmtp();
  [stack, browser] = await Promise.all([startTestStack({ smtpUrl: smtp.url }), launchChromium()]);
  caseworker = await tokenFor(stack, 'caseworker@demo.casework');
  const signedIn = await signIn(stack, 'supervisor@demo.casework');
  supervisor = signedIn.body.token!;
  supervisorId = (signedIn.body as { user?: { id: string } }).user!.id;
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await smtp?.stop();
});

/** A meeting on a new application that has just started: the client, a landlord, the supervisor. */
async function startedMeeting() {
  const created = await gql<{ createApplication: { id: string } }>(
    stack,
    `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
    { input: { personIds: [DEMO_PERSONS.annaSchmidt], programmeIds: [HOUSING_SUPPORT] } },
    bearer(caseworker),
  );
  expect(created.body.errors).toBeUndefined();
  const applicationId = created.body.data!.createApplication.id;
  const startsAt = new Date(Math.ceil(Date.now() / 1000 + 3) * 1000);
  const scheduled = await gql<{ scheduleMeeting: { id: string; invitees: { id: string }[] } }>(
    stack,
    `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id invitees { id } } }`,
    {
      input: {
        caseType: 'APPLICATION_CASE',
        caseId: applicationId,
        subject: 'Minutes by keyboard',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        timeZone: 'Europe/Berlin',
        location: 'Office 2.14',
        invitees: [
          {
            kind: 'CLIENT',
            personId: DEMO_PERSONS.annaSchmidt,
            name: 'Anna Schmidt',
            email: 'anna.keyboard@client.test',
            receivesMail: false,
          },
          {
            kind: 'OTHER',
            name: 'Karl Vermieter',
            email: 'karl.keyboard@landlord.test',
            receivesMail: false,
          },
          { kind: 'STAFF', accountId: supervisorId, name: 'Sam Supervisor', receivesMail: false },
        ],
      },
    },
    bearer(caseworker),
  );
  expect(scheduled.body.errors).toBeUndefined();
  await new Promise((r) => setTimeout(r, Math.max(0, startsAt.getTime() - Date.now() + 300)));
  return { applicationId, meeting: scheduled.body.data!.scheduleMeeting };
}

/** Moves on with the keyboard and waits until the next step's heading is shown. */
async function next(page: Page, heading: string) {
  await tabTo(page, '#minutes-next');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('#minutes-step-heading').textContent()).toBe(heading);
}

describe('meeting minutes in the agency app (browser, R3.2)', () => {
  it('R3.2, R3.1: a caseworker walks the whole minutes wizard with the keyboard only, finalises and issues the minutes; the decliner gets them and the programme becomes authorisable', async () => {
    const { applicationId, meeting } = await startedMeeting();
    const [, karl] = meeting.invitees;
    const { page } = await newPage(browser);
    await signInAs(page, stack.urls.gateway, 'agency', 'caseworker@demo.casework');
    await page.goto(`${stack.urls.gateway}/agency/meetings/${meeting.id}/minutes`);
    await tabTo(page, '#minutes-start');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#minutes-step-heading').textContent())
      .toBe('General details');
    // Prefilled from the meeting.
    expect(await page.locator('#minutes-location').inputValue()).toBe('Office 2.14');
    await checkPage(page, 'agency-minutes-details');
    await next(page, 'Notes');

    await tabTo(page, '#minutes-notes');
    await page.keyboard.type('Rent contract and income discussed.');
    await next(page, 'Decisions');
    await tabTo(page, '#minutes-decisions');
    await page.keyboard.type('The application is complete.');
    await next(page, 'Attendance');

    // The landlord declined: arrow keys move the choice inside his radio group.
    await tabTo(page, `#attendance-${karl!.id}-ATTENDED`);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator(`#attendance-${karl!.id}-DECLINED`).isChecked()).toBe(true);
    await checkPage(page, 'agency-minutes-attendance');
    await next(page, 'Actions');

    await tabTo(page, '#minutes-add-action');
    await page.keyboard.press('Enter');
    await tabTo(page, '#action-what-0');
    await page.keyboard.type('Authorise housing support');
    await tabTo(page, '#action-who-0');
    await page.keyboard.type('Sam');
    expect(await page.locator('#action-who-0 option:checked').textContent()).toBe('Sam Supervisor');
    await tabTo(page, '#action-due-0');
    // Chromium runs with --lang=en-US: the date field takes month, day, year.
    await page.keyboard.type('12042026');
    expect(await page.locator('#action-due-0').inputValue()).toBe('2026-12-04');
    await next(page, 'Files');
    await next(page, 'Cases discussed');
    await tabTo(page, '#minutes-own-case');
    await page.keyboard.press('Space');
    // R3.2: other cases are picked from the client's cases, never typed as ids.
    await expect
      .poll(() => page.getByText('Cases of Anna Schmidt', { exact: true }).count())
      .toBe(1);
    expect(await page.locator('input[id^="other-case-id"]').count()).toBe(0);
    await next(page, 'Review and finalise');
    const summary = page.getByRole('table').or(page.locator('.cds--structured-list'));
    await expect.poll(() => summary.first().textContent()).toContain('Karl Vermieter: Declined');
    expect(await summary.first().textContent()).toContain('Authorise housing support');
    await checkPage(page, 'agency-minutes-review');

    await tabTo(page, '#minutes-finalise');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Final, version 1').count()).toBe(1);

    await tabTo(page, '#minutes-add-interested');
    await page.keyboard.press('Enter');
    await tabTo(page, '#interested-name-0');
    await page.keyboard.type('Ines Interested');
    await tabTo(page, '#interested-email-0');
    await page.keyboard.type('ines.keyboard@agency.test');
    await tabTo(page, '#minutes-issue');
    await page.keyboard.press('Enter');
    const deliveries = page.getByTestId('minutes-delivery');
    await expect.poll(() => deliveries.count(), { timeout: 20_000 }).toBe(3);
    await expect
      .poll(
        async () => (await deliveries.allTextContents()).filter((t) => t.includes('Sent')).length,
        {
          timeout: 30_000,
        },
      )
      .toBe(3);
    expect((await deliveries.allTextContents()).join(' ')).toContain('Karl Vermieter');
    await checkPage(page, 'agency-minutes-issued');

    const mail = await smtp.waitFor((m) => m.to.includes('karl.keyboard@landlord.test'), 30_000);
    expect(mail.subject).toBe('Minutes: Minutes by keyboard');

    // Finalised minutes held the meeting: the supervisor can authorise the programme (R3.1).
    await expect
      .poll(
        async () => {
          const res = await gql(
            stack,
            `mutation($id: ID!, $input: ProgrammeDecisionInput!) { approveProgramme(id: $id, input: $input) { id } }`,
            { id: applicationId, input: { programmeId: HOUSING_SUPPORT, reason: 'Eligible' } },
            bearer(supervisor),
          );
          return res.body.errors?.[0]?.extensions?.reason ?? 'approved';
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe('approved');
  }, 180_000);
});
