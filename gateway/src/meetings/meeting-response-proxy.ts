import {
  GATEWAY_SYSTEM_IDENTITY,
  type Logger,
  REQUEST_ID_HEADER,
  requestIdOf,
  signInternalToken,
} from '@casework/kit';
import express, { type Request, type Response, Router } from 'express';
import { type GatewayConfig } from '../config.js';

/** Response headers of the subgraph's page that reach the browser as they were set. */
const FORWARDED_RESPONSE = [
  'content-type',
  'content-security-policy',
  'cache-control',
  'x-content-type-options',
] as const;

/**
 * `/meeting-responses`: the page an invitation's signed answer link opens (R3.1). It works without
 * signing in: the link's signature, checked by the communications subgraph, is the authority, and
 * the gateway calls the subgraph as itself (system identity). Small bodies only (a form's fields).
 */
export function meetingResponseProxy(config: GatewayConfig, logger: Logger): Router {
  const upstream = new URL(config.subgraphUrls.communications ?? 'http://127.0.0.1:4003/graphql');
  const router = Router();
  router.use(express.urlencoded({ extended: false, limit: '4kb', parameterLimit: 10 }));
  router.use(async (req: Request, res: Response) => {
    const requestId = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    if (req.method !== 'GET' && req.method !== 'POST') {
      res.status(405).type('text/plain').send('Use GET or POST');
      return;
    }
    try {
      const answer = await fetch(new URL(`/meeting-responses${req.url}`, upstream), {
        method: req.method,
        headers: {
          authorization: `Internal ${await signInternalToken(GATEWAY_SYSTEM_IDENTITY, config.internalSecret)}`,
          [REQUEST_ID_HEADER]: requestId,
          'accept-language': req.headers['accept-language'] ?? '',
          ...(req.method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body:
          req.method === 'POST'
            ? new URLSearchParams(req.body as Record<string, string>).toString()
            : undefined,
        signal: AbortSignal.timeout(10_000),
      });
      res.status(answer.status);
      for (const name of FORWARDED_RESPONSE) {
        const value = answer.headers.get(name);
        if (value) res.setHeader(name, value);
      }
      res.send(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      logger.warn({ err: error, requestId }, 'meeting response page unavailable');
      res.status(503).type('text/plain').send('The service is busy; please try again shortly.');
    }
  });
  return router;
}
