import { type Identity, Role } from '@casework/kit';
import { startTestSubgraph, testIdentity, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providersSubgraph } from '../index.js';
import { portalIdentity } from '../portal-account/portal-account.testing.js';
import { fieldSelections } from './field-selections.testing.js';
import { Service } from '../service/service.entity.js';
import { EmailStatus } from './email-status.js';
import { InquiryMethod } from './inquiry-method.js';
import { Provider } from './provider.entity.js';

// Issue 15: the provider list (the inquiry form's provider picker) is read as plain rows in one
// statement. These tests hold it to what the entity path gave: fields, field resolvers, who sees
// which providers, the service and search filters, order and the cursors of findByCursor.

const caseworker = testIdentity([Role.CASEWORKER]);
const FIELDS = `id version createdAt updatedAt reference name
  address { line1 line2 postalCode city country } phone email emailStatus
  preferredInquiryMethod preferredCommunicationMethod hasPortalAccount servicesOffered { id }
  allowedInquiryMethods { method allowed reason reasonCode rule }`;
const PICKER = `query($serviceId: ID, $search: String, $first: Int!, $after: String) {
  providers(serviceId: $serviceId, search: $search, first: $first, after: $after) {
    pageInfo { endCursor hasNextPage }
    nodes { ${FIELDS} statistics(serviceId: $serviceId) { sentCount answeredCount } }
  }
}`;

interface Page {
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  nodes: Record<string, unknown>[];
}

let subgraph: TestSubgraph;
let serviceId: string;
let portalUser: Identity;
let ownId: string;

async function providers(variables: Record<string, unknown>, identity = caseworker) {
  const res = await subgraph.query<{ providers: Page }>(PICKER, variables, identity);
  expect(res.errors).toBeUndefined();
  return res.data!.providers;
}

const names = (page: Page) => page.nodes.map((n) => n.name);

beforeAll(async () => {
  subgraph = await startTestSubgraph(providersSubgraph);
  const em = subgraph.orm.em.fork();
  const service = em.create(Service, { code: 'PICK', name: 'Picked service' });
  const offering = [
    { name: 'Zeta Pflege', email: 'office@zeta.example' },
    { name: 'Alpha Pflege', preferredInquiryMethod: InquiryMethod.PHONE },
    // Two of one name: the id decides their order (and the page boundary).
    { name: 'Twin Pflege', email: 'one@twin.example', emailStatus: EmailStatus.BOUNCED },
    { name: 'Twin Pflege', phone: '+41 31 000' },
    { name: '100% Pflege', email: 'office@percent.example' },
  ].map((values, i) =>
    em.create(Provider, { reference: `PR-PICK000${i}`, ...values, services: [service] }),
  );
  em.create(Provider, { reference: 'PR-PICK0009', name: 'Beta Pflege (other service)' });
  await em.flush();
  serviceId = service.id;
  ownId = offering[0]!.id;
  portalUser = await portalIdentity(subgraph, ownId);
}, 120_000);

afterAll(() => subgraph?.stop());

describe('provider list as plain rows (issue 15)', () => {
  it('R1.8: the provider picker pages by name through the providers of the service exactly once, with the cursors of findByCursor', async () => {
    const rows = await subgraph.orm.em.getConnection().execute<{ id: string }[]>(
      `select p.id from providers.provider p
        where exists (select 1 from providers.provider_service s where s.provider_id = p.id and s.service_id = ?)
        order by p.name, p.id`,
      [serviceId],
    );
    expect(rows).toHaveLength(5);
    const pages: Page[] = [];
    let after: string | undefined;
    do {
      const page = await providers({ serviceId, first: 2, after });
      const orm = await subgraph.orm.em.fork().findByCursor(Provider, {
        where: { services: serviceId },
        first: 2,
        after,
        orderBy: { name: 'asc', id: 'asc' },
      });
      expect(page.pageInfo.endCursor).toBe(orm.endCursor);
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
    } while (after && pages.length < 10);
    expect(pages.flatMap((p) => p.nodes.map((n) => n.id))).toEqual(rows.map((r) => r.id));
    expect(pages.map(names)).toEqual([
      ['100% Pflege', 'Alpha Pflege'],
      ['Twin Pflege', 'Twin Pflege'],
      ['Zeta Pflege'],
    ]);
  });

  it('R1.8: every listed provider reads exactly as the same provider read alone (entity path), field resolvers included', async () => {
    const page = await providers({ serviceId, first: 10 });
    for (const node of page.nodes) {
      const alone = await subgraph.query<{ provider: Record<string, unknown> }>(
        `query($id: ID!) { provider(id: $id) { ${FIELDS} } }`,
        { id: node.id },
        caseworker,
      );
      expect(alone.errors).toBeUndefined();
      const { statistics, ...fields } = node;
      expect(fields).toEqual(alone.data!.provider);
      expect(statistics).toEqual({ sentCount: 0, answeredCount: 0 });
    }
    const bounced = page.nodes.find((n) => n.emailStatus === 'BOUNCED')!;
    expect(bounced.allowedInquiryMethods).toContainEqual(
      expect.objectContaining({ method: 'EMAIL', allowed: false }),
    );
    expect(page.nodes.find((n) => n.name === 'Alpha Pflege')).toMatchObject({
      preferredInquiryMethod: 'PHONE',
      address: null,
      servicesOffered: [{ id: serviceId }],
    });
  });

  it('R1.8: each field of a provider, selected alone, reads as on the entity path (the list selects only the columns asked for)', async () => {
    const ids = (await providers({ serviceId, first: 10 })).nodes.map((n) => n.id as string);
    const selections = await fieldSelections(subgraph, 'Provider');
    expect(selections).toEqual(expect.arrayContaining(['name', 'emailStatus']));
    for (const selection of selections) {
      const res = await subgraph.query<{ providers: { nodes: unknown[] } }>(
        `query($serviceId: ID) { providers(serviceId: $serviceId, first: 10) { nodes { ${selection} } } }`,
        { serviceId },
        caseworker,
      );
      expect(res.errors, selection).toBeUndefined();
      const alone = [];
      for (const id of ids) {
        const one = await subgraph.query<{ provider: unknown }>(
          `query($id: ID!) { provider(id: $id) { ${selection} } }`,
          { id },
          caseworker,
        );
        expect(one.errors, selection).toBeUndefined();
        alone.push(one.data!.provider);
      }
      expect(res.data!.providers.nodes, selection).toEqual(alone);
    }
  });

  it('a provider user finds only their own organisation, with or without a service', async () => {
    expect(names(await providers({ serviceId, first: 10 }, portalUser))).toEqual(['Zeta Pflege']);
    const all = await providers({ first: 10 }, portalUser);
    expect(all.nodes.map((n) => n.id)).toEqual([ownId]);
  });

  it('searches name, reference and email by every word, with % and _ taken literally', async () => {
    expect(names(await providers({ search: '100%', first: 10 }))).toEqual(['100% Pflege']);
    expect(names(await providers({ search: 'PR-PICK0009', first: 10 }))).toEqual([
      'Beta Pflege (other service)',
    ]);
    expect(names(await providers({ search: 'twin.example pflege', first: 10 }))).toEqual([
      'Twin Pflege',
    ]);
    expect(names(await providers({ search: '_', first: 10 }))).toEqual([]);
  });

  it('refuses a cursor that is not one of this list, with the field named', async () => {
    const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
    const id = '0b9e5f5a-00aa-4000-8000-0000000000b1';
    for (const after of [
      cursor(['Name\u0000', id]),
      cursor(['\ud800', id]),
      cursor([7, id]),
      cursor(['Name', 'not an id']),
      '%%%',
    ]) {
      const res = await subgraph.query(PICKER, { serviceId, first: 2, after }, caseworker);
      expect(res.data?.providers ?? null, after).toBeNull();
      expect(res.errors?.[0]?.extensions, after).toMatchObject({
        fields: [{ field: 'after', code: 'INVALID_CURSOR' }],
      });
    }
  });
});
