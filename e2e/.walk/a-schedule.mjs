import { writeFileSync } from 'node:fs';
import { browser, signedIn, shot, log, GW, waitMail, MAIL } from './common.mjs';
const ANNA = '0b9e5f5a-0001-4000-8000-000000000001';
const b = await browser();
try {
  const { page } = await signedIn(b, 'caseworker@demo.casework');
  await page.goto(`${GW}/agency/persons/${ANNA}`);
  await page.getByRole('button', { name: 'New application' }).click();
  const dialog = page.locator('.cds--modal.is-visible');
  await dialog.getByText(/Housing support/).first().click();
  await shot(page, 'a1-new-application');
  await dialog.getByRole('button', { name: 'Open application' }).click();
  await page.waitForURL(/applications\//, { timeout: 30000 });
  const applicationUrl = page.url();
  log('application', applicationUrl);
  await page.waitForTimeout(1500);
  await shot(page, 'a2-application');
  await page.getByRole('button', { name: 'Schedule meeting' }).click();
  const m = page.locator('.cds--modal.is-visible');
  await m.getByLabel('Subject').fill('Erstgespräch Wohnhilfe');
  // Starts in about 2 minutes (datetime-local has minutes).
  const start = new Date(Date.now() + 150_000);
  const pad = (n) => String(n).padStart(2, '0');
  const local = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  await m.getByLabel('Starts').fill(local(start));
  await m.getByLabel('Ends').fill(local(new Date(start.getTime() + 3600_000)));
  await m.getByLabel('Location').fill('Büro 2.14');
  await m.getByLabel('Email', { exact: true }).first().fill('anna.walk@client.test');
  await m.locator('#invitee-language-0').selectOption('DE');
  await m.getByRole('button', { name: 'Add another person' }).click();
  await m.locator('#invitee-name-1').fill('Giulia Interprete');
  await m.locator('#invitee-email-1').fill('giulia.walk@other.test');
  await m.locator('#invitee-language-1').selectOption('IT');
  await m.getByRole('button', { name: 'Add another person' }).click();
  await m.locator('#invitee-name-2').fill('Karl Vermieter');
  await m.locator('#invitee-email-2').fill('karl.walk@landlord.test');
  await shot(page, 'a3-schedule-dialog');
  await m.getByRole('button', { name: 'Schedule and invite' }).click();
  await m.waitFor({ state: 'detached', timeout: 30000 });
  await page.waitForTimeout(1500);
  await shot(page, 'a4-scheduled');
  const got = await waitMail((x) => x.to.some((t) => /walk@/.test(t.address)) && /Erstgespräch/.test(x.subject), 60000);
  await new Promise((r) => setTimeout(r, 4000));
  const all = (await (await fetch(`${MAIL}/email`)).json()).filter((x) => /Erstgespräch/.test(x.subject));
  for (const mail of all) {
    log('MAIL to', mail.to.map((t) => t.address).join(','), '| subject:', mail.subject);
    log('  text:\n' + mail.text);
    log('  attachments:', (mail.attachments ?? []).map((a) => `${a.fileName ?? a.generatedFileName} ${a.contentType}`).join(', '));
    const ics = (mail.attachments ?? []).find((a) => /calendar/.test(a.contentType));
    if (ics) {
      const res = await fetch(`${MAIL}/email/${mail.id}/attachment/${encodeURIComponent(ics.generatedFileName ?? ics.fileName)}`);
      const body = await res.text();
      log('  ics:', res.status, '\n' + body.split('\n').filter((l) => /^(METHOD|SUMMARY|DESCRIPTION|SEQUENCE|UID|DTSTART|PRODID|ATTENDEE|LOCATION)/.test(l)).join('\n'));
    }
  }
  writeFileSync('/tmp/wt1112-walk/state.json', JSON.stringify({ applicationUrl, start: start.toISOString() }));
} finally {
  await b.close();
}
