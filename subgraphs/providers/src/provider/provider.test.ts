import { pendingSchemaChanges, startTestSubgraph, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providersSubgraph } from '../index.js';
import { portalIdentity } from '../portal-account/portal-account.testing.js';
import {
  PortalAccount,
  PortalAccountStatus,
  PortalRole,
} from '../portal-account/portal-account.entity.js';

const REGISTER = `mutation($input: RegisterProviderInput!) { registerProvider(input: $input) { id reference name email preferredInquiryMethod version } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateProviderInput!) { updateProvider(id: $id, input: $input) { name version } }`;
const PROVIDERS = `query($search: String, $first: Int, $after: String) { providers(search: $search, first: $first, after: $after) { totalCount nodes { id name } pageInfo { endCursor hasNextPage } } }`;

interface Registered {
  registerProvider: { id: string; reference: string; version: number };
}

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(providersSubgraph);
});
afterAll(() => subgraph.stop());

async function register(input: Record<string, unknown>) {
  const res = await subgraph.query<Registered>(REGISTER, { input });
  expect(res.errors).toBeUndefined();
  return res.data!.registerProvider;
}

describe('providers (providers subgraph)', () => {
  it('migrations match the entities (drift check)', async () => {
    expect(await pendingSchemaChanges(providersSubgraph)).toBe('');
  });

  it('registers a provider with its preferred inquiry method', async () => {
    const provider = await register({
      name: 'Hilfe Zuhause GmbH',
      email: 'Office@Hilfe.example',
      preferredInquiryMethod: 'EMAIL',
    });
    expect(provider).toMatchObject({
      name: 'Hilfe Zuhause GmbH',
      email: 'office@hilfe.example',
      preferredInquiryMethod: 'EMAIL',
    });
    expect(provider.reference).toMatch(/^PR-[0-9A-Z]{8}$/);
  });

  it('refuses an unknown inquiry method and a bad email', async () => {
    const badEnum = await subgraph.query(REGISTER, {
      input: { name: 'X', preferredInquiryMethod: 'FAX' },
    });
    expect(badEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badEmail = await subgraph.query(REGISTER, { input: { name: 'X', email: 'office(at)x' } });
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.email' }],
    });
  });

  it('updates with optimistic locking', async () => {
    const provider = await register({ name: 'Alt' });
    const ok = await subgraph.query<{ updateProvider: { name: string; version: number } }>(UPDATE, {
      id: provider.id,
      input: { version: 1, name: 'Neu' },
    });
    expect(ok.data?.updateProvider).toEqual({ name: 'Neu', version: 2 });
    const stale = await subgraph.query(UPDATE, {
      id: provider.id,
      input: { version: 1, name: 'Verloren' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('shows a provider user only their own organisation', async () => {
    const own = await register({ name: 'Own Org Pflege' });
    const other = await register({ name: 'Other Org Pflege' });
    const user = await portalIdentity(subgraph, own.id);
    const list = await subgraph.query<{ providers: { nodes: { id: string }[] } }>(
      PROVIDERS,
      { search: 'org pflege' },
      user,
    );
    expect(list.data?.providers.nodes.map((n) => n.id)).toEqual([own.id]);
    const foreign = await subgraph.query(
      `query($id: ID!) { provider(id: $id) { name } }`,
      { id: other.id },
      user,
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const write = await subgraph.query(
      UPDATE,
      { id: own.id, input: { version: 1, name: 'Hijack' } },
      user,
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('pages through providers by name', async () => {
    for (const name of ['Paging Zeta', 'Paging Alpha', 'Paging Mu']) await register({ name });
    const first = await subgraph.query<{
      providers: { nodes: { name: string }[]; pageInfo: { endCursor: string } };
    }>(PROVIDERS, { search: 'paging', first: 2 });
    expect(first.data?.providers.nodes.map((n) => n.name)).toEqual(['Paging Alpha', 'Paging Mu']);
    const next = await subgraph.query<{ providers: { nodes: { name: string }[] } }>(PROVIDERS, {
      search: 'paging',
      first: 2,
      after: first.data?.providers.pageInfo.endCursor,
    });
    expect(next.data?.providers.nodes.map((n) => n.name)).toEqual(['Paging Zeta']);
    const bad = await subgraph.query(PROVIDERS, { first: 500 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'first' }],
    });
  });

  it('R1.8: allowedInquiryMethods follows the preference, the email status and the portal account', async () => {
    const METHODS = `query($id: ID!) { provider(id: $id) { version hasPortalAccount allowedInquiryMethods { method allowed rule reason } } }`;
    type Methods = {
      provider: {
        version: number;
        hasPortalAccount: boolean;
        allowedInquiryMethods: { method: string; allowed: boolean; rule: string | null }[];
      };
    };
    const allowed = async (id: string) => {
      const res = await subgraph.query<Methods>(METHODS, { id });
      expect(res.errors).toBeUndefined();
      return res.data!.provider;
    };
    const provider = await register({ name: 'Methods Test e.V.', email: 'office@methods.example' });
    let now = await allowed(provider.id);
    expect(now.allowedInquiryMethods.filter((m) => m.allowed).map((m) => m.method)).toEqual([
      'EMAIL',
    ]); // R1.8b
    expect(now.allowedInquiryMethods.find((m) => m.method === 'INTERNET')).toMatchObject({
      allowed: false,
      rule: 'R1.8c',
    });

    await subgraph.query(UPDATE, {
      id: provider.id,
      input: { version: now.version, emailStatus: 'BOUNCED' },
    });
    now = await allowed(provider.id);
    expect(now.allowedInquiryMethods.filter((m) => m.allowed).map((m) => m.method)).toEqual([
      'PHONE',
    ]); // R1.8d

    const em = subgraph.orm.em.fork();
    em.create(PortalAccount, {
      provider: provider.id,
      email: 'user@methods.example',
      name: 'U',
      role: PortalRole.PROVIDER_USER,
      status: PortalAccountStatus.ACTIVE,
    });
    await em.flush();
    await subgraph.query(UPDATE, {
      id: provider.id,
      input: { version: now.version, preferredInquiryMethod: 'INTERNET' },
    });
    now = await allowed(provider.id);
    expect(now.hasPortalAccount).toBe(true);
    expect(now.allowedInquiryMethods.filter((m) => m.allowed).map((m) => m.method)).toEqual([
      'INTERNET',
    ]); // R1.8a, c
  });

  it('R1.8: a new email address clears a bounced mark', async () => {
    const provider = await register({ name: 'Bounce GmbH', email: 'old@bounce.example' });
    const marked = await subgraph.query<{ updateProvider: { version: number } }>(UPDATE, {
      id: provider.id,
      input: { version: 1, emailStatus: 'INVALID' },
    });
    const changed = await subgraph.query<{ updateProvider: { version: number } }>(
      `mutation($id: ID!, $input: UpdateProviderInput!) { updateProvider(id: $id, input: $input) { version emailStatus } }`,
      {
        id: provider.id,
        input: { version: marked.data!.updateProvider.version, email: 'new@bounce.example' },
      },
    );
    expect(changed.data?.updateProvider).toMatchObject({ emailStatus: 'OK' });
  });
});

describe('issue 14 item 12: registerProvider honours emailStatus', () => {
  it('R1.8: a provider registered with a BOUNCED address is not offered EMAIL', async () => {
    const res = await subgraph.query<{
      registerProvider: {
        emailStatus: string;
        allowedInquiryMethods: { method: string; allowed: boolean; rule: string | null }[];
      };
    }>(
      `mutation($input: RegisterProviderInput!) { registerProvider(input: $input) { emailStatus allowedInquiryMethods { method allowed rule } } }`,
      {
        input: { name: 'Bounced Mail gGmbH', email: 'old@bounced.example', emailStatus: 'BOUNCED' },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.registerProvider.emailStatus).toBe('BOUNCED');
    const methods = res.data!.registerProvider.allowedInquiryMethods;
    expect(methods.filter((m) => m.allowed).map((m) => m.method)).toEqual(['PHONE']); // R1.8d
    expect(methods.find((m) => m.method === 'EMAIL')).toMatchObject({ allowed: false });
  });
});
