import { type RequestContext } from '@casework/kit';
import { Ctx, Query, Resolver } from 'type-graphql';
import { AssignedAction } from './assigned-action.js';
import { AssignedActionsService } from './assigned-actions.service.js';

@Resolver(() => AssignedAction)
export class AssignedActionsResolver {
  @Query(() => [AssignedAction], {
    description:
      'Actions assigned to you in the newest final minutes of each meeting, soonest due first (R3.2)',
  })
  myActions(@Ctx() ctx: RequestContext): Promise<AssignedAction[]> {
    return new AssignedActionsService(ctx).mine();
  }
}
