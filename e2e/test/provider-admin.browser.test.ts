import { DEMO_PERSONS, DEMO_PROVIDERS } from '@casework/contracts';
import { startTestSmtp, type TestSmtp } from '@casework/testing';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack } from '@casework/stack';
import { checkPage, launchChromium, newPage, signInAs } from './browser.fixture.js';
import { bearer, gql, startTestStack, tokenFor } from './stack.fixture.js';

const HOME_CARE = '0b9e5f5a-0004-4000-8000-000000000001';

let smtp: TestSmtp;
let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  smtp = await startTestSmtp();
  [stack, browser] = await Promise.all([startTestStack({ smtpUrl: smtp.url }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await smtp?.stop();
});

describe('provider registration and portal users (browser, issue 5, R1.8)', () => {
  it('an administrator registers a provider, adds a subsidiary, marks the email bounced, invites a user who sets a password, then disables them', async () => {
    const { context, page } = await newPage(browser);
    await signInAs(page, stack.urls.gateway, 'agency', 'admin@demo.casework');
    await page.goto(`${stack.urls.gateway}/agency/providers`);
    await page.getByRole('button', { name: 'Register provider' }).click();
    const form = page.getByRole('dialog', { name: 'Register provider' });
    await form.getByLabel('Organisation name').fill('Brücke Pflegedienst');
    await form.getByLabel('Email', { exact: true }).fill('office(at)bruecke');
    await form.getByRole('button', { name: 'Register', exact: true }).click();
    // The server's message appears at the field, and nothing was registered.
    await expect
      .poll(() =>
        form.getByText('email must be an email address such as office@example.org').count(),
      )
      .toBeGreaterThan(0);
    await form.getByLabel('Email', { exact: true }).fill('office@bruecke.example');
    await form.getByLabel('Preferred inquiry method').selectOption('EMAIL');
    await form.getByRole('button', { name: 'Register', exact: true }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Brücke Pflegedienst');

    await page.getByRole('button', { name: 'Add branch or subsidiary' }).click();
    const branch = page.getByRole('dialog', { name: 'Add branch or subsidiary' });
    await branch.getByLabel('Name').fill('Brücke Nord gGmbH');
    await branch.getByLabel('Kind').selectOption('SUBSIDIARY');
    await branch.getByLabel('IBAN').fill('DE00 1234');
    await branch.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => branch.getByText(/iban must be an IBAN/).count()).toBeGreaterThan(0);
    await branch.getByLabel('IBAN').fill('DE89 3704 0044 0532 0130 00');
    await branch.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => page.getByTestId('branch-row').count()).toBe(1);
    await expect
      .poll(() => page.getByTestId('branch-row').textContent())
      .toContain('DE89 3704 0044 0532 0130 00');

    // R2.7: a provider's communication exception, the same panel and model as a person's.
    await page.getByRole('button', { name: 'Add exception' }).click();
    const exception = page.getByRole('dialog', { name: 'Add exception' });
    await exception.getByLabel('Method').selectOption('POST');
    await exception.getByLabel('Reason').fill('Office moving');
    await exception.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.getByTestId('excepted-today').textContent())
      .toBe('Must not be contacted today by: Post');
    // R6.3: the change is audited and shown on the provider page.
    await expect
      .poll(() => page.getByTestId('audit-entry').first().textContent())
      .toContain('CommunicationException · CREATED');

    // R1.8: a bounced address rules out email inquiries; the page says so.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Edit provider' });
    await edit.getByLabel('Email status').selectOption('BOUNCED');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Email bounced').count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByTestId('allowed-methods').textContent())
      .toMatch(/Email: (not allowed|refused)/i);

    await page.getByRole('button', { name: 'Invite portal user' }).click();
    const invite = page.getByRole('dialog', { name: 'Invite portal user' });
    await invite.getByLabel('Name').fill('Bea Brücke');
    await invite.getByLabel('Email').fill('bea@bruecke.example');
    await invite.getByLabel('Role').selectOption('PROVIDER_ADMIN');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await expect
      .poll(() => page.getByTestId('portal-account-row').textContent())
      .toContain('Invited');
    await checkPage(page, 'agency-provider-admin');

    // The invited user follows the mailed link in their own browser.
    const mail = await smtp.waitFor((m) => m.to.includes('bea@bruecke.example'), 15_000);
    const link = /http\S+\/portal\/invitation#token=[A-Za-z0-9_-]+/.exec(mail.text)![0];
    const invited = await newPage(browser);
    await invited.page.goto(link);
    await expect
      .poll(() => invited.page.getByRole('heading', { name: 'Choose your password' }).count())
      .toBe(1);
    await checkPage(invited.page, 'portal-invitation');
    await invited.page.getByLabel('New password', { exact: true }).fill('bruecke-passphrase-1');
    await invited.page
      .getByLabel('Repeat the password', { exact: true })
      .fill('bruecke-passphrase-1');
    await invited.page.getByRole('button', { name: 'Set password and sign in' }).click();
    await expect
      .poll(() => invited.page.getByTestId('signed-in-user').textContent())
      .toBe('Bea Brücke');

    // Provider A never sees provider B's inquiries in the portal: neither in the inbox nor by link.
    const sonnenhofInquiry = await gql<{ createInquiry: { id: string } }>(
      stack,
      `mutation($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }`,
      {
        input: {
          providerId: DEMO_PROVIDERS.sonnenhof,
          personId: DEMO_PERSONS.annaSchmidt,
          serviceId: HOME_CARE,
          periodFrom: `${new Date().getFullYear() + 1}-05-01`,
          periodTo: `${new Date().getFullYear() + 1}-05-31`,
          details: 'For Sonnenhof only',
          method: 'INTERNET',
        },
      },
      bearer(await tokenFor(stack, 'caseworker@demo.casework')),
    );
    expect(sonnenhofInquiry.body.errors).toBeUndefined();
    await invited.page.goto(`${stack.urls.gateway}/portal/inquiries`);
    await expect.poll(() => invited.page.getByText('No inquiries yet').count()).toBe(1);
    await invited.page.goto(
      `${stack.urls.gateway}/portal/inquiries/${sonnenhofInquiry.body.data!.createInquiry.id}`,
    );
    await expect.poll(() => invited.page.getByRole('alert').count()).toBeGreaterThan(0);
    expect(await invited.page.getByText('For Sonnenhof only').count()).toBe(0);

    await page.reload();
    await expect
      .poll(() => page.getByTestId('portal-account-row').textContent())
      .toContain('Active');
    await page.getByRole('button', { name: 'Disable' }).click();
    await expect
      .poll(() => page.getByTestId('portal-account-row').textContent())
      .toContain('Disabled');
    // The open portal session is refused on its next request.
    await invited.page.goto(`${stack.urls.gateway}/portal/organisation`);
    await expect.poll(() => invited.page.getByRole('alert').count()).toBeGreaterThan(0);
    await invited.context.close();
    await context.close();
  });

  it('an invitation link that does not work says so', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${stack.urls.gateway}/portal/invitation#token=not-a-token`);
    await page.getByLabel('New password', { exact: true }).fill('some-long-passphrase');
    await page.getByLabel('Repeat the password', { exact: true }).fill('some-long-passphrase');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('This invitation link is not valid any more');
    await context.close();
  });
});
