import {
  assertUuid,
  type Connection,
  notFound,
  paginate,
  publishEvent,
  type RequestContext,
  sqlExecutor,
  withTransaction,
} from '@casework/kit';
import {
  NOTIFICATION_EVENTS,
  type NotificationEvent,
  type NotificationKind,
} from '@casework/contracts';
import { type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { Notification, type NotificationParams } from './notification.entity.js';

/** What a worker stores: one inbox entry per event. */
export interface NewNotification {
  /** The event that raised it (UUID): the idempotency key. */
  eventId: string;
  recipientId: string;
  kind: NotificationKind;
  params: NotificationParams;
  subjectType: string;
  subjectId: string;
  link: string;
}

/**
 * Stores a notification from a job, once per event: a second delivery of the same job (pg-boss
 * retries after a crash) inserts nothing and announces nothing. Returns whether it was new.
 */
export async function storeNotification(em: EntityManager, n: NewNotification): Promise<boolean> {
  return withTransaction(em, async () => {
    const { rows } = await sqlExecutor(em).executeSql(
      `insert into communications.notification
         (id, version, created_at, updated_at, event_id, recipient_id, kind, params, subject_type, subject_id, link)
       values (gen_random_uuid(), 1, now(), now(), $1, $2, $3, $4::jsonb, $5, $6, $7)
       on conflict (event_id) do nothing
       returning id`,
      [
        n.eventId,
        n.recipientId,
        n.kind,
        JSON.stringify(n.params),
        n.subjectType,
        n.subjectId,
        n.link,
      ],
    );
    const id = (rows[0] as { id: string } | undefined)?.id;
    if (!id) return false;
    const event: NotificationEvent = { version: 1, notificationId: id, recipientId: n.recipientId };
    await publishEvent(em, NOTIFICATION_EVENTS, event);
    return true;
  });
}

/** A user's own inbox: everyone signed in has one, and sees and changes only their own. */
export class NotificationService {
  constructor(private readonly ctx: RequestContext) {}

  private mine(): FilterQuery<Notification> {
    return { recipientId: this.ctx.identity.id };
  }

  list(
    unreadOnly: boolean,
    page: { first: number; after?: string | null },
  ): Promise<Connection<Notification>> {
    const where: FilterQuery<Notification> = unreadOnly
      ? { $and: [this.mine(), { readAt: null }] }
      : this.mine();
    return paginate(this.ctx.em, Notification, where, { createdAt: 'desc', id: 'desc' }, page);
  }

  unreadCount(): Promise<number> {
    return this.ctx.em.count(Notification, { $and: [this.mine(), { readAt: null }] });
  }

  async get(id: string, field = 'id'): Promise<Notification> {
    assertUuid(id, field);
    const found = await this.ctx.em.findOne(Notification, { $and: [{ id }, this.mine()] });
    if (!found) throw notFound('Notification', id);
    return found;
  }

  /** Marks the given notifications read (already read ones keep their time); unknown ids are NOT_FOUND. */
  async markRead(ids: string[]): Promise<Notification[]> {
    const found = await Promise.all(ids.map((id, i) => this.get(id, `ids.${i}`)));
    const now = new Date();
    for (const n of found) n.readAt ??= now;
    await this.ctx.em.flush();
    return found;
  }

  /** Marks every unread notification of mine read; returns how many. */
  async markAllRead(): Promise<number> {
    return this.ctx.em.nativeUpdate(
      Notification,
      { $and: [this.mine(), { readAt: null }] },
      { readAt: new Date() },
    );
  }
}
