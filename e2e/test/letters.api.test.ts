import { DEMO_PERSONS, DEMO_PROVIDERS } from '@casework/contracts';
import { startTestSmtp, type TestSmtp } from '@casework/testing';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack } from '@casework/stack';
import { bearer, gql, startTestStack, tokenFor } from './stack.fixture.js';

// A referral with its letter step through the gateway (R2.1, R2.2, R2.6): cases queues the event,
// communications writes both letters, the provider's arrives by email with the PDF attached.

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

function pdfOf(raw: string): Uint8Array {
  const part = /Content-Type: application\/pdf[^]*?\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/i.exec(raw);
  if (!part?.[1]) throw new Error('no PDF attachment');
  return new Uint8Array(Buffer.from(part[1].replace(/\s+/g, ''), 'base64'));
}

describe('referral letters through the gateway (R2)', () => {
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
    const providerText = 'Frau Schmidt braucht ab Montag Unterstützung. Grüße vom Sozialamt.';
    await call(
      `mutation($caseId: ID!, $input: ReferralInput!) { addReferral(caseId: $caseId, input: $input) { id } }`,
      {
        caseId: created.createIntegratedCase.id,
        input: {
          service: 'Häusliche Pflege',
          providerId: DEMO_PROVIDERS.sonnenhof,
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
        { filter: { caseId: created.createIntegratedCase.id, kind: 'LETTER' } },
      );
      letters = data.communications;
      if (letters.length < 2) await new Promise((r) => setTimeout(r, 500));
    }
    expect(letters.map((l) => l.correspondentType).sort()).toEqual(['CLIENT', 'PROVIDER']);
  }, 120_000);
});
