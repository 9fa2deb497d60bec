import { type Server } from 'node:http';

/**
 * Idle keep-alive connections stay open longer than any client here keeps them (undici 4 s,
 * HAProxy's pool purge 5 s), so the client always closes first: a server closing an idle
 * connection while the client sends on it fails that request, and a POST cannot be retried.
 */
const KEEP_ALIVE_MS = 65_000;

/** Listens and turns "port in use" into a message that says which port and what to do. */
export function listen(server: Server, port: number, host: string, what: string): Promise<number> {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1000;
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new Error(
            `${what} cannot listen on ${host}:${port}: the port is already in use. Stop what uses it or choose another port (see README, Configuration).`,
          ),
        );
      } else reject(error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
