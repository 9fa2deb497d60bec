import { readFileSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { browser, signedIn, shot, log, waitMail, MAIL } from './common.mjs';
const { applicationUrl } = JSON.parse(readFileSync('/tmp/wt1112-walk/state.json', 'utf8'));
const b = await browser();
const modal = (page) => page.locator('.cds--modal.is-visible');
try {
  const { page } = await signedIn(b, 'caseworker@demo.casework');
  await page.goto(applicationUrl);
  const card = page.getByTestId('scheduled-meeting').first();
  await card.waitFor({ timeout: 30000 });
  await card.getByLabel('Answer of Anna Schmidt').selectOption('ACCEPTED');
  await page.waitForTimeout(1500);
  await card.getByLabel('Answer of Giulia Interprete').selectOption('ACCEPTED');
  await page.waitForTimeout(1500);
  await card.getByLabel('Answer of Karl Vermieter').selectOption('DECLINED');
  await page.waitForTimeout(2000);
  await shot(page, 'b1-answers');
  log('answers shown:', await card.getByLabel('Answer of Anna Schmidt').inputValue(), await card.getByLabel('Answer of Giulia Interprete').inputValue(), await card.getByLabel('Answer of Karl Vermieter').inputValue());
  await card.getByRole('link', { name: /Minutes of/ }).or(card.getByRole('button', { name: /Minutes of/ })).first().click();
  const startButton = page.getByRole('button', { name: 'Start the minutes' });
  await page.waitForTimeout(2000);
  if (await startButton.count()) await startButton.click();
  const heading = () => page.locator('#minutes-step-heading').textContent().catch(() => '');
  for (let i = 0; i < 60 && !(await heading()); i++) await page.waitForTimeout(250);
  const steps = {
    'General details': async () => shot(page, 'b2-wizard-details'),
    Notes: async () => page.locator('#minutes-notes').fill('Mietvertrag und Einkommen besprochen.'),
    Decisions: async () => page.locator('#minutes-decisions').fill('Der Antrag ist vollständig.'),
    Attendance: async () => {
      for (const [name, value] of [['Anna Schmidt (Client)', 'Attended'], ['Giulia Interprete (Other)', 'Attended'], ['Karl Vermieter (Other)', 'Declined']])
        await page.getByRole('group', { name }).getByText(value, { exact: true }).click();
      await shot(page, 'b3-wizard-attendance');
    },
    Actions: async () => {
      if ((await page.locator('#action-what-0').count()) === 0) await page.locator('#minutes-add-action').click();
      await page.locator('#action-what-0').fill('Wohnhilfe bewilligen');
      const options = await page.locator('#action-who-0 option').allTextContents();
      log('who options:', options.join(' | '));
      await page.locator('#action-who-0').selectOption({ label: options.find((o) => /Clara/.test(o)) ?? options[1] });
      await page.locator('#action-due-0').fill('2026-12-04');
    },
    Files: async () => undefined,
    'Cases discussed': async () => {
      if (!(await page.locator('#minutes-own-case').isChecked())) await page.locator('label[for="minutes-own-case"]').click();
    },
  };
  for (;;) {
    const h = await heading();
    log('step:', h);
    if (h === 'Review and finalise' || !steps[h]) break;
    await steps[h]();
    await page.locator('#minutes-next').click();
    for (let i = 0; i < 60 && (await heading()) === h; i++) await page.waitForTimeout(250);
  }
  await shot(page, 'b4-wizard-review');
  await page.locator('#minutes-finalise').click();
  for (let i = 0; i < 60 && (await page.getByText('Final, version 1').count()) === 0; i++) await page.waitForTimeout(250);
  log('final shown:', await page.getByText('Final, version 1').count());
  await page.locator('#minutes-add-interested').click();
  await page.locator('#interested-name-0').fill('Ines Interessiert');
  await page.locator('#interested-email-0').fill('ines.walk@agency.test');
  const t0 = Date.now();
  await page.locator('#minutes-issue').click();
  const deliveries = page.getByTestId('minutes-delivery');
  for (let i = 0; i < 120; i++) {
    const texts = await deliveries.allTextContents();
    if (texts.length >= 4 && texts.every((t) => t.includes('Sent'))) break;
    await page.waitForTimeout(500);
  }
  log('deliveries after', Date.now() - t0, 'ms:', (await deliveries.allTextContents()).join(' | '));
  await shot(page, 'b5-minutes-issued');
  const got = await waitMail((x) => /^Minutes: Erstgespräch/.test(x.subject), 30000);
  await new Promise((r) => setTimeout(r, 3000));
  const all = (await (await fetch(`${MAIL}/email`)).json()).filter((x) => /Minutes: Erstgespräch/.test(x.subject));
  for (const mail of all) {
    log('MINUTES MAIL to', mail.to.map((t) => t.address).join(','), '| subject:', mail.subject, '| attachments:', (mail.attachments ?? []).map((a) => `${a.generatedFileName} ${a.contentType}`).join(', '));
  }
  const karl = all.find((m) => m.to.some((t) => t.address === 'karl.walk@landlord.test'));
  log('decliner mail text:\n' + karl.text);
  const pdf = karl.attachments.find((a) => /pdf/.test(a.contentType));
  const bytes = new Uint8Array(await (await fetch(`${MAIL}/email/${karl.id}/attachment/${pdf.generatedFileName}`)).arrayBuffer());
  log('PDF text:\n' + (await extractText(await getDocumentProxy(bytes), { mergePages: true })).text);
  // Supervisor authorises.
  const sup = await signedIn(b, 'supervisor@demo.casework');
  await sup.page.goto(applicationUrl);
  await sup.page.getByRole('button', { name: 'Approve' }).first().waitFor({ timeout: 30000 });
  await shot(sup.page, 'b6-supervisor-before');
  await sup.page.getByRole('button', { name: 'Approve' }).first().click();
  await modal(sup.page).getByLabel('Reason').fill('Anspruch geprüft');
  await shot(sup.page, 'b7-approve-dialog');
  await modal(sup.page).getByRole('button', { name: /Approve/ }).click();
  await sup.page.waitForTimeout(3000);
  const err = await modal(sup.page).textContent().catch(() => '');
  log('after approve modal text:', err);
  await shot(sup.page, 'b8-approved');
} finally {
  await b.close();
}
