import { referenceCheckerFor, Role } from '@casework/kit';
import { startTestSubgraph, TEST_SECRET, testIdentity, type TestSubgraph } from '@casework/testing';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providersSubgraph } from '../index.js';

const CREATE = `mutation($input: CreateServiceInput!) { createService(input: $input) { id code name active } }`;
const admin = testIdentity([Role.AGENCY_ADMIN]);
let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(providersSubgraph);
});
afterAll(() => subgraph.stop());

describe('service catalogue and services offered', () => {
  it('lets agency administrators add services and refuses duplicates and bad codes', async () => {
    const created = await subgraph.query<{ createService: { id: string; code: string } }>(
      CREATE,
      { input: { code: 'HOME-CARE', name: 'Home care' } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createService.code).toBe('HOME-CARE');
    const duplicate = await subgraph.query(
      CREATE,
      { input: { code: 'HOME-CARE', name: 'Again' } },
      admin,
    );
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.code' }],
    });
    const bad = await subgraph.query(CREATE, { input: { code: 'home care', name: 'x' } }, admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.code' }],
    });
    const caseworker = await subgraph.query(CREATE, { input: { code: 'MEALS', name: 'Meals' } });
    expect(caseworker.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('sets the services a provider offers, refusing unknown ones and stale versions', async () => {
    const meals = await subgraph.query<{ createService: { id: string } }>(
      CREATE,
      { input: { code: 'MEALS-2', name: 'Meals on wheels' } },
      admin,
    );
    const registered = await subgraph.query<{ registerProvider: { id: string } }>(
      `mutation { registerProvider(input: { name: "Services Test" }) { id } }`,
    );
    const id = registered.data!.registerProvider.id;
    const SET = `mutation($id: ID!, $input: SetProviderServicesInput!) { setProviderServices(id: $id, input: $input) { version servicesOffered { code } } }`;
    const set = await subgraph.query<{
      setProviderServices: { version: number; servicesOffered: { code: string }[] };
    }>(SET, {
      id,
      input: { version: 1, serviceIds: [meals.data!.createService.id] },
    });
    expect(set.data?.setProviderServices).toEqual({
      version: 2,
      servicesOffered: [{ code: 'MEALS-2' }],
    });
    const unknown = await subgraph.query(SET, {
      id,
      input: { version: 2, serviceIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.serviceIds' }],
    });
    const stale = await subgraph.query(SET, { id, input: { version: 1, serviceIds: [] } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const offering = await subgraph.query<{ providers: { nodes: { id: string }[] } }>(
      `query($s: ID) { providers(serviceId: $s) { nodes { id } } }`,
      { s: meals.data!.createService.id },
    );
    expect(offering.data?.providers.nodes.map((n) => n.id)).toEqual([id]);
  });
});

describe('R2.1, R4.4: other subgraphs ask whether a provider offers a service', () => {
  it('R2.1, R4.4: the reference check through /internal/references accepts an offered service and refuses another with the field and SERVICE_NOT_OFFERED_BY_PROVIDER', async () => {
    const make = async (code: string) =>
      (
        await subgraph.query<{ createService: { id: string } }>(
          CREATE,
          { input: { code, name: code } },
          admin,
        )
      ).data!.createService.id;
    const offered = await make('OFFER-A');
    const other = await make('OFFER-B');
    const provider = (
      await subgraph.query<{ registerProvider: { id: string } }>(
        `mutation { registerProvider(input: { name: "Offer Test" }) { id } }`,
      )
    ).data!.registerProvider.id;
    const set = await subgraph.query(
      `mutation($id: ID!, $input: SetProviderServicesInput!) { setProviderServices(id: $id, input: $input) { id } }`,
      { id: provider, input: { version: 1, serviceIds: [offered] } },
    );
    expect(set.errors).toBeUndefined();
    // The cases subgraph's own checker, pointed at this real providers subgraph.
    const checker = referenceCheckerFor('cases', { OfferedService: 'providers' }, TEST_SECRET, {
      providers: subgraph.url,
    })!;
    const ask = (id: string, within: string) =>
      checker.assertExist([
        {
          type: 'OfferedService',
          id,
          within,
          field: 'input.serviceId',
          reason: 'SERVICE_NOT_OFFERED_BY_PROVIDER',
        },
      ]);
    await expect(ask(offered, provider)).resolves.toBeUndefined();
    const refused = await ask(other, provider).catch((e: GraphQLError) => e);
    expect(refused).toBeInstanceOf(GraphQLError);
    expect((refused as GraphQLError).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.serviceId', code: 'SERVICE_NOT_OFFERED_BY_PROVIDER' }],
    });
    // Offers change: after the provider stops offering it, the same question is refused (no cache).
    await subgraph.query(
      `mutation($id: ID!, $input: SetProviderServicesInput!) { setProviderServices(id: $id, input: $input) { id } }`,
      { id: provider, input: { version: 2, serviceIds: [] } },
    );
    await expect(ask(offered, provider)).rejects.toBeInstanceOf(GraphQLError);
  });
});
