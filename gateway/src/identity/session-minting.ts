import { randomUUID } from 'node:crypto';
import { type Identity } from '@casework/kit';
import pg from 'pg';
import { signSessionToken } from './session-token.js';

/**
 * A token with a real session row for an identity that may have no account (tests and the live
 * benchmark use synthetic caseworkers): the gateway checks the session, not the account.
 */
export async function mintSessionToken(
  databaseUrl: string,
  identity: Identity,
  secret: string,
  ttlMinutes: number,
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const sessionId = randomUUID();
  const expiresAt = new Date(Date.now() + ttlMinutes * 60_000);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      'insert into identity.session (id, account_id, created_at, expires_at, last_seen_at) values ($1, $2, now(), $3, now())',
      [sessionId, UUID.test(identity.id) ? identity.id : randomUUID(), expiresAt],
    );
  } finally {
    await client.end();
  }
  const { token } = await signSessionToken(identity, sessionId, secret, expiresAt);
  return { token, sessionId, expiresAt };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
