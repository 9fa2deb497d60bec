import { errors, jwtVerify, SignJWT } from 'jose';
import { type Identity, isRole } from '@casework/kit';

const ISSUER = 'casework';
const AUDIENCE = 'casework-api';

export type TokenCheck = { identity: Identity } | { error: 'expired' | 'invalid' };

/** The signed bearer token handed out at sign-in (also carried in the httpOnly session cookie). */
export async function signSessionToken(identity: Identity, secret: string, ttlMinutes: number) {
  const expiresAt = new Date(Date.now() + ttlMinutes * 60_000);
  const token = await new SignJWT({
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

export async function verifySessionToken(token: string, secret: string): Promise<TokenCheck> {
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
      typeof payload.email !== 'string'
    ) {
      return { error: 'invalid' };
    }
    return {
      identity: {
        id: payload.sub,
        name: payload.name,
        email: payload.email,
        roles: roles.filter(isRole),
        organisationId: typeof payload.org === 'string' ? payload.org : undefined,
        clearance: typeof payload.clr === 'number' ? payload.clr : 0,
      },
    };
  } catch (error) {
    return { error: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
  }
}
