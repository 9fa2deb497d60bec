import { type Identity } from '@casework/kit';
import { type Request } from 'express';
import { looksLikeClientToken, verifyClientToken } from '../api-clients/api-client-token.js';
import {
  type ActiveClient,
  type ApiClientStore,
  CLIENT_REFUSALS,
  clientIdentity,
} from '../api-clients/api-client.store.js';
import { type SessionStore } from './session-store.js';
import { verifySessionToken } from './session-token.js';

export const SESSION_COOKIE = 'casework_session';

export type Caller =
  | { identity: Identity; sessionId: string; client?: ActiveClient }
  | { error: 'missing' | 'expired' | 'invalid' | 'revoked'; message: string };

/** What checks a token: its signature and its server-side session. */
export interface TokenAuthority {
  tokenSecret: string;
  sessions: SessionStore;
  /** API clients (issue 17): their access tokens and X-Api-Key secrets. */
  clients?: ApiClientStore;
}

const MESSAGES = {
  missing:
    'Sign in first: send "Authorization: Bearer <token>" from POST /auth/sign-in, or the session cookie',
  expired: 'Your session has expired; sign in again',
  invalid: 'The token is not valid; sign in again',
  revoked: 'Your session has ended (signed out or revoked); sign in again',
} as const;

/** The token a request carries: the bearer token wins over the session cookie. */
export function tokenOf(
  authorization: string | undefined,
  sessionCookie: string | undefined,
): string | undefined {
  const bearer = authorization?.startsWith('Bearer ')
    ? authorization.slice('Bearer '.length).trim()
    : undefined;
  return bearer || sessionCookie;
}

/**
 * Whether the session cookie is what authenticates: no API key and no bearer token (an empty
 * `Bearer ` falls back to the cookie in `tokenOf`, so it counts as the cookie here too).
 */
export function authenticatesByCookie(
  authorization: string | undefined,
  sessionCookie: string | undefined,
  apiKey?: string,
): boolean {
  if (apiKey !== undefined) return false;
  return sessionCookie !== undefined && tokenOf(authorization, undefined) === undefined;
}

export function cookieOf(req: Request): string | undefined {
  return (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
}

export const API_KEY_HEADER = 'x-api-key';

/** Who is calling: an API key, else the bearer token, else the session cookie. */
export function resolveCaller(req: Request, authority: TokenAuthority): Promise<Caller> {
  return callerFrom(
    req.headers.authorization,
    cookieOf(req),
    authority,
    req.header(API_KEY_HEADER),
  );
}

/** The same check for any transport (HTTP headers, graphql-ws connection parameters). */
export async function callerFrom(
  authorization: string | undefined,
  sessionCookie: string | undefined,
  authority: TokenAuthority,
  apiKey?: string,
): Promise<Caller> {
  const { clients } = authority;
  if (apiKey !== undefined && clients) return apiKeyCaller(apiKey, clients);
  const token = tokenOf(authorization, sessionCookie);
  if (!token) return { error: 'missing', message: MESSAGES.missing };
  if (clients && looksLikeClientToken(token)) return clientTokenCaller(token, authority, clients);
  const check = await verifySessionToken(token, authority.tokenSecret);
  if ('error' in check) return { error: check.error, message: MESSAGES[check.error] };
  if (!(await authority.sessions.isActive(check.sessionId)))
    return { error: 'revoked', message: MESSAGES.revoked };
  return check;
}

function clientCaller(client: ActiveClient): Caller {
  return { identity: clientIdentity(client), sessionId: `api-client:${client.id}`, client };
}

async function apiKeyCaller(apiKey: string, clients: ApiClientStore): Promise<Caller> {
  const check = await clients.checkSecret(apiKey.trim());
  if ('error' in check) return { error: check.error, message: CLIENT_REFUSALS[check.error] };
  const client = await clients.use(check.clientId, check.secretId);
  if ('error' in client) return { error: client.error, message: CLIENT_REFUSALS[client.error] };
  return clientCaller(client);
}

/** An access token from POST /oauth/token: its scopes, narrowed to what the client still holds. */
async function clientTokenCaller(
  token: string,
  authority: TokenAuthority,
  clients: ApiClientStore,
): Promise<Caller> {
  const check = await verifyClientToken(token, authority.tokenSecret);
  if ('error' in check)
    return {
      error: check.error,
      message:
        check.error === 'expired'
          ? 'The access token has expired; request a new one from POST /oauth/token'
          : 'The access token is not valid; request a new one from POST /oauth/token',
    };
  const client = await clients.use(check.clientId, check.secretId);
  if ('error' in client) return { error: client.error, message: CLIENT_REFUSALS[client.error] };
  return clientCaller({
    ...client,
    scopes: client.scopes.filter((scope) => check.scopes.includes(scope)),
  });
}
