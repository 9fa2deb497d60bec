import { type Identity, signInternalToken } from '@casework/kit';
import { type PartyAddressFact } from '@casework/contracts';
import { ProviderLookupError } from './provider-accounts.js';

/** How a provider is written to, as the providers subgraph knows it (R2.6). */
export interface ProviderContact {
  name: string;
  email: string | null;
  emailStatus: string;
  address: PartyAddressFact | null;
  preferredCommunicationMethod: string | null;
}

const QUERY = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Provider { name email emailStatus preferredCommunicationMethod address { line1 line2 postalCode city country } }
  }
}`;

/**
 * A provider's contact facts from the providers subgraph that owns them, asked through its
 * federation entry point with an internal token for `identity` (the caseworker who referred),
 * so the providers subgraph applies its own read rules.
 */
export async function providerContact(
  identity: Identity,
  providerId: string,
): Promise<ProviderContact> {
  const url = process.env.PROVIDERS_URL ?? 'http://127.0.0.1:4002/graphql';
  const secret = process.env.INTERNAL_SECRET;
  if (!secret) throw new Error('INTERNAL_SECRET is not set');
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Internal ${await signInternalToken(identity, secret)}`,
    },
    body: JSON.stringify({
      query: QUERY,
      variables: { representations: [{ __typename: 'Provider', id: providerId }] },
    }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await res.json()) as {
    data?: { _entities?: (ProviderContact | null)[] } | null;
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
