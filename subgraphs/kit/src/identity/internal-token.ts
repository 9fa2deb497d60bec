import { SignJWT, jwtVerify } from 'jose';
import { type Identity } from './identity.js';
import { isPermission } from './permissions.js';
import { isRole } from './roles.js';

const ISSUER = 'casework-gateway';
const AUDIENCE = 'casework-subgraphs';

const key = (secret: string) => new TextEncoder().encode(secret);

/**
 * The gateway signs the verified identity with the shared internal secret for each subgraph call.
 * A subgraph accepts a request only with such a token, so it cannot be called around the gateway.
 */
export async function signInternalToken(identity: Identity, secret: string): Promise<string> {
  return new SignJWT({ identity })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key(secret));
}

export async function verifyInternalToken(token: string, secret: string): Promise<Identity> {
  const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience: AUDIENCE });
  return parseIdentity(payload.identity);
}

function parseIdentity(value: unknown): Identity {
  if (typeof value !== 'object' || value === null) throw new Error('identity missing');
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || typeof v.name !== 'string' || typeof v.email !== 'string') {
    throw new Error('identity malformed');
  }
  const roles = Array.isArray(v.roles)
    ? v.roles.filter((r): r is string => typeof r === 'string')
    : [];
  return {
    id: v.id,
    name: v.name,
    email: v.email,
    roles: roles.filter(isRole),
    organisationId: typeof v.organisationId === 'string' ? v.organisationId : undefined,
    clearance: typeof v.clearance === 'number' ? v.clearance : 0,
    // An API client's scopes narrow its roles; a malformed list grants nothing rather than all.
    ...(v.scopes === undefined
      ? {}
      : { scopes: Array.isArray(v.scopes) ? v.scopes.filter(isPermission) : [] }),
  };
}
