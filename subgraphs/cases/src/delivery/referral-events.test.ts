import { startTestSubgraph, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesSubgraph } from '../index.js';
import { configure, ok, registerPerson, todayIso } from '../testing/cases-test-kit.js';

const PROVIDER = '0b9e5f5a-0002-4000-8000-000000000001';
/** A catalogue service id; whether the provider offers it is checked end to end (letters.api). */
const SERVICE = '0b9e5f5a-0004-4000-8000-000000000001';
const REFER = `mutation($caseId: ID!, $input: ReferralInput!) { addReferral(caseId: $caseId, input: $input) { id } }`;

let subgraph: TestSubgraph;
let caseId: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(casesSubgraph);
  const config = await configure(subgraph);
  const anna = (await registerPerson(subgraph, { givenName: 'Anna', familyName: 'Kowalski' })).id;
  const created = await ok<{ createIntegratedCase: { id: string } }>(
    subgraph,
    `mutation($input: CreateIntegratedCaseInput!) { createIntegratedCase(input: $input) { id } }`,
    { input: { caseTypeId: config.caseTypeId, primaryClientId: anna, startDate: todayIso() } },
  );
  caseId = created.createIntegratedCase.id;
});
afterAll(() => subgraph.stop());

async function integrationEvents(referralId: string) {
  return subgraph.orm.em
    .getConnection()
    .execute<{ data: Record<string, unknown> }[]>(
      `select data from pgboss.job where name = 'gateway.integration-event' and data->'data'->>'referralId' = ?`,
      [referralId],
    );
}

describe('referral webhook events (issue 17, R6.2, R4.4)', () => {
  it('R6.2, R4.4: every referral to a provider queues one REFERRAL_MADE event with ids and facts only, with or without letters', async () => {
    const plain = await ok<{ addReferral: { id: string } }>(subgraph, REFER, {
      caseId,
      input: {
        service: 'Home care',
        providerId: PROVIDER,
        serviceId: SERVICE,
        referredOn: '2026-11-02',
      },
    });
    const withLetters = await ok<{ addReferral: { id: string } }>(subgraph, REFER, {
      caseId,
      input: {
        service: 'Pflege',
        providerId: PROVIDER,
        serviceId: SERVICE,
        letters: { clientText: 'Für Sie', providerText: 'Für den Dienst', delivery: 'PRINT_LATER' },
      },
    });
    for (const { id } of [plain.addReferral, withLetters.addReferral]) {
      const jobs = await integrationEvents(id);
      expect(jobs).toHaveLength(1);
      const event = jobs[0]!.data;
      expect(event).toMatchObject({ version: 1, eventId: id, type: 'REFERRAL_MADE' });
      expect(event.data).toEqual({
        referralId: id,
        integratedCaseId: caseId,
        providerId: PROVIDER,
        referredOn: id === plain.addReferral.id ? '2026-11-02' : todayIso(),
      });
      // No client details travel to other systems.
      expect(JSON.stringify(event)).not.toMatch(/Anna|Kowalski|Für/);
    }
  });

  it('R6.2: a referral without a provider announces nothing (it names no provider to refer to)', async () => {
    const made = await ok<{ addReferral: { id: string } }>(subgraph, REFER, {
      caseId,
      input: { service: 'Self-help group' },
    });
    expect(await integrationEvents(made.addReferral.id)).toEqual([]);
  });
});
