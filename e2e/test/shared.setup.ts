import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { createDatabaseIfMissing } from '@casework/testing/postgres';
import { type Stack } from '@casework/stack';
import { type BrowserServer } from 'playwright-core';
import { type TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Serves `stack` (the shared stack's addresses) and `browser` (Chromium's endpoint). */
    sharedUrl: string;
  }
}

/**
 * What the e2e files share, run by this (the main) process so that it outlives each file's
 * worker: the stack of the files that opt in with `sharedTestStack()`, and the Chromium every
 * browser file connects to. Each starts on the first request, not here, so a run that does not
 * need it does not pay for it.
 */
export default async function setup(project: TestProject) {
  const adminUrl = project.getProvidedContext().databaseAdminUrl;
  let stack: Promise<Stack> | undefined;
  let browser: Promise<BrowserServer> | undefined;
  const startStack = async () => {
    // Imported late: the fixture pulls in the gateway's modules, which only a start needs.
    const { startTestStack } = await import('./stack.fixture.js');
    const name = `shared_${randomBytes(6).toString('hex')}`;
    await createDatabaseIfMissing(adminUrl, name);
    const database = new URL(adminUrl);
    database.pathname = `/${name}`;
    return startTestStack({ databaseUrl: database.toString() });
  };
  const startBrowser = async () => (await import('./browser.fixture.js')).startChromiumServer();

  const server = createServer((req, res) => {
    const answer = (started: Promise<string>) =>
      started.then(
        (body) => res.end(body),
        (error: Error) => {
          res.statusCode = 500;
          res.end(error.stack ?? String(error));
        },
      );
    if (req.url === '/stack') {
      stack ??= startStack();
      void answer(stack.then(({ urls, databaseUrl }) => JSON.stringify({ urls, databaseUrl })));
    } else if (req.url === '/browser') {
      browser ??= startBrowser();
      void answer(browser.then((b) => b.wsEndpoint()));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  project.provide('sharedUrl', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return async () => {
    server.close();
    await (await browser?.catch(() => undefined))?.close();
    await (await stack?.catch(() => undefined))?.stop();
  };
}
