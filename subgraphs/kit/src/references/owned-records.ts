import { type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import express, { type Express, type Response } from 'express';
import { type Identity } from '../identity/identity.js';
import { MAX_LIST_ITEMS } from '../input/text-limits.js';
import { type AuthenticatedLocals, requireInternalToken } from '../server/internal-auth.js';

/**
 * For each type a subgraph owns and others refer to: which of these ids exist. With `within`
 * (the id of an owning record, such as a provider), which of them belong to that record.
 */
export type OwnedRecords = Record<
  string,
  (em: EntityManager, ids: string[], within?: string) => Promise<string[]>
>;

export const REFERENCE_LOOKUP_PATH = '/internal/references';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The identity a subgraph signs its internal token with when it asks another subgraph. */
export function subgraphIdentity(service: string): Identity {
  return {
    id: `subgraph:${service}`,
    name: `${service} subgraph`,
    email: `${service}@system.casework`,
    roles: [],
    clearance: 0,
  };
}

export function isSubgraphIdentity(identity: Identity): boolean {
  return identity.id.startsWith('subgraph:') && identity.roles.length === 0;
}

/**
 * The owner's side of reference checks (issue 14 item 11): `POST /internal/references` with
 * `{ type, ids, within? }` answers `{ existing }`. Only other subgraphs may ask (internal token signed with a
 * subgraph identity); the gateway does not route this path, and a user's identity is refused.
 */
export function mountReferenceLookup(
  app: Express,
  { orm, owned, internalSecret }: { orm: MikroORM; owned: OwnedRecords; internalSecret: string },
): void {
  app.post(
    REFERENCE_LOOKUP_PATH,
    requireInternalToken(internalSecret),
    express.json({ limit: '64kb' }),
    async (req, res: Response<unknown, AuthenticatedLocals>) => {
      if (!isSubgraphIdentity(res.locals.identity)) {
        res.status(403).json({ error: 'only subgraphs may look up references' });
        return;
      }
      const { type, ids, within } = (req.body ?? {}) as {
        type?: unknown;
        ids?: unknown;
        within?: unknown;
      };
      const lookup = typeof type === 'string' ? owned[type] : undefined;
      if (!lookup) {
        res.status(404).json({ error: 'this subgraph owns no such type' });
        return;
      }
      if (
        !Array.isArray(ids) ||
        ids.length > MAX_LIST_ITEMS ||
        !ids.every((id) => typeof id === 'string' && UUID.test(id))
      ) {
        res.status(400).json({ error: `ids must be at most ${MAX_LIST_ITEMS} UUIDs` });
        return;
      }
      if (within !== undefined && (typeof within !== 'string' || !UUID.test(within))) {
        res.status(400).json({ error: 'within must be a UUID' });
        return;
      }
      try {
        res.json({ existing: await lookup(orm.em.fork(), ids as string[], within) });
      } catch {
        res.status(503).json({ error: 'the lookup failed' });
      }
    },
  );
}
