import { randomUUID } from 'node:crypto';
import { decodeJwt, errors, jwtVerify, SignJWT } from 'jose';

const ISSUER = 'casework';
/** Not the sessions' audience, so a client token is never taken for a session and the reverse. */
const AUDIENCE = 'casework-api-client';

export interface ClientTokenClaims {
  clientId: string;
  secretId: string;
  scopes: string[];
}

export type ClientTokenCheck = ClientTokenClaims | { error: 'expired' | 'invalid' };

const key = (secret: string) => new TextEncoder().encode(secret);

/** The short-lived access token of the client-credentials grant (RFC 6749 section 4.4). */
export async function signClientToken(
  claims: ClientTokenClaims,
  secret: string,
  expiresAt: Date,
): Promise<string> {
  return new SignJWT({ sec: claims.secretId, scope: claims.scopes.join(' ') })
    .setProtectedHeader({ alg: 'HS256' })
    .setJti(randomUUID())
    .setSubject(claims.clientId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(key(secret));
}

/** Whether a bearer token claims to be a client token (cheap, unverified: only to pick the check). */
export function looksLikeClientToken(token: string): boolean {
  try {
    const { aud } = decodeJwt(token);
    return aud === AUDIENCE || (Array.isArray(aud) && aud.includes(AUDIENCE));
  } catch {
    return false;
  }
}

export async function verifyClientToken(token: string, secret: string): Promise<ClientTokenCheck> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    if (
      typeof payload.sub !== 'string' ||
      typeof payload.sec !== 'string' ||
      typeof payload.scope !== 'string'
    )
      return { error: 'invalid' };
    return {
      clientId: payload.sub,
      secretId: payload.sec,
      scopes: payload.scope.split(' ').filter(Boolean),
    };
  } catch (error) {
    return { error: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
  }
}
