import { randomUUID } from 'node:crypto';
import { createOrm, migrate, Role } from '@casework/kit';
import { providersSubgraph } from '@casework/providers';
import { startTestSubgraph, testIdentity, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesSubgraph } from '../index.js';
import { BACKFILL_REFERRAL_SERVICE_IDS } from '../migrations/Migration20261129185811.js';
import { configure, ok, refusedWith, registerPerson, todayIso } from '../testing/cases-test-kit.js';

const REFER = `mutation($caseId: ID!, $input: ReferralInput!) {
  addReferral(caseId: $caseId, input: $input) { id service serviceId provider { id } }
}`;
const REFERRALS = `query($id: ID!) { integratedCase(id: $id) { referrals { id service serviceId } } }`;
const admin = testIdentity([Role.AGENCY_ADMIN]);

let providers: TestSubgraph;
let cases: TestSubgraph;
let caseId: string;
let providerId: string;
let homeCare: string;
let meals: string;

interface Made {
  addReferral: { id: string; service: string; serviceId: string | null };
}

beforeAll(async () => {
  providers = await startTestSubgraph(providersSubgraph);
  cases = await startTestSubgraph(casesSubgraph, { peers: { providers: providers.url } });
  const service = async (code: string, name: string) =>
    (
      await ok<{ createService: { id: string } }>(
        providers,
        `mutation($input: CreateServiceInput!) { createService(input: $input) { id } }`,
        { input: { code, name } },
        admin,
      )
    ).createService.id;
  homeCare = await service(`HOME-${randomUUID().slice(0, 6).toUpperCase()}`, 'Home care');
  meals = await service(`MEALS-${randomUUID().slice(0, 6).toUpperCase()}`, 'Meals on wheels');
  const provider = await ok<{ registerProvider: { id: string; version: number } }>(
    providers,
    `mutation($input: RegisterProviderInput!) { registerProvider(input: $input) { id version } }`,
    { input: { name: 'Sonnenhof Pflegedienst' } },
    admin,
  );
  providerId = provider.registerProvider.id;
  await ok(
    providers,
    `mutation($id: ID!, $input: SetProviderServicesInput!) { setProviderServices(id: $id, input: $input) { id } }`,
    {
      id: providerId,
      input: { version: provider.registerProvider.version, serviceIds: [homeCare] },
    },
    admin,
  );
  const config = await configure(cases);
  const anna = (await registerPerson(cases, { givenName: 'Anna', familyName: 'Keller' })).id;
  caseId = (
    await ok<{ createIntegratedCase: { id: string } }>(
      cases,
      `mutation($input: CreateIntegratedCaseInput!) { createIntegratedCase(input: $input) { id } }`,
      { input: { caseTypeId: config.caseTypeId, primaryClientId: anna, startDate: todayIso() } },
    )
  ).createIntegratedCase.id;
});
afterAll(async () => {
  await cases?.stop();
  await providers?.stop();
});

async function referrals() {
  const data = await ok<{
    integratedCase: { referrals: { id: string; service: string; serviceId: string | null }[] };
  }>(cases, REFERRALS, { id: caseId });
  return data.integratedCase.referrals;
}

describe('a referral keeps its catalogue service (issue 12, R2.1, R4.4)', () => {
  it('R2.1, R4.4: a referral to a provider stores the service id and the name it had, and reads both back', async () => {
    const made = await ok<Made>(cases, REFER, {
      caseId,
      input: { service: 'Home care', providerId, serviceId: homeCare },
    });
    expect(made.addReferral).toMatchObject({ service: 'Home care', serviceId: homeCare });
    expect(await referrals()).toContainEqual({
      id: made.addReferral.id,
      service: 'Home care',
      serviceId: homeCare,
    });
  });

  it('R2.1: a referral to a provider without serviceId is refused on input.serviceId (REQUIRED) and nothing is stored', async () => {
    const before = (await referrals()).length;
    const error = await refusedWith(cases, REFER, {
      caseId,
      input: { service: 'Home care', providerId },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED' });
    expect(error.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.serviceId', code: 'REQUIRED' }),
    ]);
    expect(await referrals()).toHaveLength(before);
  });

  it('R2.1, R4.4: a service the provider does not offer is refused (SERVICE_NOT_OFFERED_BY_PROVIDER), nothing stored', async () => {
    const before = (await referrals()).length;
    const error = await refusedWith(cases, REFER, {
      caseId,
      input: { service: 'Meals on wheels', providerId, serviceId: meals },
    });
    expect(error.extensions?.fields).toEqual([
      expect.objectContaining({
        field: 'input.serviceId',
        code: 'SERVICE_NOT_OFFERED_BY_PROVIDER',
      }),
    ]);
    expect(await referrals()).toHaveLength(before);
  });

  it('R2.1: the migration gives older referrals the id of the one catalogue service their name names (offered by their provider), and leaves the rest alone', async () => {
    // The providers' real tables in the cases database, as in one PostgreSQL in production.
    const databaseUrl = cases.orm.config.get('clientUrl')!;
    const catalogue = await createOrm({
      databaseUrl,
      schema: 'providers',
      entities: providersSubgraph.entities,
      migrations: providersSubgraph.migrations,
      poolSize: 1,
    });
    try {
      await migrate(catalogue, 'providers');
      const sql = cases.orm.em.getConnection();
      const now = new Date();
      const [care, lunch, twinA, twinB, provider] = [
        randomUUID(),
        randomUUID(),
        randomUUID(),
        randomUUID(),
        randomUUID(),
      ];
      for (const [id, code, name] of [
        [care, 'OLD-CARE', 'Home Care'],
        [lunch, 'OLD-MEALS', 'Meals on wheels'],
        [twinA, 'TWIN-A', 'Counselling'],
        [twinB, 'TWIN-B', 'counselling'],
      ] as const)
        await sql.execute(
          `insert into providers.service (id, code, name, active, version, created_at, updated_at) values (?, ?, ?, true, 1, ?, ?)`,
          [id, code, name, now, now],
        );
      await sql.execute(
        `insert into providers.provider (id, reference, name, version, created_at, updated_at) values (?, 'PR-OLD', 'Old provider', 1, ?, ?)`,
        [provider, now, now],
      );
      await sql.execute(
        `insert into providers.provider_service (provider_id, service_id) values (?, ?)`,
        [provider, care],
      );
      // Rows as they were before referrals kept the id.
      const old = async (service: string, providerOf: string | null) => {
        const id = randomUUID();
        await sql.execute(
          `insert into cases.referral (id, integrated_case_id, service, provider_id, status, referred_on, version, created_at, updated_at)
           values (?, ?, ?, ?, 'OPEN', '2026-01-15', ?, ?, ?)`,
          [id, caseId, service, providerOf, 1, now, now],
        );
        return id;
      };
      const offered = await old(' home care ', provider);
      const notOffered = await old('Meals on wheels', provider);
      const noProvider = await old('Meals on Wheels', null);
      const ambiguous = await old('Counselling', null);
      const unknown = await old('Gardening', null);
      await sql.execute(BACKFILL_REFERRAL_SERVICE_IDS);
      await sql.execute(BACKFILL_REFERRAL_SERVICE_IDS); // idempotent
      const ids = Object.fromEntries((await referrals()).map((r) => [r.id, r.serviceId] as const));
      expect(ids[offered]).toBe(care);
      expect(ids[notOffered]).toBeNull();
      expect(ids[noProvider]).toBe(lunch);
      expect(ids[ambiguous]).toBeNull();
      expect(ids[unknown]).toBeNull();
    } finally {
      await catalogue.close(true);
    }
  });
});
