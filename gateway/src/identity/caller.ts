import { type Identity } from '@casework/kit';
import { type Request } from 'express';
import { type SessionStore } from './session-store.js';
import { verifySessionToken } from './session-token.js';

export const SESSION_COOKIE = 'casework_session';

export type Caller =
  | { identity: Identity; sessionId: string }
  | { error: 'missing' | 'expired' | 'invalid' | 'revoked'; message: string };

/** What checks a token: its signature and its server-side session. */
export interface TokenAuthority {
  tokenSecret: string;
  sessions: SessionStore;
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

export function cookieOf(req: Request): string | undefined {
  return (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
}

/** Who is calling: the bearer token wins over the session cookie. */
export function resolveCaller(req: Request, authority: TokenAuthority): Promise<Caller> {
  return callerFrom(req.headers.authorization, cookieOf(req), authority);
}

/** The same check for any transport (HTTP headers, graphql-ws connection parameters). */
export async function callerFrom(
  authorization: string | undefined,
  sessionCookie: string | undefined,
  authority: TokenAuthority,
): Promise<Caller> {
  const token = tokenOf(authorization, sessionCookie);
  if (!token) return { error: 'missing', message: MESSAGES.missing };
  const check = await verifySessionToken(token, authority.tokenSecret);
  if ('error' in check) return { error: check.error, message: MESSAGES[check.error] };
  if (!(await authority.sessions.isActive(check.sessionId)))
    return { error: 'revoked', message: MESSAGES.revoked };
  return check;
}
