import { type ApolloServerPlugin } from '@apollo/server';
import { type Logger } from '@casework/kit';
import { type RequestHandler, type Response } from 'express';
import { sendError } from '../http/json-errors.js';
import { type Caller, resolveCaller, type TokenAuthority } from '../identity/caller.js';
import { type ApiClientLimiter } from './api-client-limiter.js';

/** Per request: whether the answer held errors, for the client's usage counters. */
export interface RequestUsage {
  errored: boolean;
}

interface GateLocals {
  caller?: Caller;
  usage?: RequestUsage;
}

/** The caller the gate resolved for this request (so it is checked once). */
export function gatedCaller(res: Response): { caller?: Caller; usage?: RequestUsage } {
  return res.locals as GateLocals;
}

/**
 * In front of /graphql: resolves the caller once; an API client is held to its own limit per
 * minute (429 with Retry-After, in the GraphQL error shape) and its errors are counted when the
 * answer is sent (issue 17: usage per client).
 */
export function apiClientGate(
  authority: TokenAuthority,
  limiter: ApiClientLimiter,
  logger: Logger,
): RequestHandler {
  return async (req, res, next) => {
    // CORS preflights and GET landing pages carry no credentials; Apollo answers them.
    if (req.method !== 'POST' && req.method !== 'GET') return next();
    const caller = await resolveCaller(req, authority);
    const locals = res.locals as GateLocals;
    locals.caller = caller;
    if ('error' in caller || !caller.client) return next();
    const client = caller.client;
    const usage: RequestUsage = { errored: false };
    locals.usage = usage;
    res.on('finish', () => {
      if (res.statusCode < 400 && !usage.errored) return;
      authority.clients
        ?.countError(client.id)
        .catch((error: unknown) => logger.warn({ err: error }, 'API client error not counted'));
    });
    const wait = await limiter.consume(client.id, client.rateLimitPerMinute);
    if (wait <= 0) return next();
    res.setHeader('retry-after', String(wait));
    sendError(
      res,
      429,
      'TOO_MANY_REQUESTS',
      `The API client ${client.name} is over its limit of ${client.rateLimitPerMinute} requests a minute; try again in ${wait} second(s)`,
      { reason: 'RATE_LIMITED', retryAfterSeconds: wait },
    );
  };
}

/** Marks a request's usage as errored when its GraphQL answer holds errors. */
export function apiClientUsagePlugin<T extends { usage?: RequestUsage }>(): ApolloServerPlugin<T> {
  return {
    requestDidStart: async () => ({
      didEncounterErrors: async ({ contextValue }) => {
        if (contextValue.usage) contextValue.usage.errored = true;
      },
    }),
  };
}
