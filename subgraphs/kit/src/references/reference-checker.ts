import { GraphQLError } from 'graphql';
import { type FieldError, fieldRefusal, refuseFields } from '../errors/refusal.js';
import { signInternalToken } from '../identity/internal-token.js';
import { REFERENCE_LOOKUP_PATH, subgraphIdentity } from './owned-records.js';

export interface Reference {
  /** The type as its owner names it, such as `Provider`. */
  type: string;
  id: string;
  /** The input field that holds it, such as `input.providerId`. */
  field: string;
  /**
   * The id of the owner's record the referenced one must belong to (a service offered by this
   * provider). Such answers can change, so they are never cached.
   */
  within?: string;
  /** The refusal when it is missing; UNKNOWN_REFERENCE unless said otherwise. */
  reason?: ReferenceRefusal;
}

/** Refusals of a missing reference; all take `property`, `entity` and `id`. */
export type ReferenceRefusal =
  'UNKNOWN_REFERENCE' | 'SERVICE_NOT_OFFERED_BY_PROVIDER' | 'INVITEE_NOT_CASE_CLIENT';

/** How long a record known to exist is trusted without asking again (owners never delete them). */
const EXISTS_TTL_MS = 60_000;

/**
 * The referring side of reference checks (issue 14 item 11): asks the owning subgraph whether ids
 * exist before a write stores them, and refuses unknown ones as BAD_USER_INPUT naming the field
 * (code UNKNOWN_REFERENCE). Existing ids are cached for a minute; unknown ones are asked again.
 */
export class ReferenceChecker {
  private readonly known = new Map<string, number>();

  constructor(
    private readonly self: string,
    /** Owner of each referenced type: its service name and GraphQL URL. */
    private readonly owners: Record<string, { service: string; url: string }>,
    private readonly internalSecret: string,
  ) {}

  /** Throws unless every reference exists at its owner; references without an id are skipped. */
  async assertExist(references: (Reference | false | null | undefined)[]): Promise<void> {
    const errors: FieldError[] = [];
    for (const ref of references) {
      if (!ref || !ref.id) continue;
      if (!(await this.exists(ref.type, ref.id, ref.within)))
        errors.push(
          fieldRefusal(ref.field, ref.reason ?? 'UNKNOWN_REFERENCE', {
            property: ref.field,
            entity: ref.type.toLowerCase(),
            id: ref.id,
          }),
        );
    }
    if (errors.length > 0) throw refuseFields(errors);
  }

  private async exists(type: string, id: string, within?: string): Promise<boolean> {
    const key = `${type}:${id}`;
    const until = within ? undefined : this.known.get(key);
    if (until !== undefined && until > Date.now()) return true;
    const owner = this.owners[type];
    if (!owner) throw new Error(`No owner configured for references to ${type}`);
    const existing = await this.ask(owner, type, [id], within);
    if (!existing.includes(id)) return false;
    if (within) return true;
    if (this.known.size > 10_000) this.known.clear();
    this.known.set(key, Date.now() + EXISTS_TTL_MS);
    return true;
  }

  private async ask(
    owner: { service: string; url: string },
    type: string,
    ids: string[],
    within?: string,
  ): Promise<string[]> {
    const url = new URL(REFERENCE_LOOKUP_PATH, owner.url);
    try {
      const token = await signInternalToken(subgraphIdentity(this.self), this.internalSecret);
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Internal ${token}` },
        body: JSON.stringify({ type, ids, within }),
        signal: AbortSignal.timeout(5000),
      });
      if (!res.ok) throw new Error(`status ${res.status}`);
      return ((await res.json()) as { existing: string[] }).existing;
    } catch (error) {
      throw new GraphQLError(
        `The ${owner.service} service could not confirm the ${type.toLowerCase()}; try again shortly`,
        {
          extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: owner.service },
          originalError: error as Error,
        },
      );
    }
  }
}

/** Where each subgraph listens unless `<NAME>_URL` says otherwise (the stack launcher sets them). */
const DEFAULT_PORTS: Record<string, number> = {
  cases: 4001,
  providers: 4002,
  communications: 4003,
};

/**
 * The checker for a subgraph that refers to other subgraphs' records, with owners' URLs from
 * `urls` (by service name), else `<NAME>_URL`, else the default local port.
 */
export function referenceCheckerFor(
  self: string,
  referencedTypes: Record<string, string> | undefined,
  internalSecret: string,
  urls: Record<string, string | undefined> = {},
  env: NodeJS.ProcessEnv = process.env,
): ReferenceChecker | undefined {
  if (!referencedTypes) return undefined;
  const owners = Object.fromEntries(
    Object.entries(referencedTypes).map(([type, service]) => [
      type,
      {
        service,
        url:
          urls[service] ??
          env[`${service.toUpperCase()}_URL`] ??
          `http://127.0.0.1:${DEFAULT_PORTS[service] ?? 0}/graphql`,
      },
    ]),
  );
  return new ReferenceChecker(self, owners, internalSecret);
}
