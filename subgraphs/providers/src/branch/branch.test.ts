import { Role } from '@casework/kit';
import { startTestSubgraph, testIdentity, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providersSubgraph } from '../index.js';
import { portalIdentity } from '../portal-account/portal-account.testing.js';

const ADD_BRANCH = `mutation($providerId: ID!, $input: AddBranchInput!) { addProviderBranch(providerId: $providerId, input: $input) { id name kind iban active version } }`;
const UPDATE_BRANCH = `mutation($id: ID!, $input: UpdateBranchInput!) { updateProviderBranch(id: $id, input: $input) { name active version } }`;
const ADD_CONTACT = `mutation($providerId: ID!, $input: AddContactInput!) { addProviderContact(providerId: $providerId, input: $input) { id name primary branch { name } } }`;
const ORGANISATION = `query($id: ID!) { provider(id: $id) { branches { name active } contacts { name primary position branch { name } } } }`;

let subgraph: TestSubgraph;
const ids = { provider: '', other: '' };

beforeAll(async () => {
  subgraph = await startTestSubgraph(providersSubgraph);
  for (const key of ['provider', 'other'] as const) {
    const res = await subgraph.query<{ registerProvider: { id: string } }>(
      `mutation($name: String!) { registerProvider(input: { name: $name }) { id } }`,
      { name: `${key} Verbund` },
    );
    ids[key] = res.data!.registerProvider.id;
  }
});
afterAll(() => subgraph?.stop());

async function addBranch(input: Record<string, unknown>, identity = testIdentity()) {
  return subgraph.query<{ addProviderBranch: { id: string; iban: string; version: number } }>(
    ADD_BRANCH,
    { providerId: ids.provider, input },
    identity,
  );
}

describe('provider branches, subsidiaries and contacts (issue 5)', () => {
  it('adds a subsidiary with its bank account, closes a branch, lists active ones first', async () => {
    const sub = await addBranch({
      name: 'Verbund Nord gGmbH',
      kind: 'SUBSIDIARY',
      iban: 'de89 3704 0044 0532 0130 00',
    });
    expect(sub.errors).toBeUndefined();
    expect(sub.data?.addProviderBranch.iban).toBe('DE89370400440532013000');
    const branch = await addBranch({ name: 'Aaa Filiale Süd', kind: 'BRANCH' });
    const closed = await subgraph.query(UPDATE_BRANCH, {
      id: branch.data!.addProviderBranch.id,
      input: { version: 1, active: false },
    });
    expect(closed.data?.updateProviderBranch).toMatchObject({ active: false, version: 2 });
    const org = await subgraph.query<{ provider: { branches: { name: string }[] } }>(ORGANISATION, {
      id: ids.provider,
    });
    expect(org.data?.provider.branches.map((b) => b.name)).toEqual([
      'Verbund Nord gGmbH',
      'Aaa Filiale Süd',
    ]);
  });

  it('refuses a wrong IBAN, a missing kind and a stale version, naming the field', async () => {
    const bad = await addBranch({ name: 'X', kind: 'BRANCH', iban: 'DE00 1234' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.iban', message: expect.stringMatching(/IBAN/) }],
    });
    const noKind = await addBranch({ name: 'X' });
    expect(noKind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const branch = await addBranch({ name: 'Stale', kind: 'BRANCH' });
    const id = branch.data!.addProviderBranch.id;
    await subgraph.query(UPDATE_BRANCH, { id, input: { version: 1, name: 'Fresh' } });
    const stale = await subgraph.query(UPDATE_BRANCH, { id, input: { version: 1, name: 'Old' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('keeps one primary contact; a contact’s branch must be the same provider’s', async () => {
    const branch = await addBranch({ name: 'Kontakt Filiale', kind: 'BRANCH' });
    const add = (input: Record<string, unknown>, providerId = ids.provider) =>
      subgraph.query<{ addProviderContact: { id: string } }>(ADD_CONTACT, { providerId, input });
    expect(
      (
        await add({
          name: 'Petra Primär',
          primary: true,
          branchId: branch.data!.addProviderBranch.id,
        })
      ).errors,
    ).toBeUndefined();
    await add({ name: 'Neue Primär', primary: true, position: 'Intake' });
    const org = await subgraph.query<{
      provider: { contacts: { name: string; primary: boolean; branch: { name: string } | null }[] };
    }>(ORGANISATION, { id: ids.provider });
    expect(org.data?.provider.contacts).toEqual([
      expect.objectContaining({ name: 'Neue Primär', primary: true }),
      expect.objectContaining({
        name: 'Petra Primär',
        primary: false,
        branch: { name: 'Kontakt Filiale' },
      }),
    ]);

    const foreign = await add(
      { name: 'Falsch', branchId: branch.data!.addProviderBranch.id },
      ids.other,
    );
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.branchId' }],
    });
  });

  it('provider administrators keep their own organisation’s contacts; provider users and others cannot', async () => {
    const ownAdmin = await portalIdentity(subgraph, ids.provider, { admin: true });
    const ownUser = await portalIdentity(subgraph, ids.provider);
    const otherAdmin = await portalIdentity(subgraph, ids.other, { admin: true });
    const input = { name: 'Selbst gepflegt' };
    const call = (identity: typeof ownAdmin) =>
      subgraph.query(ADD_CONTACT, { providerId: ids.provider, input }, identity);
    expect((await call(ownAdmin)).errors).toBeUndefined();
    expect((await call(ownUser)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Another organisation's administrator cannot even see the provider.
    expect((await call(otherAdmin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await addBranch({ name: 'Nope', kind: 'BRANCH' }, testIdentity([Role.SUPPORT_AGENT])))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
