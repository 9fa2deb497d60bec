import { readFileSync, writeFileSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { browser, signedIn, shot, log, waitMail, MAIL, GW } from './common.mjs';
const { applicationUrl } = JSON.parse(readFileSync('/tmp/wt1112-walk/state.json', 'utf8'));
const GIULIA = '0b9e5f5a-0001-4000-8000-000000000004';
const MARCO = '0b9e5f5a-0001-4000-8000-000000000002';
const tag = Date.now().toString(36).slice(-5);
const b = await browser();
const modal = (page) => page.locator('.cds--modal.is-visible');
const wait = async (fn, ms = 30000) => { const end = Date.now() + ms; for (;;) { if (await fn()) return true; if (Date.now() > end) return false; await new Promise((r) => setTimeout(r, 500)); } };
try {
  const { page, context } = await signedIn(b, 'caseworker@demo.casework');
  const state = JSON.parse(readFileSync('/tmp/wt1112-walk/state.json', 'utf8'));
  const gql = async (query, variables) => {
    const res = await page.request.post(`${GW}/graphql`, { data: { query, variables }, headers: { 'content-type': 'application/json' } });
    return res.json();
  };
  const today = new Date().toISOString().slice(0, 10);
  let giuliaCase = state.giuliaCase, marcoCase = state.marcoCase;
  if (!giuliaCase) {
  // Issue 11: notes on the application keep their history.
  await page.goto(applicationUrl);
  await page.getByLabel('New note').fill('Mietvertrag geprüft: gültig bis 2027.');
  await page.getByRole('button', { name: 'Add note' }).click();
  const note = page.getByTestId('note').first();
  await wait(async () => ((await note.textContent().catch(() => '')) ?? '').includes('2027'));
  await note.getByRole('button', { name: 'Edit' }).click();
  await modal(page).getByRole('textbox').first().fill('Mietvertrag geprüft: gültig bis 2028.');
  await modal(page).getByRole('button', { name: 'Save' }).click();
  await wait(async () => (await modal(page).count()) === 0);
  await wait(async () => ((await note.textContent()) ?? '').includes('2028'));
  await note.getByRole('button', { name: 'History' }).click();
  await page.waitForTimeout(1500);
  log('note history dialog:', (await modal(page).textContent())?.replace(/\s+/g, ' ').slice(0, 400));
  await shot(page, 'c1-note-history');
  await page.keyboard.press('Escape');

  // Issue 12 setup: Giulia Bianchi (no preferred method) gets an email exception, through the UI.
  await page.goto(`${GW}/agency/persons/${GIULIA}`);
  await page.getByRole('button', { name: 'Add exception' }).click();
  await modal(page).getByLabel('Method').selectOption('EMAIL');
  await modal(page).getByLabel('Reason').fill(`Keine E-Mails ${tag}`);
  if (!(await modal(page).getByLabel('From').inputValue())) await modal(page).getByLabel('From').fill(today);
  await modal(page).getByRole('button', { name: 'Save' }).click();
  await wait(async () => (await modal(page).count()) === 0);
  await page.waitForTimeout(1000);
  log('excepted today:', await page.getByTestId('excepted-today').textContent());
  // Integrated cases for both clients (setup through the API with the app's own session).
  const types = await gql('{ caseTypes { id name } }', {});
  const newCase = async (personId) => (await gql('mutation($input: CreateIntegratedCaseInput!) { createIntegratedCase(input: $input) { id reference } }', { input: { caseTypeId: types.data.caseTypes[0].id, primaryClientId: personId, startDate: today } })).data.createIntegratedCase;
  giuliaCase = await newCase(GIULIA);
  marcoCase = await newCase(MARCO);
  log('cases', JSON.stringify({ giuliaCase, marcoCase }));
  writeFileSync('/tmp/wt1112-walk/state.json', JSON.stringify({ ...state, giuliaCase, marcoCase }));
  }

  const refer = async (caseId, clientText, providerText, name) => {
    await page.goto(`${GW}/agency/cases/${caseId}`);
    await page.getByRole('button', { name: 'Refer to a provider' }).click();
    const dialog = page.getByRole('dialog', { name: 'Refer the client to a provider' });
    await wait(async () => (await dialog.locator('#referral-provider option').count()) > 1);
    const providers = await dialog.locator('#referral-provider option').allTextContents();
    log('providers offered:', providers.join(' | '));
    await dialog.locator('#referral-provider').selectOption({ label: providers.find((p) => /Sonnenhof/.test(p)) });
    await wait(async () => dialog.locator('#referral-service').isEnabled());
    const services = await dialog.locator('#referral-service option').allTextContents();
    log('services offered:', services.join(' | '));
    await dialog.locator('#referral-service').selectOption({ index: 1 });
    await shot(page, `d-${name}-1-details`);
    await page.locator('.cds--modal.is-visible .cds--modal-footer .cds--btn--primary').click();
    await dialog.locator('#referral-client-text').fill(clientText);
    await dialog.locator('#referral-provider-text').fill(providerText);
    await shot(page, `d-${name}-2-letters`);
    log('submit button:', await page.locator('.cds--modal.is-visible .cds--modal-footer .cds--btn--primary').textContent());
    await page.locator('.cds--modal.is-visible .cds--modal-footer .cds--btn--primary').click();
    await wait(async () => (await dialog.count()) === 0);
  };
  const bell = page.getByRole('button', { name: /^Notifications/ });
  await page.goto(`${GW}/agency/cases/${giuliaCase.id}`);
  await page.waitForTimeout(1500);
  const bellBefore = await bell.first().getAttribute('aria-label');
  log('bell before:', bellBefore);
  await refer(giuliaCase.id, `Gentile signora, il servizio la contatterà ${tag}.`, `Frau Bianchi braucht Pflege ${tag}.`, 'giulia');
  // Live: the bell changes without a reload.
  const told = await wait(async () => (await bell.first().getAttribute('aria-label')) !== bellBefore, 60000);
  log('bell after (no reload):', await bell.first().getAttribute('aria-label'), 'changed:', told);
  await bell.first().click();
  await page.waitForTimeout(1000);
  await shot(page, 'd-giulia-3-bell');
  log('bell panel:', (await page.locator('[data-testid="notification-panel"], .cds--popover-content, [role="dialog"]').first().textContent().catch(() => ''))?.replace(/\s+/g, ' ').slice(0, 500));
  await page.keyboard.press('Escape');
  const providerMail = await waitMail((x) => (x.text ?? '').length >= 0 && (x.attachments ?? []).some((a) => /pdf/.test(a.contentType)) && /Bianchi/.test(x.subject), 60000);
  for (const m of providerMail) {
    log('REFERRAL MAIL to', m.to.map((t) => t.address).join(','), '| subject:', m.subject);
    const pdf = m.attachments.find((a) => /pdf/.test(a.contentType));
    const bytes = new Uint8Array(await (await fetch(`${MAIL}/email/${m.id}/attachment/${pdf.generatedFileName}`)).arrayBuffer());
    log('  PDF text:', (await extractText(await getDocumentProxy(bytes), { mergePages: true })).text.replace(/\s+/g, ' ').slice(0, 600));
  }
  const toGiulia = (await (await fetch(`${MAIL}/email`)).json()).filter((m) => m.to.some((t) => /giulia\.bianchi/.test(t.address)));
  log('mails to giulia.bianchi@example.org:', toGiulia.length);
  await page.reload();
  await page.waitForTimeout(2500);
  await shot(page, 'd-giulia-4-case');
  log('giulia case communications:', (await page.getByTestId('communications-table').textContent())?.replace(/\s+/g, ' ').slice(0, 600));

  await refer(marcoCase.id, `Il servizio la contatterà presto ${tag}.`, `Herr Rossi braucht Hilfe ${tag}.`, 'marco');
  await page.goto(`${GW}/agency/print-queue`);
  const queue = page.getByTestId('print-queue');
  const marcoRows = queue.getByRole('row').filter({ hasText: 'Marco Rossi' });
  await wait(async () => (await marcoRows.count()) > 0, 60000);
  log('print queue rows:', (await queue.getByRole('row').allTextContents()).map((t) => t.replace(/\s+/g, ' ')).join(' || '));
  await shot(page, 'd-marco-1-print-queue');
  const ids = await marcoRows.locator('input[type=checkbox]').evaluateAll((els) => els.map((e) => e.id));
  for (const id of ids) await page.locator(`label[for="${id}"]`).click();
  await page.getByRole('button', { name: /Print selected as one PDF/ }).click();
  const batch = page.getByTestId('print-batch');
  await wait(async () => (await batch.count()) === 1, 60000);
  const href = await batch.getByRole('link', { name: 'Open the PDF to print' }).getAttribute('href');
  const pdf = await context.request.get(new URL(href, GW).toString());
  const bytes = new Uint8Array(await pdf.body());
  const doc = await getDocumentProxy(bytes);
  log('batch PDF:', pdf.status(), 'pages', doc.numPages, (await extractText(doc, { mergePages: true })).text.replace(/\s+/g, ' ').slice(0, 400));
  await shot(page, 'd-marco-2-printed');
  await batch.getByRole('button', { name: /Mark as posted/ }).click();
  await wait(async () => (await page.getByText(/Letters marked as posted/).count()) === 1);
  log('posted message:', await page.getByText(/Letters marked as posted/).textContent());
  await shot(page, 'd-marco-3-posted');
  await page.goto(`${GW}/agency/persons/${MARCO}`);
  await page.waitForTimeout(2500);
  log('marco communications:', (await page.getByTestId('communications-table').textContent())?.replace(/\s+/g, ' ').slice(0, 700));
  await shot(page, 'd-marco-4-person');
  await page.goto(`${GW}/agency/persons/${GIULIA}`);
  await page.waitForTimeout(2500);
  log('giulia person communications:', (await page.getByTestId('communications-table').textContent())?.replace(/\s+/g, ' ').slice(0, 700));
  await shot(page, 'd-giulia-5-person');
  const refs = await gql(`query($id: ID!) { integratedCase(id: $id) { referrals { service serviceId status provider { name } } } }`, { id: giuliaCase.id });
  log('referrals (serviceId kept):', JSON.stringify(refs.data ?? refs.errors));
} finally {
  await b.close();
}
