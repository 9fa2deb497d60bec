import { ConnectionType, liveEvents, renewForEvent, type RequestContext } from '@casework/kit';
import { NOTIFICATION_EVENTS, type NotificationEvent } from '@casework/contracts';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { Notification } from './notification.entity.js';
import { notificationText } from './notification-texts.js';
import { NotificationService } from './notification.service.js';

@ObjectType({ description: 'One parameter of a notification (name and value)' })
export class NotificationParam {
  @Field({ description: 'Such as reference, providerName, serviceName, periodFrom, answer' })
  name!: string;

  @Field()
  value!: string;
}

@ObjectType({ description: 'A page of notifications, newest first' })
export class NotificationConnection extends ConnectionType(Notification) {}

@ArgsType()
class NotificationsArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only those not yet marked read' })
  unreadOnly!: boolean;

  @Field(() => Int, { defaultValue: 20 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** The signed-in user's notification inbox (R6.1). */
@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    nullable: true,
    description: 'My notifications, newest first',
  })
  myNotifications(
    @Args(() => NotificationsArgs) { unreadOnly, first, after }: NotificationsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationConnection> {
    return new NotificationService(ctx).list(unreadOnly, { first, after });
  }

  @Query(() => Int, { nullable: true, description: 'How many of my notifications are unread' })
  myUnreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return new NotificationService(ctx).unreadCount();
  }

  @Mutation(() => [Notification], { description: 'Marks my notifications read' })
  markNotificationsRead(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<Notification[]> {
    return new NotificationService(ctx).markRead(ids);
  }

  @Mutation(() => Int, { description: 'Marks all my notifications read; returns how many' })
  markAllNotificationsRead(@Ctx() ctx: RequestContext): Promise<number> {
    return new NotificationService(ctx).markAllRead();
  }

  @FieldResolver(() => String, {
    description: 'The title in English (the apps word it from kind and params)',
  })
  title(@Root() notification: Notification): string {
    return notificationText(notification.kind, notification.params).title;
  }

  @FieldResolver(() => String, {
    description: 'The text in English (the apps word it from kind and params)',
  })
  body(@Root() notification: Notification): string {
    return notificationText(notification.kind, notification.params).body;
  }

  @FieldResolver(() => [NotificationParam], {
    description: 'The facts of the notification by name, to word it in the reader’s language',
  })
  params(@Root() notification: Notification): NotificationParam[] {
    return Object.entries(notification.params).map(([name, value]) => ({ name, value }));
  }

  @Subscription(() => Notification, {
    description: 'A notification was added to my inbox (from any replica)',
    subscribe: ({ context }) => {
      const ctx = context as RequestContext;
      return liveEvents<NotificationEvent>(
        ctx,
        NOTIFICATION_EVENTS,
        (event) => event.recipientId === ctx.identity.id,
      );
    },
  })
  notificationAdded(
    @Root() event: NotificationEvent,
    @Ctx() ctx: RequestContext,
  ): Promise<Notification> {
    return new NotificationService(renewForEvent(ctx)).get(event.notificationId);
  }
}
