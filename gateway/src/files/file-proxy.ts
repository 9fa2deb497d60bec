import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { type Logger, REQUEST_ID_HEADER, requestIdOf, signInternalToken } from '@casework/kit';
import { type Request, type Response, Router } from 'express';
import { type GatewayConfig } from '../config.js';
import { resolveCaller } from '../identity/caller.js';
import { type SessionStore } from '../identity/session-store.js';

/** Request headers the subgraph needs to read the body; nothing else of the client's passes. */
const FORWARDED_REQUEST = ['content-type', 'content-length', 'transfer-encoding'] as const;
/** Response headers passed back to the client as the subgraph set them. */
const FORWARDED_RESPONSE = [
  'content-type',
  'content-length',
  'content-disposition',
  'content-security-policy',
  'x-content-type-options',
  'cache-control',
  'cross-origin-resource-policy',
  'repr-digest',
] as const;

/** How long a refused upload's remaining bytes are read and dropped before the socket is cut. */
const DRAIN_MS = 10_000;

/**
 * `/files/*`: streamed upload and download through the gateway (R3.4). The caller is signed in
 * (bearer token or cookie) and the signed link is checked by the communications subgraph, which
 * gets the bytes piped through with the caller's identity in an internal token. Nothing is
 * buffered here: the request streams up and the answer streams down with back-pressure.
 */
export function fileProxy(config: GatewayConfig, logger: Logger, sessions: SessionStore): Router {
  const authority = { tokenSecret: config.tokenSecret, sessions };
  const upstream = new URL(config.subgraphUrls.communications ?? 'http://127.0.0.1:4003/graphql');
  const router = Router();
  router.use(async (req: Request, res: Response) => {
    const requestId = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.setHeader('x-content-type-options', 'nosniff');
    if (req.method !== 'GET' && req.method !== 'POST') {
      res.status(405).json({ error: { code: 'METHOD_NOT_ALLOWED', message: 'Use GET or POST' } });
      return;
    }
    const caller = await resolveCaller(req, authority);
    if (!('identity' in caller)) {
      res.setHeader('connection', 'close');
      res.status(401).json({
        error: { code: 'UNAUTHENTICATED', reason: caller.error, message: caller.message },
      });
      return;
    }
    const headers: Record<string, string> = {
      authorization: `Internal ${await signInternalToken(caller.identity, config.internalSecret)}`,
      [REQUEST_ID_HEADER]: requestId,
    };
    for (const name of FORWARDED_REQUEST) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const proxied = httpRequest({
      protocol: upstream.protocol,
      hostname: upstream.hostname,
      port: upstream.port,
      method: req.method,
      path: `/files${req.url}`,
      headers,
    });
    let answered = false;
    // Once the subgraph has refused (or dropped) an upload, the client's remaining bytes are read
    // and dropped here instead of closing its connection: closing while it still sends resets the
    // socket, and the client may lose the answer (seen as ECONNRESET instead of 413).
    const drainClient = () => {
      req.unpipe(proxied);
      if (req.complete) return;
      const timer = setTimeout(() => req.socket.destroy(), DRAIN_MS);
      req.once('end', () => clearTimeout(timer));
      req.once('close', () => clearTimeout(timer));
      req.resume();
    };
    proxied.on('response', (answer) => {
      answered = true;
      res.status(answer.statusCode ?? 502);
      copyHeaders(answer.headers, res);
      if ((answer.statusCode ?? 502) >= 400 && !req.complete) {
        drainClient();
        // The upstream request cannot be completed any more; free it once the answer is through.
        res.once('finish', () => proxied.destroy());
      }
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    });
    proxied.on('error', (error) => {
      if (answered || res.headersSent) {
        // The subgraph closed after answering: finish what the client gets, drain what it sends.
        if (!res.writableEnded && !res.writableFinished) res.destroy();
        drainClient();
        return;
      }
      drainClient();
      logger.warn({ err: error, requestId }, 'communications subgraph unreachable for files');
      res.status(503).json({
        error: {
          code: 'SERVICE_UNAVAILABLE',
          serviceName: 'communications',
          message: 'The communications service is unavailable; try again shortly',
        },
      });
    });
    // A client that goes away half-way: stop the upstream request, so its transaction rolls back.
    res.on('close', () => {
      if (!res.writableFinished) proxied.destroy();
    });
    req.on('error', () => proxied.destroy());
    req.pipe(proxied);
  });
  return router;
}

function copyHeaders(from: IncomingHttpHeaders, res: Response): void {
  for (const name of FORWARDED_RESPONSE) {
    const value = from[name];
    if (value !== undefined) res.setHeader(name, value);
  }
}
