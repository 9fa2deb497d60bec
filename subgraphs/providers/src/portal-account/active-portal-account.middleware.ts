import { type RequestContext } from '@casework/kit';
import { type MiddlewareFn } from 'type-graphql';
import { PortalAccountService } from './portal-account.service.js';

/** On resolvers provider users reach: refuses them once their portal account is disabled. */
export const ActivePortalAccount: MiddlewareFn<RequestContext> = async ({ context }, next) => {
  await new PortalAccountService(context).assertCallerActive();
  return next();
};
