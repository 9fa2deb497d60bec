import {
  type EventSubscription,
  type Logger,
  publishEvent,
  sqlExecutor,
  subscribeEvents,
} from '@casework/kit';
import { type MikroORM } from '@mikro-orm/postgresql';
import { Session } from './session.entity.js';

/** NOTIFY channel: sessions revoked by any gateway replica (payload `{ ids }`). */
export const SESSION_REVOKED_EVENTS = 'session_revoked';

/** How long a replica trusts its cached "session is active" answer (documented in README). */
export const SESSION_CACHE_MS = 5_000;
/** How long a cached active session is trusted while the database cannot be reached. */
const STALE_OK_MS = 5 * 60_000;
/** last_seen_at is written at most this often per session. */
const LAST_SEEN_EVERY_MS = 60_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface CacheEntry {
  active: boolean;
  checkedAt: number;
}

export type RevokedListener = (sessionIds: readonly string[]) => void;

/**
 * The gateway's server-side sessions. An active session is cached for a few seconds so a request
 * costs no database round trip; a revocation drops it from this replica's cache at once and from
 * every other replica's through PostgreSQL NOTIFY (their cache window is the fallback when the
 * notification connection is down).
 */
export class SessionStore {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly lastSeen = new Map<string, number>();
  private readonly listeners = new Set<RevokedListener>();
  private subscription?: EventSubscription;

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
    private readonly cacheMs = SESSION_CACHE_MS,
  ) {}

  /** LISTENs for revocations made by other replicas. */
  async listen(databaseUrl: string): Promise<void> {
    this.subscription = await subscribeEvents<{ ids?: unknown }>(
      databaseUrl,
      SESSION_REVOKED_EVENTS,
      (payload) => {
        const ids = Array.isArray(payload.ids)
          ? payload.ids.filter((id): id is string => typeof id === 'string')
          : [];
        this.forget(ids);
      },
      this.logger,
    );
  }

  async close(): Promise<void> {
    await this.subscription?.close();
  }

  /** Called with the ids of revoked sessions (this replica's or another's). */
  onRevoked(listener: RevokedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async start(accountId: string, expiresAt: Date): Promise<Session> {
    const em = this.orm.em.fork();
    const session = em.create(Session, { accountId, expiresAt });
    await em.flush();
    this.cache.set(session.id, { active: true, checkedAt: Date.now() });
    return session;
  }

  /** Whether the session exists, is not revoked and has not expired (cached for a few seconds). */
  async isActive(sessionId: string): Promise<boolean> {
    if (!UUID.test(sessionId)) return false;
    const now = Date.now();
    const cached = this.cache.get(sessionId);
    if (cached && (!cached.active || now - cached.checkedAt < this.cacheMs)) return cached.active;
    let rows: Record<string, unknown>[];
    try {
      ({ rows } = await sqlExecutor(this.orm.em.fork()).executeSql(
        'select revoked_at, expires_at from identity.session where id = $1',
        [sessionId],
      ));
    } catch (error) {
      // While PostgreSQL restarts, a session seen active in the last minutes stays usable.
      if (cached?.active && now - cached.checkedAt < STALE_OK_MS) return true;
      throw error;
    }
    const row = rows[0];
    const active =
      !!row && row.revoked_at === null && new Date(row.expires_at as Date).getTime() > now;
    this.remember(sessionId, active, now);
    if (active) this.touch(sessionId, now);
    return active;
  }

  /** Revokes one session (sign-out). */
  async revoke(sessionId: string, reason: string): Promise<void> {
    await this.revokeWhere('id = $2', [sessionId], reason);
  }

  /** Revokes every open session of an account; returns how many were open. */
  async revokeAccount(accountId: string, reason: string): Promise<number> {
    return (await this.revokeWhere('account_id = $2', [accountId], reason)).length;
  }

  private async revokeWhere(where: string, params: unknown[], reason: string): Promise<string[]> {
    const ids = await this.orm.em.fork().transactional(async (tx) => {
      const { rows } = await sqlExecutor(tx).executeSql(
        `update identity.session set revoked_at = now(), revoked_reason = $1 where ${where} and revoked_at is null returning id`,
        [reason.slice(0, 40), ...params],
      );
      const list = rows.map((r) => String(r.id));
      // Ids only; a NOTIFY payload holds at most 8000 bytes, so large revocations go in chunks.
      for (let i = 0; i < list.length; i += 150)
        await publishEvent(tx, SESSION_REVOKED_EVENTS, { ids: list.slice(i, i + 150) });
      return list;
    });
    this.forget(ids);
    if (ids.length > 0) this.logger.info({ sessions: ids.length, reason }, 'sessions revoked');
    return ids;
  }

  private forget(ids: readonly string[]): void {
    const now = Date.now();
    for (const id of ids) this.remember(id, false, now);
    if (ids.length > 0) for (const listener of this.listeners) listener(ids);
  }

  private remember(sessionId: string, active: boolean, now: number): void {
    this.cache.set(sessionId, { active, checkedAt: now });
    if (this.cache.size > 50_000) {
      for (const [id, entry] of this.cache)
        if (now - entry.checkedAt > this.cacheMs) this.cache.delete(id);
    }
  }

  /** Records when a session was last used, at most once a minute, without delaying the request. */
  private touch(sessionId: string, now: number): void {
    if (now - (this.lastSeen.get(sessionId) ?? 0) < LAST_SEEN_EVERY_MS) return;
    this.lastSeen.set(sessionId, now);
    if (this.lastSeen.size > 50_000) this.lastSeen.clear();
    sqlExecutor(this.orm.em.fork())
      .executeSql('update identity.session set last_seen_at = now() where id = $1', [sessionId])
      .catch((error: unknown) => this.logger.warn({ err: error }, 'last_seen_at not written'));
  }
}
