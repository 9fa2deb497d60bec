import { type Identity, type Permission, permissionsOf, Role, sqlExecutor } from '@casework/kit';
import { type MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { ApiClientSecret } from './api-client-secret.entity.js';
import { newSecret, secretIdOf, secretMatches } from './api-client-secret.js';
import { ApiClient } from './api-client.entity.js';

/**
 * The most an API client may hold: the integrator role's permissions from kit's table. An agency
 * administrator grants a subset; the client's requests run with the integrator role AND its scopes
 * (kit's `can`), so a scope outside the table grants nothing even if stored.
 */
export const GRANTABLE_SCOPES: readonly Permission[] = permissionsOf([Role.INTEGRATOR]);

export type ClientRefusal = 'invalid' | 'revoked' | 'expired';

/** A client allowed to make this request, with the scopes the request runs with. */
export interface ActiveClient {
  id: string;
  name: string;
  secretId: string;
  scopes: Permission[];
  rateLimitPerMinute: number;
}

export const CLIENT_REFUSALS: Record<ClientRefusal, string> = {
  invalid: 'The API client credentials are not valid',
  revoked: 'The API client or this secret has been revoked; ask an administrator for a new secret',
  expired: 'The API client or this secret has expired; ask an administrator for a new secret',
};

/** What administrators see of a client: never a secret or its hash. */
export interface ApiClientView {
  id: string;
  name: string;
  owner: string;
  scopes: Permission[];
  expiresAt: Date;
  rateLimitPerMinute: number;
  createdAt: Date;
  revokedAt: Date | null;
  usage: { requests: number; errors: number; lastUsedAt: Date | null };
  secrets: {
    id: string;
    hint: string;
    createdAt: Date;
    expiresAt: Date | null;
    revokedAt: Date | null;
    lastUsedAt: Date | null;
  }[];
}

export interface NewClient {
  name: string;
  owner: string;
  scopes: Permission[];
  expiresAt: Date;
  rateLimitPerMinute: number;
}

/** What an API client's request runs as: the integrator role narrowed to the scopes (R6.2, R6.3). */
export function clientIdentity(client: ActiveClient): Identity {
  return {
    id: client.id,
    // Audit entries (R6.3) record this name as who made the change.
    name: `${client.name} (API client)`,
    email: `${client.id}@api-clients.casework`,
    roles: [Role.INTEGRATOR],
    clearance: 0,
    scopes: client.scopes,
  };
}

/** API clients in the gateway's own schema (`identity.api_client`, `identity.api_client_secret`). */
export class ApiClientStore {
  constructor(private readonly orm: MikroORM) {}

  async create(
    input: NewClient,
    createdBy: string,
  ): Promise<{ clientId: string; secret: string; secretId: string }> {
    return this.orm.em.fork().transactional(async (em) => {
      const client = em.create(ApiClient, { ...input, createdBy });
      // The client row first: the secret's foreign key needs it, and MikroORM sees no relation.
      await em.flush();
      const secret = this.secretFor(em, client.id, null);
      await em.flush();
      return { clientId: client.id, ...secret };
    });
  }

  /** Another secret for the client (rotation: the old one stays valid until revoked). */
  async addSecret(
    clientId: string,
    expiresAt: Date | null,
  ): Promise<{ secret: string; secretId: string } | undefined> {
    const em = this.orm.em.fork();
    const client = await em.findOne(ApiClient, { id: clientId });
    if (!client) return undefined;
    const secret = this.secretFor(em, client.id, expiresAt);
    await em.flush();
    return secret;
  }

  private secretFor(em: MikroORM['em'], clientId: string, expiresAt: Date | null) {
    const id = randomUUID();
    const { secret, hash, hint } = newSecret(id);
    const row = em.create(ApiClientSecret, { id, clientId, hash, hint, expiresAt });
    return { secret, secretId: row.id };
  }

  async find(id: string): Promise<ApiClientView | undefined> {
    return (await this.list()).find((client) => client.id === id);
  }

  async list(): Promise<ApiClientView[]> {
    const em = this.orm.em.fork();
    const clients = await em.find(ApiClient, {}, { orderBy: { createdAt: 'desc' } });
    const secrets = await em.find(
      ApiClientSecret,
      { clientId: { $in: clients.map((c) => c.id) } },
      { orderBy: { createdAt: 'asc' } },
    );
    return clients.map((client) => ({
      id: client.id,
      name: client.name,
      owner: client.owner,
      scopes: client.scopes,
      expiresAt: client.expiresAt,
      rateLimitPerMinute: client.rateLimitPerMinute,
      createdAt: client.createdAt,
      revokedAt: client.revokedAt ?? null,
      usage: {
        requests: Number(client.requests),
        errors: Number(client.errors),
        lastUsedAt: client.lastUsedAt ?? null,
      },
      secrets: secrets
        .filter((s) => s.clientId === client.id)
        .map(({ id, hint, createdAt, expiresAt, revokedAt, lastUsedAt }) => ({
          id,
          hint,
          createdAt,
          expiresAt: expiresAt ?? null,
          revokedAt: revokedAt ?? null,
          lastUsedAt: lastUsedAt ?? null,
        })),
    }));
  }

  /** Revokes the client (every secret and every token it holds stops working at once). */
  async revoke(clientId: string): Promise<boolean> {
    const { rows } = await sqlExecutor(this.orm.em.fork()).executeSql(
      'update identity.api_client set revoked_at = coalesce(revoked_at, now()) where id = $1 returning id',
      [clientId],
    );
    return rows.length > 0;
  }

  async revokeSecret(clientId: string, secretId: string): Promise<boolean> {
    const { rows } = await sqlExecutor(this.orm.em.fork()).executeSql(
      'update identity.api_client_secret set revoked_at = coalesce(revoked_at, now()) where id = $1 and client_id = $2 returning id',
      [secretId, clientId],
    );
    return rows.length > 0;
  }

  /**
   * Checks a secret (the token endpoint's client_secret, or the X-Api-Key header). With a client
   * id, the secret must be that client's.
   */
  async checkSecret(
    secret: string,
    clientId?: string,
  ): Promise<{ clientId: string; secretId: string } | { error: ClientRefusal }> {
    const secretId = secretIdOf(secret);
    if (!secretId) return { error: 'invalid' };
    const row = await this.orm.em.fork().findOne(ApiClientSecret, { id: secretId });
    if (!row || !secretMatches(secret, row.hash) || (clientId && row.clientId !== clientId))
      return { error: 'invalid' };
    return { clientId: row.clientId, secretId };
  }

  /**
   * Counts one request of the client and returns it, when the client and the secret are neither
   * revoked nor expired: one statement, so every request sees a revocation at once.
   */
  async use(clientId: string, secretId: string): Promise<ActiveClient | { error: ClientRefusal }> {
    const sql = sqlExecutor(this.orm.em.fork());
    const { rows } = await sql.executeSql(
      `with s as (
         update identity.api_client_secret set last_used_at = now()
         where id = $2 and client_id = $1 and revoked_at is null
           and (expires_at is null or expires_at > now())
         returning id)
       update identity.api_client c set requests = c.requests + 1, last_used_at = now()
       from s where c.id = $1 and c.revoked_at is null and c.expires_at > now()
       returning c.id, c.name, c.scopes, c.rate_limit_per_minute`,
      [clientId, secretId],
    );
    const row = rows[0];
    if (row)
      return {
        id: String(row.id),
        name: String(row.name),
        secretId,
        scopes: row.scopes as Permission[],
        rateLimitPerMinute: Number(row.rate_limit_per_minute),
      };
    return { error: await this.whyRefused(clientId, secretId) };
  }

  private async whyRefused(clientId: string, secretId: string): Promise<ClientRefusal> {
    const { rows } = await sqlExecutor(this.orm.em.fork()).executeSql(
      `select c.revoked_at is not null or s.revoked_at is not null as revoked,
              c.expires_at <= now() or s.expires_at <= now() as expired
       from identity.api_client c join identity.api_client_secret s on s.client_id = c.id
       where c.id = $1 and s.id = $2`,
      [clientId, secretId],
    );
    const row = rows[0];
    if (!row) return 'invalid';
    if (row.revoked === true) return 'revoked';
    return row.expired === true ? 'expired' : 'invalid';
  }

  /** Counts a request that ended in an error (HTTP status >= 400 or GraphQL errors). */
  async countError(clientId: string): Promise<void> {
    await sqlExecutor(this.orm.em.fork()).executeSql(
      'update identity.api_client set errors = errors + 1 where id = $1',
      [clientId],
    );
  }
}
