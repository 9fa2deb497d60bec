import { forbidden } from '../errors/errors.js';
import { type Identity } from './identity.js';
import { can } from './permissions.js';

/**
 * Agency staff with provider:write change any provider; a provider administrator keeps their own
 * organisation's branches, contacts, exceptions and users up to date. Shared by the providers
 * subgraph and the communications subgraph (a provider's communication exceptions).
 */
export function authorizeProviderChange(identity: Identity, providerId: string, action: string) {
  if (can(identity, 'provider:write')) return;
  if (can(identity, 'provider:administer-own') && identity.organisationId === providerId) return;
  throw forbidden(action);
}

/** Staff with provider:read see every provider; provider users only their own organisation. */
export function canReadProvider(identity: Identity, providerId: string): boolean {
  return (
    can(identity, 'provider:read') ||
    (can(identity, 'provider:read-own') && identity.organisationId === providerId)
  );
}
