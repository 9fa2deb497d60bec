import { can, forbidden, type Identity } from '@casework/kit';

/**
 * Agency staff with provider:write change any provider; a provider administrator keeps their own
 * organisation's branches, contacts and users up to date.
 */
export function authorizeProviderChange(identity: Identity, providerId: string, action: string) {
  if (can(identity, 'provider:write')) return;
  if (can(identity, 'provider:administer-own') && identity.organisationId === providerId) return;
  throw forbidden(action);
}
