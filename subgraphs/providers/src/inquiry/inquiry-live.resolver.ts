import { can, forbidden, liveEvents, renewForEvent, type JobsContext } from '@casework/kit';
import { Ctx, Field, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import {
  INQUIRY_EVENTS,
  InquiryActivityKind,
  type InquiryEventPayload,
  isAddressedTo,
} from './inquiry-events.js';
import { Inquiry } from './inquiry.entity.js';
import { InquiryService } from './inquiry.service.js';

@ObjectType({ description: 'Something happened to an inquiry the subscriber may see' })
export class InquiryActivity {
  @Field(() => ID, { description: 'Unique per event' })
  eventId!: string;

  @Field(() => InquiryActivityKind)
  kind!: InquiryActivityKind;

  @Field(() => Inquiry, { description: 'The inquiry as it is now' })
  inquiry!: Inquiry;
}

@ObjectType({ description: 'A provider answered one of my inquiries in the portal (R1.7)' })
export class InquiryAnswered {
  @Field(() => ID, { description: 'Unique per event' })
  eventId!: string;

  @Field(() => Inquiry)
  inquiry!: Inquiry;
}

type SubscribeData = { context: unknown };

/** Events for the subscriber: agency staff get their own inquiries', provider users their organisation's portal inquiries'. */
function inquiryEvents(data: SubscribeData, accept: (event: InquiryEventPayload) => boolean) {
  const ctx = data.context as JobsContext;
  const { identity } = ctx;
  if (!can(identity, 'inquiry:read') && !can(identity, 'inquiry:answer'))
    throw forbidden('follow inquiries');
  return liveEvents<InquiryEventPayload>(
    ctx,
    INQUIRY_EVENTS,
    (event) => isAddressedTo(event, identity) && accept(event),
  );
}

/** Live inquiry events (R6.1) from PostgreSQL NOTIFY, so they reach subscribers on every replica. */
@Resolver()
export class InquiryLiveResolver {
  @Subscription(() => InquiryAnswered, {
    description:
      'A provider answered one of my inquiries (for the caseworker who made it); forwarded by the gateway',
    subscribe: (data) =>
      inquiryEvents(data, (event) => event.kind === InquiryActivityKind.ANSWERED),
  })
  async inquiryAnswered(
    @Root() event: InquiryEventPayload,
    @Ctx() ctx: JobsContext,
  ): Promise<InquiryAnswered> {
    return {
      eventId: event.eventId,
      inquiry: await new InquiryService(renewForEvent(ctx)).get(event.inquiryId),
    };
  }

  @Subscription(() => InquiryActivity, {
    description:
      'Every change to inquiries addressed to me: caseworkers get answers and questions about their inquiries, provider users new portal inquiries, replies and withdrawals',
    subscribe: (data) => inquiryEvents(data, () => true),
  })
  async inquiryActivity(
    @Root() event: InquiryEventPayload,
    @Ctx() ctx: JobsContext,
  ): Promise<InquiryActivity> {
    return {
      eventId: event.eventId,
      kind: event.kind,
      inquiry: await new InquiryService(renewForEvent(ctx)).get(event.inquiryId),
    };
  }
}
