import { errors, jwtVerify, SignJWT } from 'jose';
import { type Identity, isRole } from '@casework/kit';

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
      typeof payload.email !== 'string' ||
      typeof payload.sid !== 'string'
    ) {
      return { error: 'invalid' };
    }
    return {
      sessionId: payload.sid,
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
