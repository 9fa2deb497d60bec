import { chromium } from 'playwright-core';
export const GW = 'http://127.0.0.1:4200';
export const MAIL = 'http://127.0.0.1:1280';
export const SHOTS = '/tmp/wt1112-walk/shots';
export const log = (...a) => console.log(new Date().toISOString().slice(11, 19), ...a);
export async function browser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
export async function signedIn(b, email) {
  const context = await b.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${GW}/agency/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('casework-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.toString().endsWith('sign-in'), { timeout: 30000 });
  await page.waitForTimeout(1500);
  return { context, page };
}
export async function shot(page, name) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  log('screenshot', name);
}
export async function mails() {
  return (await fetch(`${MAIL}/email`)).json();
}
export async function waitMail(pred, timeout = 60000) {
  const end = Date.now() + timeout;
  for (;;) {
    const found = (await mails()).filter(pred);
    if (found.length) return found;
    if (Date.now() > end) throw new Error('no such mail');
    await new Promise((r) => setTimeout(r, 500));
  }
}
