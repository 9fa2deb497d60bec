import { type Identity } from '@casework/kit';
import { type Request } from 'express';
import { verifySessionToken } from './session-token.js';

export const SESSION_COOKIE = 'casework_session';

export type Caller =
  { identity: Identity } | { error: 'missing' | 'expired' | 'invalid'; message: string };

const MESSAGES = {
  missing:
    'Sign in first: send "Authorization: Bearer <token>" from POST /auth/sign-in, or the session cookie',
  expired: 'Your session has expired; sign in again',
  invalid: 'The token is not valid; sign in again',
} as const;

/** Who is calling: the bearer token wins over the session cookie. */
export function resolveCaller(req: Request, secret: string): Promise<Caller> {
  const cookies = req.cookies as Record<string, string> | undefined;
  return callerFrom(req.headers.authorization, cookies?.[SESSION_COOKIE], secret);
}

/** The same check for any transport (HTTP headers, graphql-ws connection parameters). */
export async function callerFrom(
  authorization: string | undefined,
  sessionCookie: string | undefined,
  secret: string,
): Promise<Caller> {
  const bearer = authorization?.startsWith('Bearer ')
    ? authorization.slice('Bearer '.length).trim()
    : undefined;
  const token = bearer || sessionCookie;
  if (!token) return { error: 'missing', message: MESSAGES.missing };
  const check = await verifySessionToken(token, secret);
  return 'identity' in check ? check : { error: check.error, message: MESSAGES[check.error] };
}
