import { renewForEvent, type RequestContext } from '@casework/kit';
import { type MiddlewareFn } from 'type-graphql';
import { PortalAccountService } from './portal-account.service.js';

/**
 * On resolvers provider users reach: refuses them once their portal account is disabled. A
 * subscription's context lives as long as the subscription, so each event checks afresh.
 */
export const ActivePortalAccount: MiddlewareFn<RequestContext> = async (
  { context, info },
  next,
) => {
  if (info.operation.operation === 'subscription') renewForEvent(context);
  await new PortalAccountService(context).assertCallerActive();
  return next();
};
