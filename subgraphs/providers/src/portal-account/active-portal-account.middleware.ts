import { PROVIDER_ROLES, renewForEvent, type RequestContext } from '@casework/kit';
import { type MiddlewareFn } from 'type-graphql';
import { assertPortalCallerActive } from './portal-account.service.js';

/**
 * The providers subgraph's global middleware (registered in its definition): refuses provider
 * users once their portal account is disabled, before any field they reach. Whether an account is
 * active is decided by `assertPortalCallerActive` alone (one query per request, cached in its loader).
 * A subscription's context lives as long as the subscription, so each event checks afresh.
 */
export const ActivePortalAccount: MiddlewareFn<RequestContext> = async (
  { context, info },
  next,
) => {
  if (!context.identity.roles.some((role) => PROVIDER_ROLES.includes(role))) return next();
  if (!info.path.prev && info.operation.operation === 'subscription') renewForEvent(context);
  await assertPortalCallerActive(context);
  return next();
};
