import { createLogger, JobQueue, Role, signInternalToken } from '@casework/kit';
import { NOTIFICATION_QUEUE, type NotificationJob } from '@casework/contracts';
import {
  liveClient,
  TEST_SECRET,
  startTestSubgraph,
  subscribe,
  testIdentity,
  type TestSubgraph,
  untilLive,
} from '@casework/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communicationsSubgraph } from '../index.js';

const INBOX = `query($unreadOnly: Boolean, $first: Int, $after: String) {
  myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    nodes { id kind title body subjectType subjectId link readAt recipientId }
    pageInfo { endCursor hasNextPage } totalCount
  }
  myUnreadNotificationCount
}`;
const MARK = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }`;
const MARK_ALL = `mutation { markAllNotificationsRead }`;
const ADDED = `subscription { notificationAdded { id kind title link readAt } }`;

interface Inbox {
  myNotifications: {
    nodes: { id: string; kind: string; title: string; link: string; readAt: string | null }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    totalCount: number;
  };
  myUnreadNotificationCount: number;
}

let subgraph: TestSubgraph;
let queue: JobQueue;
const clara = testIdentity([Role.CASEWORKER], { id: 'cw-clara', name: 'Clara Caseworker' });
const carl = testIdentity([Role.CASEWORKER], { id: 'cw-carl', name: 'Carl Caseworker' });

beforeAll(async () => {
  subgraph = await startTestSubgraph(communicationsSubgraph);
  queue = await JobQueue.start(subgraph.orm.config.get('clientUrl')!, createLogger('test'), [
    { name: NOTIFICATION_QUEUE },
  ]);
});
afterAll(async () => {
  await queue?.stop();
  await subgraph?.stop();
});

function job(recipientId: string, title = 'Sonnenhof answered inquiry IQ-TEST: can deliver') {
  const subjectId = randomUUID();
  return {
    version: 1,
    eventId: randomUUID(),
    recipientId,
    kind: 'INQUIRY_ANSWERED',
    title,
    body: 'Sonnenhof can deliver "Home care" from 2026-12-01 to 2026-12-31.',
    subjectType: 'Inquiry',
    subjectId,
    link: `/agency/inquiries/${subjectId}`,
  } satisfies NotificationJob;
}

async function enqueue(data: NotificationJob) {
  await queue.enqueue(subgraph.orm.em.fork(), NOTIFICATION_QUEUE, data, { id: data.eventId });
}

async function inbox(as = clara, variables: Record<string, unknown> = {}) {
  const res = await subgraph.query<Inbox>(INBOX, variables, as);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

describe('notification inbox (R6.1)', () => {
  it('R6.1: a queued event becomes one notification in the recipient\u2019s inbox, even when the job runs twice', async () => {
    const event = job(clara.id);
    const before = (await inbox()).myUnreadNotificationCount;
    await enqueue(event);
    await expect.poll(async () => (await inbox()).myUnreadNotificationCount).toBe(before + 1);
    // The same event delivered again (a retried or duplicated job) stores nothing.
    await queue.enqueue(subgraph.orm.em.fork(), NOTIFICATION_QUEUE, event);
    const marker = job(clara.id, 'marker after the duplicate');
    await enqueue(marker);
    await expect
      .poll(async () => (await inbox()).myNotifications.nodes.map((n) => n.title))
      .toContain('marker after the duplicate');
    const { myNotifications } = await inbox();
    expect(myNotifications.nodes.filter((n) => n.link === event.link)).toHaveLength(1);
    expect(myNotifications.nodes.find((n) => n.link === event.link)).toMatchObject({
      kind: 'INQUIRY_ANSWERED',
      title: event.title,
      readAt: null,
    });
  });

  it('R6.1: users see only their own notifications, and cannot mark another\u2019s read', async () => {
    const forCarl = job(carl.id, 'for Carl only');
    await enqueue(forCarl);
    await expect
      .poll(async () => (await inbox(carl)).myNotifications.nodes.map((n) => n.title))
      .toContain('for Carl only');
    expect((await inbox(clara)).myNotifications.nodes.map((n) => n.title)).not.toContain(
      'for Carl only',
    );
    const carlsId = (await inbox(carl)).myNotifications.nodes[0]!.id;
    const res = await subgraph.query(MARK, { ids: [carlsId] }, clara);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await inbox(carl)).myNotifications.nodes[0]!.readAt).toBeNull();
  });

  it('marks read: the unread count drops, unread-only hides it, bad ids are named', async () => {
    const mine = await inbox();
    const first = mine.myNotifications.nodes[0]!;
    const res = await subgraph.query<{ markNotificationsRead: { readAt: string | null }[] }>(
      MARK,
      { ids: [first.id] },
      clara,
    );
    expect(res.data?.markNotificationsRead[0]?.readAt).toEqual(expect.any(String));
    const after = await inbox(clara, { unreadOnly: true });
    expect(after.myUnreadNotificationCount).toBe(mine.myUnreadNotificationCount - 1);
    expect(after.myNotifications.nodes.map((n) => n.id)).not.toContain(first.id);

    const bad = await subgraph.query(MARK, { ids: ['not-an-id'] }, clara);
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'ids.0' }],
    });
    const all = await subgraph.query<{ markAllNotificationsRead: number }>(MARK_ALL, {}, clara);
    expect(all.data?.markAllNotificationsRead).toBe(after.myUnreadNotificationCount);
    expect((await inbox()).myUnreadNotificationCount).toBe(0);
  });

  it('paginates the inbox, newest first', async () => {
    const first = await inbox(clara, { first: 1 });
    expect(first.myNotifications.nodes).toHaveLength(1);
    expect(first.myNotifications.pageInfo.hasNextPage).toBe(true);
    const second = await inbox(clara, {
      first: 1,
      after: first.myNotifications.pageInfo.endCursor,
    });
    expect(second.myNotifications.nodes[0]!.id).not.toBe(first.myNotifications.nodes[0]!.id);
  });

  it('R6.1: notificationAdded tells the recipient at once over graphql-ws, and no one else', async () => {
    const claraClient = subgraph.live(clara);
    const carlClient = subgraph.live(carl);
    const toClara = subscribe<{ notificationAdded: { title: string } }>(claraClient, ADDED);
    const toCarl = subscribe<{ notificationAdded: { title: string } }>(carlClient, ADDED);
    try {
      await untilLive(toClara, () => enqueue(job(clara.id, 'warm-up')));
      await untilLive(toCarl, () => enqueue(job(carl.id, 'warm-up')));
      await enqueue(job(clara.id, 'live for Clara'));
      const hit = await toClara.next((r) => r.data?.notificationAdded.title === 'live for Clara');
      expect(hit.data?.notificationAdded).toMatchObject({ title: 'live for Clara' });
      await enqueue(job(carl.id, 'live for Carl'));
      await toCarl.next((r) => r.data?.notificationAdded.title === 'live for Carl');
      expect(toCarl.results.map((r) => r.data?.notificationAdded.title)).not.toContain(
        'live for Clara',
      );
    } finally {
      toClara.close();
      toCarl.close();
      await claraClient.dispose();
      await carlClient.dispose();
    }
  });

  it('runs each multiplexed subscription as the user in its own internal token, and refuses a forged one', async () => {
    const gatewayClient = subgraph.live(testIdentity([], { id: 'gateway' }));
    const claraToken = await signInternalToken(clara, TEST_SECRET);
    try {
      const forged = subscribe(gatewayClient, ADDED, {}, { authorization: 'Internal forged' });
      expect(await forged.ended).toEqual([
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
        }),
      ]);
      const asClara = subscribe<{ notificationAdded: { title: string } }>(
        gatewayClient,
        ADDED,
        {},
        { authorization: `Internal ${claraToken}` },
      );
      await untilLive(asClara, () => enqueue(job(clara.id, 'multiplexed warm-up')));
      await enqueue(job(clara.id, 'multiplexed for Clara'));
      await asClara.next((r) => r.data?.notificationAdded.title === 'multiplexed for Clara');
      asClara.close();
    } finally {
      await gatewayClient.dispose();
    }
  });

  it('refuses a subscription connection without the internal token', async () => {
    const client = liveClient(subgraph.url.replace(/^http/, 'ws'), {
      connectionParams: { authorization: 'Internal forged' },
    });
    const sub = subscribe(client, ADDED);
    expect(await sub.ended).toMatchObject({ code: 4403 });
    await client.dispose();
  });
});
