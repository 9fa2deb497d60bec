import { can, forbidden, liveEvents, renewForEvent, type RequestContext } from '@casework/kit';
import { Arg, Ctx, Field, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { AdminRequestEventKind } from './admin-request-enums.js';
import {
  ADMIN_REQUEST_EVENTS,
  type AdminRequestEventPayload,
  isAdminRequestEventFor,
} from './admin-request-events.js';
import { AdminRequest } from './admin-request.entity.js';
import { AdminRequestService } from './admin-request.service.js';

@ObjectType('AdministrativeRequestActivity', {
  description: 'Something happened to an administrative request the subscriber may see (R6.1)',
})
export class AdminRequestActivity {
  @Field(() => ID, { description: 'Unique per event' })
  eventId!: string;

  @Field(() => AdminRequestEventKind)
  kind!: AdminRequestEventKind;

  @Field(() => AdminRequest, { description: 'The request as it is now' })
  request!: AdminRequest;
}

/** Live request events (R6.1) from PostgreSQL NOTIFY, so they reach subscribers on every replica. */
@Resolver()
export class AdminRequestLiveResolver {
  @Subscription(() => AdminRequestActivity, {
    description:
      'New requests, replies and status changes: the support desk gets all, provider users their organisation\u2019s (never internal notes or assignment); optionally one request only',
    subscribe: ({ context, args }) => {
      const ctx = context as RequestContext;
      const handles = can(ctx.identity, 'admin-request:handle');
      if (!handles && !(can(ctx.identity, 'admin-request:read-own') && ctx.identity.organisationId))
        throw forbidden('follow administrative requests');
      const only = (args as { requestId?: string | null }).requestId;
      return liveEvents<AdminRequestEventPayload>(
        ctx,
        ADMIN_REQUEST_EVENTS,
        (event) =>
          isAdminRequestEventFor(event, ctx.identity, handles) &&
          (!only || event.requestId === only),
      );
    },
  })
  async administrativeRequestActivity(
    @Arg('requestId', () => ID, { nullable: true }) _requestId: string | null,
    @Root() event: AdminRequestEventPayload,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminRequestActivity> {
    return {
      eventId: event.eventId,
      kind: event.kind,
      request: await new AdminRequestService(renewForEvent(ctx)).get(event.requestId),
    };
  }
}
