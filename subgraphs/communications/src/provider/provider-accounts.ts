import { type Identity, signInternalToken } from '@casework/kit';

/** A branch or subsidiary of a provider organisation, as the providers subgraph knows it. */
export interface ProviderAccount {
  id: string;
  name: string;
  active: boolean;
}

export interface ProviderAccounts {
  name: string;
  branches: ProviderAccount[];
}

const QUERY = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Provider { name branches { id name active } } }
}`;

/**
 * The caller's organisation and its branches, asked from the providers subgraph that owns them
 * (R5.4). This subgraph never reads another's tables: it calls the providers subgraph's federation
 * entry point (`_entities`) the way the gateway does, with an internal token for the caller, so
 * the providers subgraph applies its own rules (own organisation only, active portal account).
 */
export async function providerAccounts(
  identity: Identity,
  providerId: string,
): Promise<ProviderAccounts> {
  // The stack launcher sets both (PROVIDERS_URL as for the gateway); the subgraph checked the secret at start.
  const url = process.env.PROVIDERS_URL ?? 'http://127.0.0.1:4002/graphql';
  const secret = process.env.INTERNAL_SECRET;
  if (!secret) throw new Error('INTERNAL_SECRET is not set');
  const token = await signInternalToken(identity, secret);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Internal ${token}` },
    body: JSON.stringify({
      query: QUERY,
      variables: { representations: [{ __typename: 'Provider', id: providerId }] },
    }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await res.json()) as {
    data?: { _entities?: (ProviderAccounts | null)[] } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const provider = body.data?._entities?.[0];
  if (body.errors?.length || !provider) {
    throw new ProviderLookupError(
      body.errors?.[0]?.extensions?.code ?? 'NOT_FOUND',
      body.errors?.[0]?.message,
    );
  }
  return provider;
}

/** The providers subgraph refused or did not know the organisation. */
export class ProviderLookupError extends Error {
  constructor(
    readonly code: string,
    detail = 'provider not found',
  ) {
    super(`providers subgraph: ${code}: ${detail}`);
  }
}
