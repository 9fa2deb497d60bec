import { DEMO_PERSONS, DEMO_PROVIDERS } from '@casework/contracts';
import { startTestSmtp, type TestSmtp } from '@casework/testing';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack } from '@casework/stack';
import { bearer, gql, startTestStack, tokenFor } from './stack.fixture.js';

// A referral with its letter step through the gateway (R2.1, R2.2, R2.6): cases queues the event,
// communications writes both letters, the provider's arrives by email with the PDF attached.

/** Demo catalogue services: Sonnenhof offers home care, not accessible transport. */
const HOME_CARE = '0b9e5f5a-0004-4000-8000-000000000001';
const TRANSPORT = '0b9e5f5a-0004-4000-8000-000000000003';

let stack: Stack;
let smtp: TestSmtp;
let token = '';

async function call<T>(query: string, variables = {}) {
  const body = (await gql<T>(stack, query, variables, bearer(token))).body;
  expect(body.errors).toBeUndefined();
  return body.data!;
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  stack = await startTestStack({ smtpUrl: smtp.url });
  token = await tokenFor(stack, 'caseworker@demo.casework');
}, 180_000);
afterAll(async () => {
  await stack?.stop();
  await smtp?.stop();
});

/** A new integrated case of Anna Schmidt (demo client), for one test's referrals. */
async function newCase(): Promise<string> {
  const types = await call<{ caseTypes: { id: string }[] }>(`{ caseTypes { id } }`);
  const created = await call<{ createIntegratedCase: { id: string } }>(
    `mutation($input: CreateIntegratedCaseInput!) { createIntegratedCase(input: $input) { id } }`,
    {
      input: {
        caseTypeId: types.caseTypes[0]!.id,
        primaryClientId: DEMO_PERSONS.annaSchmidt,
        startDate: new Date().toISOString().slice(0, 10),
      },
    },
  );
  return created.createIntegratedCase.id;
}

function pdfOf(raw: string): Uint8Array {
  const part = /Content-Type: application\/pdf[^]*?\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/i.exec(raw);
  if (!part?.[1]) throw new Error('no PDF attachment');
  return new Uint8Array(Buffer.from(part[1].replace(/\s+/g, ''), 'base64'));
}

describe('referral letters through the gateway (R2)', () => {
  it('R2.1, R4.4: a referral to a provider that does not offer the service is refused with input.serviceId and SERVICE_NOT_OFFERED_BY_PROVIDER; no referral and no letter', async () => {
    const caseId = await newCase();
    const refused = await gql(
      stack,
      `mutation($caseId: ID!, $input: ReferralInput!) { addReferral(caseId: $caseId, input: $input) { id } }`,
      {
        caseId,
        input: {
          service: 'Accessible transport',
          providerId: DEMO_PROVIDERS.sonnenhof,
          serviceId: TRANSPORT,
          letters: { clientText: 'x', providerText: 'y', delivery: 'SEND_NOW' },
        },
      },
      bearer(token),
    );
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.serviceId', code: 'SERVICE_NOT_OFFERED_BY_PROVIDER' }],
    });
    const after = await call<{
      integratedCase: { referrals: unknown[] };
      communications: unknown[];
    }>(
      `query($id: ID!, $filter: CommunicationFilter!) { integratedCase(id: $id) { referrals { id } } communications(filter: $filter) { id } }`,
      { id: caseId, filter: { caseId } },
    );
    expect(after).toEqual({ integratedCase: { referrals: [] }, communications: [] });
  });

  it('R2.1, R2.2, R2.6: a referral sent now produces both letters; the provider’s email carries a PDF with the caseworker’s text', async () => {
    const provider = await call<{ provider: { version: number } }>(
      `query($id: ID!) { provider(id: $id) { version } }`,
      { id: DEMO_PROVIDERS.sonnenhof },
    );
    await call(
      `mutation($id: ID!, $input: UpdateProviderInput!) { updateProvider(id: $id, input: $input) { id } }`,
      {
        id: DEMO_PROVIDERS.sonnenhof,
        input: {
          version: provider.provider.version,
          email: 'letters@sonnenhof.test',
          emailStatus: 'OK',
          preferredCommunicationMethod: 'EMAIL',
        },
      },
    );
    const caseId = await newCase();
    const providerText = 'Frau Schmidt braucht ab Montag Unterstützung. Grüße vom Sozialamt.';
    await call(
      `mutation($caseId: ID!, $input: ReferralInput!) { addReferral(caseId: $caseId, input: $input) { id } }`,
      {
        caseId,
        input: {
          service: 'Häusliche Pflege',
          providerId: DEMO_PROVIDERS.sonnenhof,
          serviceId: HOME_CARE,
          letters: {
            clientText: 'Der Dienst meldet sich bei Ihnen.',
            providerText,
            delivery: 'SEND_NOW',
          },
        },
      },
    );
    const mail = await smtp.waitFor((m) => m.to.includes('letters@sonnenhof.test'), 60_000);
    const doc = await getDocumentProxy(pdfOf(mail.raw));
    const text = (await extractText(doc, { mergePages: true })).text;
    expect(text).toContain(providerText);
    expect(text).toContain('Sonnenhof Pflegedienst');
    expect(text).toContain('Häusliche Pflege');

    let letters: { correspondentType: string; status: string }[] = [];
    for (let i = 0; i < 60 && letters.length < 2; i++) {
      const data = await call<{ communications: typeof letters }>(
        `query($filter: CommunicationFilter!) { communications(filter: $filter) { correspondentType status } }`,
        { filter: { caseId, kind: 'LETTER' } },
      );
      letters = data.communications;
      if (letters.length < 2) await new Promise((r) => setTimeout(r, 500));
    }
    expect(letters.map((l) => l.correspondentType).sort()).toEqual(['CLIENT', 'PROVIDER']);
  }, 120_000);

  it('R2.3, R2: SMTP down while letters are sent, then back: each failure is shown and retried, and every letter arrives exactly once', async () => {
    const port = Number(new URL(smtp.url).port);
    await smtp.stop();
    const tag = Date.now().toString(36);
    const caseId = await newCase();
    // Two referrals (client Anna Schmidt and the provider, set by the test above, both prefer
    // email: four emailed letters) and two recorded emails: six mails in all.
    for (const n of [1, 2])
      await call(
        `mutation($caseId: ID!, $input: ReferralInput!) { addReferral(caseId: $caseId, input: $input) { id } }`,
        {
          caseId,
          input: {
            service: 'Häusliche Pflege',
            providerId: DEMO_PROVIDERS.sonnenhof,
            serviceId: HOME_CARE,
            letters: {
              clientText: `Ausfall ${tag} ${n}`,
              providerText: `Ausfall ${tag} ${n}`,
              delivery: 'SEND_NOW',
            },
          },
        },
      );
    for (const n of [1, 2])
      await call(
        `mutation($input: RecordCommunicationInput!) { recordCommunication(input: $input) { id } }`,
        {
          input: {
            kind: 'EMAIL',
            direction: 'OUTGOING',
            correspondentType: 'CLIENT',
            correspondentName: 'Anna Schmidt',
            personId: DEMO_PERSONS.annaSchmidt,
            caseId,
            subject: `Termin ${tag} ${n}`,
            text: 'Ihr Termin ist bestätigt.',
            recipientEmail: `outage-${tag}-${n}@client.test`,
          },
        },
      );

    type Entry = {
      id: string;
      kind: string;
      channel: string | null;
      status: string;
      lastError: string | null;
    };
    const emailed = async () =>
      (
        await call<{ communications: Entry[] }>(
          `query($filter: CommunicationFilter!) { communications(filter: $filter) { id kind channel status lastError } }`,
          { filter: { caseId } },
        )
      ).communications.filter((c) => c.kind === 'EMAIL' || c.channel === 'EMAIL');
    const until = async (done: (entries: Entry[]) => boolean, ms: number) => {
      const end = Date.now() + ms;
      let entries = await emailed();
      while (!done(entries) && Date.now() < end) {
        await new Promise((r) => setTimeout(r, 500));
        entries = await emailed();
      }
      return entries;
    };

    // While SMTP is down every emailed letter is shown as failed, with the reason.
    const failed = await until(
      (e) => e.length === 6 && e.every((c) => c.status === 'FAILED'),
      60_000,
    );
    expect(failed.map((c) => c.status)).toEqual(Array(6).fill('FAILED'));
    expect(failed.every((c) => Boolean(c.lastError))).toBe(true);
    expect(smtp.messages.filter((m) => m.raw.includes(tag))).toHaveLength(0);

    smtp = await startTestSmtp(port);
    const sent = await until((e) => e.every((c) => c.status === 'SENT'), 150_000);
    expect(sent.map((c) => c.status)).toEqual(Array(6).fill('SENT'));
    await new Promise((r) => setTimeout(r, 3000)); // a duplicate would arrive right behind
    for (const letter of sent) {
      const messageId =
        letter.kind === 'EMAIL'
          ? `<communication-${letter.id}@casework>`
          : `<letter-${letter.id}@casework>`;
      const copies = smtp.messages.filter((m) =>
        new RegExp(`^Message-ID: ${messageId}`, 'mi').test(m.raw),
      );
      expect(copies, `${messageId} arrives once`).toHaveLength(1);
    }
  }, 300_000);
});
