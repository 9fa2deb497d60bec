import { createLogger, JobQueue, Role, signInternalToken } from '@casework/kit';
import { INQUIRY_FACTS_QUEUE, type InquiryAnsweredV1 } from '@casework/contracts';
import {
  liveClient,
  TEST_SECRET,
  startTestSmtp,
  startTestSubgraph,
  type TestSmtp,
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
    nodes { id kind title body params { name value } subjectType subjectId link readAt recipientId }
    pageInfo { endCursor hasNextPage } totalCount
  }
  myUnreadNotificationCount
}`;
const MARK = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }`;
const MARK_ALL = `mutation { markAllNotificationsRead }`;
const ADDED = `subscription { notificationAdded { id kind title params { name value } link readAt } }`;

interface Added {
  id: string;
  kind: string;
  title: string;
  params: { name: string; value: string }[];
  link: string;
  readAt: string | null;
}

/** Each test fact names its provider after what the test looks for. */
const marker = (n: Pick<Added, 'params'> | undefined) =>
  n?.params.find((p) => p.name === 'providerName')?.value;

interface Inbox {
  myNotifications: {
    nodes: Added[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    totalCount: number;
  };
  myUnreadNotificationCount: number;
}

let subgraph: TestSubgraph;
let smtp: TestSmtp;
let queue: JobQueue;
const clara = testIdentity([Role.CASEWORKER], { id: 'cw-clara', name: 'Clara Caseworker' });
const carl = testIdentity([Role.CASEWORKER], { id: 'cw-carl', name: 'Carl Caseworker' });

beforeAll(async () => {
  smtp = await startTestSmtp();
  subgraph = await startTestSubgraph(communicationsSubgraph, { smtpUrl: smtp.url });
  queue = await JobQueue.start(subgraph.orm.config.get('clientUrl')!, createLogger('test'), [
    { name: INQUIRY_FACTS_QUEUE },
  ]);
});
afterAll(async () => {
  await queue?.stop();
  await subgraph?.stop();
  await smtp?.stop();
});

/** The providers subgraph's fact "inquiry answered", addressed to the caseworker. */
function job(
  caseworkerId: string,
  providerName = 'Sonnenhof',
): InquiryAnsweredV1 & { link: string } {
  const inquiryId = randomUUID();
  return {
    version: 1,
    type: 'INQUIRY_ANSWERED',
    eventId: randomUUID(),
    occurredAt: new Date().toISOString(),
    inquiryId,
    reference: 'IQ-TEST',
    caseworkerId,
    caseworkerEmail: `${caseworkerId}@agency.test`,
    providerId: randomUUID(),
    providerName,
    serviceName: 'Home care',
    periodFrom: '2026-12-01',
    periodTo: '2026-12-31',
    answer: 'AVAILABLE',
    comment: null,
    link: `/agency/inquiries/${inquiryId}`,
  };
}

async function enqueue(data: InquiryAnsweredV1) {
  await queue.enqueue(subgraph.orm.em.fork(), INQUIRY_FACTS_QUEUE, data, { id: data.eventId });
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
    await queue.enqueue(subgraph.orm.em.fork(), INQUIRY_FACTS_QUEUE, event);
    const after = job(clara.id, 'marker after the duplicate');
    await enqueue(after);
    await expect
      .poll(async () => (await inbox()).myNotifications.nodes.map(marker))
      .toContain('marker after the duplicate');
    const { myNotifications } = await inbox();
    expect(myNotifications.nodes.filter((n) => n.link === event.link)).toHaveLength(1);
    const stored = myNotifications.nodes.find((n) => n.link === event.link);
    expect(stored).toMatchObject({
      kind: 'INQUIRY_ANSWERED',
      title: 'Sonnenhof answered inquiry IQ-TEST: can deliver',
      body: 'Sonnenhof can deliver "Home care" from 2026-12-01 to 2026-12-31.',
      readAt: null,
    });
    // Kind and parameters are stored, not text: the apps word them in the reader's language.
    expect(stored?.params).toHaveLength(6);
    expect(stored?.params).toEqual(
      expect.arrayContaining([
        { name: 'reference', value: 'IQ-TEST' },
        { name: 'providerName', value: 'Sonnenhof' },
        { name: 'serviceName', value: 'Home care' },
        { name: 'periodFrom', value: '2026-12-01' },
        { name: 'periodTo', value: '2026-12-31' },
        { name: 'answer', value: 'AVAILABLE' },
      ]),
    );
    const [row] = await subgraph.orm.em
      .fork()
      .getConnection()
      .execute<{ columns: string[] }[]>(
        `select array_agg(column_name::text) as columns from information_schema.columns
          where table_schema = 'communications' and table_name = 'notification'`,
      );
    expect(row?.columns).not.toContain('title');
    // R1.7: the caseworker's mail comes from the same fact, from communications.
    const mail = await smtp.waitFor((m) => m.to.includes(event.caseworkerEmail));
    expect(mail.subject).toBe('Sonnenhof answered inquiry IQ-TEST: can deliver');
    expect(mail.text).toContain(`http://casework.test/agency/inquiries/${event.inquiryId}`);
  });

  it('R6.1: users see only their own notifications, and cannot mark another\u2019s read', async () => {
    const forCarl = job(carl.id, 'for Carl only');
    await enqueue(forCarl);
    await expect
      .poll(async () => (await inbox(carl)).myNotifications.nodes.map(marker))
      .toContain('for Carl only');
    expect((await inbox(clara)).myNotifications.nodes.map(marker)).not.toContain('for Carl only');
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
    const toClara = subscribe<{ notificationAdded: Added }>(claraClient, ADDED);
    const toCarl = subscribe<{ notificationAdded: Added }>(carlClient, ADDED);
    try {
      await untilLive(toClara, () => enqueue(job(clara.id, 'warm-up')));
      await untilLive(toCarl, () => enqueue(job(carl.id, 'warm-up')));
      await enqueue(job(clara.id, 'live for Clara'));
      const hit = await toClara.next((r) => marker(r.data?.notificationAdded) === 'live for Clara');
      expect(hit.data?.notificationAdded.title).toBe(
        'live for Clara answered inquiry IQ-TEST: can deliver',
      );
      await enqueue(job(carl.id, 'live for Carl'));
      await toCarl.next((r) => marker(r.data?.notificationAdded) === 'live for Carl');
      expect(toCarl.results.map((r) => marker(r.data?.notificationAdded))).not.toContain(
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
      const asClara = subscribe<{ notificationAdded: Added }>(
        gatewayClient,
        ADDED,
        {},
        { authorization: `Internal ${claraToken}` },
      );
      await untilLive(asClara, () => enqueue(job(clara.id, 'multiplexed warm-up')));
      await enqueue(job(clara.id, 'multiplexed for Clara'));
      await asClara.next((r) => marker(r.data?.notificationAdded) === 'multiplexed for Clara');
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

describe('issue 14 item 6: bounded list arguments', () => {
  it('markNotificationsRead with 20,000 ids is refused fast with TOO_MANY and marks nothing', async () => {
    const before = (await inbox(clara)).myUnreadNotificationCount;
    const ids = Array.from({ length: 20_000 }, () => randomUUID());
    const started = Date.now();
    const res = await subgraph.query(MARK, { ids }, clara);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'ids', code: 'TOO_MANY' }],
    });
    expect((await inbox(clara)).myUnreadNotificationCount).toBe(before);
  });
});
