import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { createDatabaseIfMissing } from '@casework/testing/postgres';
import { type Stack } from '@casework/stack';
import { type TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Answers with the shared stack's addresses once it is ready (see sharedTestStack). */
    sharedStackUrl: string;
  }
}

/**
 * One stack for every file that opts in with `sharedTestStack()`, run by this (the main) process
 * so that it outlives each file's worker. It starts on the first file's request, not here: a run
 * of files with their own stacks does not pay for it.
 */
export default async function setup(project: TestProject) {
  let stack: Promise<Stack> | undefined;
  const start = async () => {
    // Imported late: the fixture pulls in the gateway's modules, which only a start needs.
    const { startTestStack } = await import('./stack.fixture.js');
    const adminUrl = project.getProvidedContext().databaseAdminUrl;
    const name = `shared_${randomBytes(6).toString('hex')}`;
    await createDatabaseIfMissing(adminUrl, name);
    const database = new URL(adminUrl);
    database.pathname = `/${name}`;
    return startTestStack({ databaseUrl: database.toString() });
  };
  const server = createServer((_req, res) => {
    stack ??= start();
    stack.then(
      ({ urls, databaseUrl }) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ urls, databaseUrl }));
      },
      (error: Error) => {
        res.statusCode = 500;
        res.end(error.stack ?? String(error));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  project.provide('sharedStackUrl', `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  return async () => {
    server.close();
    await (await stack?.catch(() => undefined))?.stop();
  };
}
