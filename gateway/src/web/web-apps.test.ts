import express from 'express';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { mountWebApps } from './web-apps.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

async function serve(apiExplorer: boolean): Promise<string> {
  const app = express();
  mountWebApps(app, { apiExplorer });
  server = createServer(app);
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('issue 17: the API explorer is served only when configured', () => {
  it('issue 17: with API_EXPLORER off (production default) /explorer and its page answer 404', async () => {
    const base = await serve(false);
    expect((await fetch(`${base}/explorer`, { redirect: 'manual' })).status).toBe(404);
    expect((await fetch(`${base}/agency/explorer.html`)).status).toBe(404);
  });

  it('issue 17: with API_EXPLORER on, /explorer leads to the page', async () => {
    const base = await serve(true);
    const res = await fetch(`${base}/explorer`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/agency/explorer.html');
  });
});
