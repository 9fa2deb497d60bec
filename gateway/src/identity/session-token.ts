import { errors, jwtVerify, SignJWT } from 'jose';
import { type Identity, isRole } from '@casework/kit';
import { LRUCache } from 'lru-cache';

const ISSUER = 'casework';
const AUDIENCE = 'casework-api';

export type TokenCheck =
  { identity: Identity; sessionId: string } | { error: 'expired' | 'invalid' };

/**
 * The signed bearer token handed out at sign-in (also carried in the httpOnly session cookie). It
 * names its server-side session (`sid`), which the gateway checks on every request.
 */
export async function signSessionToken(
  identity: Identity,
  sessionId: string,
  secret: string,
  expiresAt: Date,
) {
  const token = await new SignJWT({
    sid: sessionId,
    name: identity.name,
    email: identity.email,
    roles: identity.roles,
    org: identity.organisationId,
    clr: identity.clearance,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(secret));
  return { token, expiresAt };
}

type ValidToken = Extract<TokenCheck, { sessionId: string }>;

/**
 * Signatures already checked, until the token expires: the check costs more than the rest of a
 * small request's gateway work (issue 15). The session behind the token is still checked on every
 * request (SessionStore), so a revoked session is refused as before.
 */
const checked = new LRUCache<string, { check: ValidToken; expiresAt: number }>({ max: 50_000 });

export async function verifySessionToken(token: string, secret: string): Promise<TokenCheck> {
  const cacheKey = `${secret}\u0000${token}`;
  const hit = checked.get(cacheKey);
  if (hit) {
    if (hit.expiresAt > Date.now()) return hit.check;
    checked.delete(cacheKey);
    return { error: 'expired' };
  }
  const result = await verifyUncached(token, secret);
  if ('error' in result) return result;
  checked.set(cacheKey, result);
  return result.check;
}

async function verifyUncached(
  token: string,
  secret: string,
): Promise<{ check: ValidToken; expiresAt: number } | { error: 'expired' | 'invalid' }> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    const roles = Array.isArray(payload.roles)
      ? payload.roles.filter((r): r is string => typeof r === 'string')
      : [];
    if (
      typeof payload.sub !== 'string' ||
      typeof payload.name !== 'string' ||
      typeof payload.email !== 'string' ||
      typeof payload.sid !== 'string'
    ) {
      return { error: 'invalid' };
    }
    const identity: Identity = {
      id: payload.sub,
      name: payload.name,
      email: payload.email,
      roles: roles.filter(isRole),
      organisationId: typeof payload.org === 'string' ? payload.org : undefined,
      clearance: typeof payload.clr === 'number' ? payload.clr : 0,
    };
    return { check: { sessionId: payload.sid, identity }, expiresAt: (payload.exp ?? 0) * 1000 };
  } catch (error) {
    return { error: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
  }
}
