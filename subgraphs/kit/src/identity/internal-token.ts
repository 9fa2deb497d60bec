import { SignJWT, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import { type Identity } from './identity.js';
import { isPermission } from './permissions.js';
import { isRole } from './roles.js';

const ISSUER = 'casework-gateway';
const AUDIENCE = 'casework-subgraphs';

const key = (secret: string) => new TextEncoder().encode(secret);

/** Lifetime of an internal token; a signed token is reused for most of it (see below). */
const TOKEN_LIFETIME_S = 300;
/** A cached token is handed out while it has at least this long left, so it never expires in flight. */
const REUSE_MARGIN_MS = 60_000;

const signed = new LRUCache<string, { token: string; expiresAt: number }>({ max: 10_000 });
const verified = new LRUCache<string, { identity: Identity; expiresAt: number }>({ max: 10_000 });

/**
 * The gateway signs the verified identity with the shared internal secret for its subgraph calls.
 * A subgraph accepts a request only with such a token, so it cannot be called around the gateway.
 * Signing and verifying cost more than the rest of a small request's gateway work (issue 15), so
 * the token of one identity is reused for four of its five minutes, and a subgraph remembers a
 * token it verified until the token expires. The caller's session is still checked per request.
 */
export async function signInternalToken(identity: Identity, secret: string): Promise<string> {
  const cacheKey = `${secret}\u0000${JSON.stringify(identity)}`;
  const now = Date.now();
  const hit = signed.get(cacheKey);
  if (hit && hit.expiresAt - now > REUSE_MARGIN_MS) return hit.token;
  const issuedAt = Math.floor(now / 1000);
  const token = await new SignJWT({ identity })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + TOKEN_LIFETIME_S)
    .sign(key(secret));
  signed.set(cacheKey, { token, expiresAt: (issuedAt + TOKEN_LIFETIME_S) * 1000 });
  return token;
}

export async function verifyInternalToken(token: string, secret: string): Promise<Identity> {
  const cacheKey = `${secret}\u0000${token}`;
  const hit = verified.get(cacheKey);
  if (hit && hit.expiresAt > Date.now()) return hit.identity;
  const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience: AUDIENCE });
  const identity = parseIdentity(payload.identity);
  verified.set(cacheKey, { identity, expiresAt: (payload.exp ?? 0) * 1000 });
  return identity;
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
