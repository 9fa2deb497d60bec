import { Role } from '@casework/kit';
import { startTestSubgraph, testIdentity, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providersSubgraph } from '../index.js';
import { portalIdentity } from '../portal-account/portal-account.testing.js';

const ADD = `mutation($providerId: ID!, $input: CommunicationExceptionInput!) { addProviderCommunicationException(providerId: $providerId, input: $input) { id version method status } }`;
const CANCEL = `mutation($id: ID!) { cancelProviderCommunicationException(id: $id) { status cancelledBy } }`;
const EXCEPTED = `query($id: ID!, $on: String) { provider(id: $id) { exceptedCommunicationMethods(on: $on) communicationExceptions(includeCancelled: true) { method status } } }`;

let subgraph: TestSubgraph;
let providerId: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(providersSubgraph);
  const res = await subgraph.query<{ registerProvider: { id: string } }>(
    `mutation { registerProvider(input: { name: "Ausnahme Pflege" }) { id } }`,
  );
  providerId = res.data!.registerProvider.id;
});
afterAll(() => subgraph?.stop());

const add = (input: Record<string, unknown>, identity = testIdentity()) =>
  subgraph.query<{ addProviderCommunicationException: { id: string; version: number } }>(
    ADD,
    { providerId, input },
    identity,
  );

const excepted = async (on: string) =>
  (
    await subgraph.query<{ provider: { exceptedCommunicationMethods: string[] } }>(EXCEPTED, {
      id: providerId,
      on,
    })
  ).data?.provider.exceptedCommunicationMethods;

describe('provider communication exceptions (R2.7, same model as persons)', () => {
  it('R2.7: an active exception forbids its method on the dates it covers; cancelling lifts it and keeps it on record', async () => {
    const post = await add({
      method: 'POST',
      reason: 'Office moving',
      fromDate: '2027-03-01',
      toDate: '2027-03-31',
    });
    expect(post.errors).toBeUndefined();
    await add({ method: 'PHONE', reason: 'Switchboard closed', fromDate: '2027-03-15' });
    expect(await excepted('2027-02-28')).toEqual([]);
    expect(await excepted('2027-03-20')).toEqual(['POST', 'PHONE']);
    expect(await excepted('2027-04-01')).toEqual(['PHONE']);

    const cancelled = await subgraph.query(CANCEL, {
      id: post.data!.addProviderCommunicationException.id,
    });
    expect(cancelled.data?.cancelProviderCommunicationException).toMatchObject({
      status: 'CANCELLED',
    });
    expect(await excepted('2027-03-20')).toEqual(['PHONE']);
    const again = await subgraph.query(CANCEL, {
      id: post.data!.addProviderCommunicationException.id,
    });
    expect(again.errors?.[0]?.message).toMatch(/already cancelled/);
  });

  it('refuses a to-date before the from-date and a malformed date, naming the field; nothing stored', async () => {
    const before = await excepted('2030-01-15');
    const reversed = await add({
      method: 'EMAIL',
      reason: 'x',
      fromDate: '2030-01-20',
      toDate: '2030-01-10',
    });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.toDate' }],
    });
    const malformed = await add({ method: 'EMAIL', reason: 'x', fromDate: '15.01.2030' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      fields: [{ field: 'input.fromDate' }],
    });
    expect(await excepted('2030-01-15')).toEqual(before);
  });

  it('the provider’s own administrator may record one; a provider user and a support agent may not', async () => {
    const input = { method: 'EMAIL', reason: 'Mailbox migration', fromDate: '2031-01-01' };
    const admin = await portalIdentity(subgraph, providerId, { admin: true });
    expect((await add(input, admin)).errors).toBeUndefined();
    const user = await portalIdentity(subgraph, providerId);
    expect((await add(input, user)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const support = testIdentity([Role.SUPPORT_AGENT]);
    expect((await add(input, support)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
