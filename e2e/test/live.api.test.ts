import { Role } from '@casework/kit';
import { DEMO_PERSONS, DEMO_PORTAL_ACCOUNTS, DEMO_PROVIDERS } from '@casework/contracts';
import { liveClient, startTestSmtp, subscribe, type TestSmtp, untilLive } from '@casework/testing';
import getPort from 'get-port';
import { type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintSessionToken } from '@casework/gateway';
import { type Stack } from '@casework/stack';
import { bearer, gql, SECRETS, signIn, startTestStack, tokenFor } from './stack.fixture.js';

const HOME_CARE = '0b9e5f5a-0004-4000-8000-000000000001';
const CREATE = `mutation($input: CreateInquiryInput!) { createInquiry(input: $input) { id reference } }`;
const ANSWER = `mutation($id: ID!) { answerInquiry(id: $id, input: { answer: CAN_DELIVER }) { status } }`;
const ANSWERED = `subscription { inquiryAnswered { inquiry { id reference status provider { name } client { name } } } }`;
const NOTIFICATION_ADDED = `subscription { notificationAdded { id kind title link readAt } }`;
const INBOX = `{ myNotifications(first: 50) { nodes { title subjectId } } myUnreadNotificationCount }`;

interface Answered {
  inquiryAnswered: {
    inquiry: {
      id: string;
      reference: string;
      status: string;
      provider: { name: string };
      client: { name: string };
    };
  };
}

let stack: Stack;
let smtp: TestSmtp;
let caseworker: string;
let provider: string;
const clients: Client[] = [];

beforeAll(async () => {
  smtp = await startTestSmtp();
  stack = await startTestStack({ smtpUrl: smtp.url });
  caseworker = await tokenFor(stack, 'caseworker@demo.casework');
  provider = await tokenFor(stack, 'provider@demo.casework');
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await stack?.stop();
  await smtp?.stop();
});

const wsUrl = (httpUrl: string) => `${httpUrl.replace(/^http/, 'ws')}/graphql`;

function client(token: string | undefined, gatewayUrl = stack.urls.gateway, retry = false) {
  const c = liveClient(wsUrl(gatewayUrl), {
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    ...(retry
      ? { retryAttempts: Infinity, shouldRetry: () => true, retryWait: () => wait(200) }
      : {}),
  });
  clients.push(c);
  return c;
}

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A new internet inquiry to Sonnenhof (whose users are the demo provider accounts), as the caseworker. */
async function sendInquiry(gatewayUrl = stack.urls.gateway) {
  const year = new Date().getFullYear() + 1;
  const res = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(caseworker) },
    body: JSON.stringify({
      query: CREATE,
      variables: {
        input: {
          providerId: DEMO_PROVIDERS.sonnenhof,
          personId: DEMO_PERSONS.annaSchmidt,
          serviceId: HOME_CARE,
          periodFrom: `${year}-05-01`,
          periodTo: `${year}-05-31`,
          details: 'Live test inquiry',
          method: 'INTERNET',
        },
      },
    }),
  });
  const body = (await res.json()) as {
    data?: { createInquiry: { id: string; reference: string } };
  };
  if (!body.data) throw new Error(`createInquiry failed: ${JSON.stringify(body)}`);
  return body.data.createInquiry;
}

async function answer(id: string, gatewayUrl = stack.urls.gateway) {
  const res = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(provider) },
    body: JSON.stringify({ query: ANSWER, variables: { id } }),
  });
  const body = (await res.json()) as { data?: { answerInquiry: { status: string } } };
  expect(body.data?.answerInquiry.status).toBe('ANSWERED_AVAILABLE');
}

async function sendAndAnswer(gatewayUrl = stack.urls.gateway) {
  const inquiry = await sendInquiry(gatewayUrl);
  await answer(inquiry.id, gatewayUrl);
  return inquiry;
}

describe('subscriptions through the gateway (R6.1)', () => {
  it('R6.1: refuses a graphql-ws connection without a valid identity (4401)', async () => {
    for (const token of [undefined, 'not-a-token']) {
      const sub = subscribe(client(token), ANSWERED);
      expect(await sub.ended).toMatchObject({ code: 4401 });
    }
  });

  it('R6.1: takes the session cookie from the apps\u2019 own origin, and refuses it from another site', async () => {
    const { res } = await signIn(stack, 'caseworker@demo.casework');
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    const withHeaders = (headers: Record<string, string>) =>
      class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers });
        }
      };
    const host = new URL(stack.urls.gateway).host;
    const own = liveClient(wsUrl(stack.urls.gateway), {
      webSocketImpl: withHeaders({ cookie, origin: `http://${host}` }),
    });
    const foreign = liveClient(wsUrl(stack.urls.gateway), {
      webSocketImpl: withHeaders({ cookie, origin: 'http://evil.example' }),
    });
    clients.push(own, foreign);
    const ownSub = subscribe<Answered>(own, ANSWERED);
    await untilLive(ownSub, () => sendAndAnswer());
    const foreignSub = subscribe(foreign, ANSWERED);
    expect(await foreignSub.ended).toMatchObject({ code: 4401 });
  });

  it('R6.1: closes the live connection with 4401 when its session expires', async () => {
    const { token } = await mintSessionToken(
      stack.databaseUrl,
      {
        id: 'short-session',
        name: 'Short Session',
        email: 'short@demo.casework',
        roles: [Role.CASEWORKER],
        clearance: 2,
      },
      SECRETS.token,
      0.05, // three seconds
    );
    const sub = subscribe(client(token), ANSWERED);
    expect(await sub.ended).toMatchObject({
      code: 4401,
      reason: expect.stringContaining('expired'),
    });
  });

  it('refuses queries over graphql-ws and invalid subscriptions, with codes', async () => {
    const c = client(caseworker);
    const query = subscribe(c, '{ persons { totalCount } }');
    expect(await query.ended).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_REQUEST' }) }),
    ]);
    expect(query.results).toEqual([]);
    const invalid = subscribe(c, 'subscription { inquiryAnswered { nope } }');
    expect(await invalid.ended).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }),
      }),
    ]);
  });

  it('R6.1, R1.7: the caseworker gets the answer at once with fields from two subgraphs, one inbox notification and one mail', async () => {
    const c = client(caseworker);
    const answered = subscribe<Answered>(c, ANSWERED);
    const added = subscribe<{ notificationAdded: { title: string; link: string } }>(
      c,
      NOTIFICATION_ADDED,
    );
    await untilLive(answered, () => sendAndAnswer());
    await untilLive(added, () => sendAndAnswer());
    const before = await gql<{ myUnreadNotificationCount: number }>(
      stack,
      INBOX,
      {},
      bearer(caseworker),
    );

    const inquiry = await sendAndAnswer();
    const event = await answered.next((r) => r.data?.inquiryAnswered.inquiry.id === inquiry.id);
    expect(event.errors).toBeUndefined();
    // client.name comes from the cases subgraph, the rest from providers.
    expect(event.data?.inquiryAnswered.inquiry).toEqual({
      id: inquiry.id,
      reference: inquiry.reference,
      status: 'ANSWERED_AVAILABLE',
      provider: { name: 'Sonnenhof Pflegedienst gGmbH' },
      client: { name: 'Anna Schmidt' },
    });
    const notification = await added.next(
      (r) => r.data?.notificationAdded.title.includes(inquiry.reference) ?? false,
    );
    expect(notification.data?.notificationAdded).toMatchObject({
      link: `/agency/inquiries/${inquiry.id}`,
      readAt: null,
    });
    const after = await gql<{
      myNotifications: { nodes: { subjectId: string }[] };
      myUnreadNotificationCount: number;
    }>(stack, INBOX, {}, bearer(caseworker));
    expect(
      after.body.data?.myNotifications.nodes.filter((n) => n.subjectId === inquiry.id),
    ).toHaveLength(1);
    expect(after.body.data!.myUnreadNotificationCount).toBeGreaterThan(
      before.body.data!.myUnreadNotificationCount,
    );
    // R1.7, issue 18: one inquiry-answered fact from providers; communications makes the one inbox entry and the one mail.
    await smtp.waitFor((m) => m.subject.includes(`answered inquiry ${inquiry.reference}`));
    expect(
      added.results.filter((r) => r.data?.notificationAdded.title.includes(inquiry.reference)),
    ).toHaveLength(1);
    expect(
      smtp.messages.filter((m) => m.subject.includes(`answered inquiry ${inquiry.reference}`)),
    ).toHaveLength(1);
  });

  it('R6.1: the provider user does not receive the caseworker\u2019s events', async () => {
    const c = client(provider);
    const sub = subscribe<Answered>(c, ANSWERED);
    const mine = subscribe<{ inquiryActivity: { kind: string; inquiry: { id: string } } }>(
      c,
      `subscription { inquiryActivity { kind inquiry { id } } }`,
    );
    await untilLive(mine, () => sendInquiry());
    await sendAndAnswer();
    const marker = await sendInquiry();
    await mine.next((r) => r.data?.inquiryActivity.inquiry.id === marker.id);
    expect(sub.results).toEqual([]);
  });
});

describe('disabled portal accounts (issue 5)', () => {
  it('an open live subscription of a disabled portal account gets no further events', async () => {
    const peter = await tokenFor(stack, 'provider-admin@demo.casework');
    const admin = await tokenFor(stack, 'admin@demo.casework');
    const toggle = (mutation: string) =>
      gql(
        stack,
        `mutation($id: ID!) { ${mutation}(id: $id) { status } }`,
        { id: DEMO_PORTAL_ACCOUNTS.peterProviderAdmin },
        bearer(admin),
      );
    const activity = subscribe<{ inquiryActivity: { inquiry: { id: string } } | null }>(
      client(peter),
      `subscription { inquiryActivity { kind inquiry { id } } }`,
    );
    await untilLive(activity, () => sendInquiry());
    try {
      expect((await toggle('disablePortalAccount')).body.errors).toBeUndefined();
      // The gateway ends the disabled account's sessions: its live connection closes with 4401.
      expect(await activity.ended).toMatchObject({ code: 4401 });
      const after = await sendInquiry();
      expect(activity.results.some((r) => r.data?.inquiryActivity?.inquiry.id === after.id)).toBe(
        false,
      );
    } finally {
      await toggle('enablePortalAccount');
    }
  });
});

describe('across replicas and restarts (R6.1)', () => {
  let gateway2: string;
  let providers2: number;
  beforeAll(async () => {
    providers2 = await getPort();
    await stack.startReplica('providers', { port: providers2 });
    const port = await getPort();
    await stack.startReplica('gateway', {
      port,
      subgraphUrls: { providers: `http://127.0.0.1:${providers2}/graphql` },
    });
    gateway2 = `http://127.0.0.1:${port}`;
  });

  it('R6.1: an answer through gateway 1 and providers 1 reaches a subscriber on gateway 2 and providers 2', async () => {
    const sub = subscribe<Answered>(client(caseworker, gateway2), ANSWERED);
    await untilLive(sub, () => sendAndAnswer(stack.urls.gateway));
    const inquiry = await sendAndAnswer(stack.urls.gateway);
    const event = await sub.next((r) => r.data?.inquiryAnswered.inquiry.id === inquiry.id);
    expect(event.data?.inquiryAnswered.inquiry).toMatchObject({
      status: 'ANSWERED_AVAILABLE',
      client: { name: 'Anna Schmidt' },
    });
  });

  it('R6.1: when the gateway restarts the client resubscribes, and the inbox refetched on reconnect holds what came meanwhile', async () => {
    let connections = 0;
    const c = client(caseworker, stack.urls.gateway, true);
    c.on('connected', () => connections++);
    const sub = subscribe<Answered>(c, ANSWERED);
    await untilLive(sub, () => sendAndAnswer());
    expect(connections).toBe(1);

    await stack.services.gateway.stop();
    // While this gateway is down an answer comes in through the other one: live, this client misses it.
    const missed = await sendAndAnswer(gateway2);
    await stack.services.gateway.start();
    await expect.poll(() => connections, { timeout: 15_000 }).toBe(2);
    expect(sub.results.map((r) => r.data?.inquiryAnswered.inquiry.id)).not.toContain(missed.id);
    // What the apps do on every reconnection: refetch the inbox.
    await expect
      .poll(async () => {
        const inbox = await gql<{ myNotifications: { nodes: { subjectId: string }[] } }>(
          stack,
          INBOX,
          {},
          bearer(caseworker),
        );
        return inbox.body.data?.myNotifications.nodes.map((n) => n.subjectId);
      })
      .toContain(missed.id);

    // Live again, once the resubscription has reached the subgraph.
    await untilLive(sub, () => sendAndAnswer());
    expect(sub.results.at(-1)?.data?.inquiryAnswered.inquiry.status).toBe('ANSWERED_AVAILABLE');
  });
});
