import { createServer } from 'node:net';

/** Resolves when the port can be bound on the host, so a clash is reported before anything starts. */
export function assertPortFree(
  port: number,
  host: string,
  what: string,
  variable: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} (${what}) is already in use. Is another \`npm start\` running? Stop it, or set ${variable} to a free port.`
            : `Cannot use port ${port} (${what}): ${error.message}`,
        ),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
