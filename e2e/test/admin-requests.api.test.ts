import { liveClient, startTestSmtp, subscribe, type TestSmtp, untilLive } from '@casework/testing';
import { type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack } from '@casework/stack';
import { bearer, gql, startTestStack, tokenFor } from './stack.fixture.js';

const NEUKOELLN = '0b9e5f5a-0005-4000-8000-000000000001';

const CATEGORIES = `{ administrativeRequestCategories { id code } }`;
const CREATE = `mutation($input: CreateAdministrativeRequestInput!) {
  createAdministrativeRequest(input: $input) { id reference status accountName provider { name } }
}`;
const GET = `query($id: ID!) { administrativeRequest(id: $id) {
  status provider { name } messages { side author text } history { kind toStatus }
} }`;
const REPLY = `mutation($id: ID!, $text: String!) { replyToAdministrativeRequest(id: $id, input: { text: $text }) { id } }`;
const NOTE = `mutation($id: ID!, $text: String!) { addAdministrativeRequestInternalNote(id: $id, text: $text) { id } }`;
const ACTIVITY = `subscription($requestId: ID) { administrativeRequestActivity(requestId: $requestId) {
  kind request { id status provider { name } messages { side text } }
} }`;

let smtp: TestSmtp;
let stack: Stack;
const tokens = { admin: '', user: '', support: '', caseworker: '' };
const clients: Client[] = [];
let invoiceQuery = '';

beforeAll(async () => {
  smtp = await startTestSmtp();
  stack = await startTestStack({ smtpUrl: smtp.url });
  tokens.admin = await tokenFor(stack, 'provider-admin@demo.casework');
  tokens.user = await tokenFor(stack, 'provider@demo.casework');
  tokens.support = await tokenFor(stack, 'support@demo.casework');
  tokens.caseworker = await tokenFor(stack, 'caseworker@demo.casework');
  const cats = await gql<{ administrativeRequestCategories: { id: string; code: string }[] }>(
    stack,
    CATEGORIES,
    {},
    bearer(tokens.admin),
  );
  invoiceQuery = cats.body.data!.administrativeRequestCategories.find(
    (c) => c.code === 'INVOICE_QUERY',
  )!.id;
}, 240_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await stack?.stop();
  await smtp?.stop();
});

const input = (subject: string) => ({
  channel: 'FORM',
  accountId: NEUKOELLN,
  categoryId: invoiceQuery,
  referenceNumber: 'RE-2026-00777',
  subject,
  description: 'Invoice RE-2026-00777 lists 12 visits; we delivered 14.',
});

function live(token: string) {
  const c = liveClient(`${stack.urls.gateway.replace(/^http/, 'ws')}/graphql`, {
    connectionParams: { authorization: `Bearer ${token}` },
  });
  clients.push(c);
  return c;
}

describe('administrative requests through the gateway (R5, R6.1)', () => {
  it('R5.1, R5.4: the provider administrator creates one for a Sonnenhof branch; the provider user is refused', async () => {
    const created = await gql<{
      createAdministrativeRequest: {
        reference: string;
        accountName: string;
        provider: { name: string };
      };
    }>(stack, CREATE, { input: input('Visits missing on invoice') }, bearer(tokens.admin));
    expect(created.body.errors).toBeUndefined();
    // The provider's name comes from the providers subgraph through the gateway.
    expect(created.body.data?.createAdministrativeRequest).toMatchObject({
      reference: expect.stringMatching(/^AR-/),
      accountName: 'Sonnenhof Neukölln',
      provider: { name: expect.stringContaining('Sonnenhof') },
    });
    const refused = await gql(stack, CREATE, { input: input('not allowed') }, bearer(tokens.user));
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noAccount = await gql(
      stack,
      CREATE,
      { input: { ...input('x'), accountId: null } },
      bearer(tokens.admin),
    );
    expect(noAccount.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.accountId' }],
    });
    const caseworker = await gql(
      stack,
      `{ administrativeRequests(first: 5) { totalCount } }`,
      {},
      bearer(tokens.caseworker),
    );
    expect(caseworker.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R5, R6.1: the support agent\u2019s reply reaches the provider user live and by one mail; the internal note never does', async () => {
    const created = await gql<{ createAdministrativeRequest: { id: string; reference: string } }>(
      stack,
      CREATE,
      { input: input('Live reply') },
      bearer(tokens.admin),
    );
    const { id, reference } = created.body.data!.createAdministrativeRequest;
    const newMail = await smtp.waitFor((m) => m.subject.includes(reference), 20_000);
    expect(newMail.to).toEqual(['support@demo.casework']);

    type Activity = {
      administrativeRequestActivity: {
        kind: string;
        request: { provider: { name: string }; messages: { side: string; text: string }[] };
      };
    };
    const sub = subscribe<Activity>(live(tokens.user), ACTIVITY, { requestId: id });
    await untilLive(sub, () => gql(stack, REPLY, { id, text: 'warm-up' }, bearer(tokens.support)));
    const secret = 'INTERNAL: check with accounting first';
    expect(
      (await gql(stack, NOTE, { id, text: secret }, bearer(tokens.support))).body.errors,
    ).toBeUndefined();
    expect(
      (
        await gql(
          stack,
          REPLY,
          { id, text: 'We found the two visits; a credit note follows.' },
          bearer(tokens.support),
        )
      ).body.errors,
    ).toBeUndefined();
    const hit = await sub.next(
      (r) =>
        r.data?.administrativeRequestActivity.request.messages.some((m) =>
          m.text.startsWith('We found'),
        ) ?? false,
    );
    expect(hit.data?.administrativeRequestActivity).toMatchObject({
      kind: 'REPLIED',
      request: { provider: { name: expect.stringContaining('Sonnenhof') } },
    });
    expect(JSON.stringify(sub.results)).not.toContain(secret);
    sub.close();

    const asUser = await gql<{
      administrativeRequest: { status: string; messages: { side: string; text: string }[] };
    }>(stack, GET, { id }, bearer(tokens.user));
    expect(asUser.body.data?.administrativeRequest.status).toBe('IN_PROGRESS');
    expect(asUser.body.data?.administrativeRequest.messages.map((m) => m.side)).toContain('AGENCY');
    expect(JSON.stringify(asUser.body)).not.toContain(secret);
    const notes = await gql(
      stack,
      `query($id: ID!) { administrativeRequest(id: $id) { internalNotes { text } } }`,
      { id },
      bearer(tokens.user),
    );
    expect(notes.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(notes.body)).not.toContain(secret);

    // One mail per reply to the administrator who raised it; none about the internal note.
    await smtp.waitFor(
      (m) =>
        m.subject.includes(`Reply from the agency about ${reference}`) &&
        m.text.includes('credit note'),
      20_000,
    );
    await new Promise((r) => setTimeout(r, 3000));
    const mails = smtp.messages.filter((m) => m.subject.includes(reference));
    const agencyReplies = asUser.body.data!.administrativeRequest.messages.filter(
      (m) => m.side === 'AGENCY',
    );
    expect(mails.filter((m) => m.subject.startsWith('New')).map((m) => m.to)).toEqual([
      ['support@demo.casework'],
    ]);
    const replyMails = mails.filter((m) => m.subject.startsWith('Reply'));
    expect(replyMails).toHaveLength(agencyReplies.length);
    expect(new Set(replyMails.map((m) => m.to.join()))).toEqual(
      new Set(['provider-admin@demo.casework']),
    );
    expect(mails).toHaveLength(1 + agencyReplies.length);
    expect(mails.map((m) => m.text).join()).not.toContain(secret);
  });
});
