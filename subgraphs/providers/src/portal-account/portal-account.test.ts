import { GATEWAY_SYSTEM_IDENTITY, Role } from '@casework/kit';
import {
  startTestSmtp,
  startTestSubgraph,
  testIdentity,
  type TestSmtp,
  type TestSubgraph,
} from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providersSubgraph } from '../index.js';
import { PortalAccount } from './portal-account.entity.js';
import { portalIdentity } from './portal-account.testing.js';

const admin = testIdentity([Role.AGENCY_ADMIN], { name: 'Ada Administrator' });
const caseworker = testIdentity([Role.CASEWORKER]);
const INVITE = `mutation($providerId: ID!, $input: InvitePortalUserInput!) { invitePortalUser(providerId: $providerId, input: $input) { id email role status invitationExpiresAt invitedBy } }`;
const INVITATION = `query($token: String!) { portalInvitation(token: $token) { accountId email name role providerId providerName } }`;
const ACCEPT = `mutation($token: String!) { acceptPortalInvitation(token: $token) { accountId } }`;
const STATUS = `query($id: ID!) { portalAccountStatus(id: $id) }`;
const DISABLE = `mutation($id: ID!) { disablePortalAccount(id: $id) { status } }`;
const ENABLE = `mutation($id: ID!) { enablePortalAccount(id: $id) { status } }`;
const OWN_PROVIDER = `query($id: ID!) { provider(id: $id) { name } }`;

let smtp: TestSmtp;
let subgraph: TestSubgraph;
let providerId: string;
let otherProviderId: string;

beforeAll(async () => {
  smtp = await startTestSmtp();
  subgraph = await startTestSubgraph(providersSubgraph, { smtpUrl: smtp.url });
  const register = async (name: string) => {
    const res = await subgraph.query<{ registerProvider: { id: string } }>(
      `mutation($name: String!) { registerProvider(input: { name: $name }) { id } }`,
      { name },
    );
    return res.data!.registerProvider.id;
  };
  providerId = await register('Invite Pflege');
  otherProviderId = await register('Andere Pflege');
});
afterAll(async () => {
  await subgraph?.stop();
  await smtp?.stop();
});

async function invite(email: string, identity = admin, provider = providerId) {
  return subgraph.query<{ invitePortalUser: { id: string; status: string } }>(
    INVITE,
    { providerId: provider, input: { email, name: 'Ines Invited', role: 'PROVIDER_USER' } },
    identity,
  );
}

/** The token from the set-password link in the invitation mail. */
async function tokenMailedTo(email: string): Promise<string> {
  const mail = await smtp.waitFor((m) => m.to.includes(email) && /#token=/.test(m.text));
  const token = /portal\/invitation#token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  expect(token).toBeDefined();
  return token!;
}

describe('portal accounts (issue 5: invitations, roles, disabling)', () => {
  it('an agency administrator invites a provider user, who sets a password once with the mailed link', async () => {
    const invited = await invite('ines@invite.example');
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.invitePortalUser).toMatchObject({ status: 'INVITED' });
    const token = await tokenMailedTo('ines@invite.example');

    const details = await subgraph.query(INVITATION, { token }, GATEWAY_SYSTEM_IDENTITY);
    expect(details.data?.portalInvitation).toMatchObject({
      accountId: invited.data!.invitePortalUser.id,
      email: 'ines@invite.example',
      role: 'PROVIDER_USER',
      providerId,
      providerName: 'Invite Pflege',
    });
    const accepted = await subgraph.query(ACCEPT, { token }, GATEWAY_SYSTEM_IDENTITY);
    expect(accepted.errors).toBeUndefined();
    const status = await subgraph.query(
      STATUS,
      { id: invited.data!.invitePortalUser.id },
      GATEWAY_SYSTEM_IDENTITY,
    );
    expect(status.data).toEqual({ portalAccountStatus: 'ACTIVE' });

    const again = await subgraph.query(ACCEPT, { token }, GATEWAY_SYSTEM_IDENTITY);
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'token' }],
    });
  });

  it('a new invitation replaces the earlier link; an expired link is refused', async () => {
    const invited = await invite('rita@invite.example');
    const first = await tokenMailedTo('rita@invite.example');
    await subgraph.query(
      `mutation($id: ID!) { resendPortalInvitation(id: $id) { id } }`,
      { id: invited.data!.invitePortalUser.id },
      admin,
    );
    await expect
      .poll(() => smtp.messages.filter((m) => m.to.some((t) => t.startsWith('rita@'))).length)
      .toBe(2);
    const second = /#token=([A-Za-z0-9_-]+)/.exec(
      smtp.messages.filter((m) => m.to.some((t) => t.startsWith('rita@')))[1]!.text,
    )![1]!;
    expect(second).not.toBe(first);
    const old = await subgraph.query(INVITATION, { token: first }, GATEWAY_SYSTEM_IDENTITY);
    expect(old.errors?.[0]?.message).toMatch(/not valid/);

    const em = subgraph.orm.em.fork();
    await em.nativeUpdate(
      PortalAccount,
      { id: invited.data!.invitePortalUser.id },
      { invitationExpiresAt: new Date(Date.now() - 1000) },
    );
    const expired = await subgraph.query(INVITATION, { token: second }, GATEWAY_SYSTEM_IDENTITY);
    expect(expired.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('only the gateway reaches the internal invitation fields', async () => {
    const res = await subgraph.query(INVITATION, { token: 'x' }, admin);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses caseworkers, other organisations’ administrators and duplicate emails; nothing is stored', async () => {
    const before = await subgraph.orm.em.fork().count(PortalAccount);
    expect((await invite('x@invite.example', caseworker)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const otherAdmin = await portalIdentity(subgraph, otherProviderId, { admin: true });
    // Another organisation's administrator cannot even see this provider.
    expect((await invite('y@invite.example', otherAdmin)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await invite('ines@invite.example')).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.email', message: 'ines@invite.example already has a portal account' },
      ],
    });
    const bad = await subgraph.query(
      INVITE,
      { providerId, input: { email: 'nope', name: 'N', role: 'PROVIDER_USER' } },
      admin,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: 'input.email' }] });
    // One account was made by portalIdentity above; none by the refused invitations.
    expect(await subgraph.orm.em.fork().count(PortalAccount)).toBe(before + 1);
  });

  it('a provider administrator invites for their own organisation', async () => {
    const ownAdmin = await portalIdentity(subgraph, providerId, { admin: true });
    const res = await invite('own@invite.example', ownAdmin);
    expect(res.errors).toBeUndefined();
    await tokenMailedTo('own@invite.example');
  });

  it('a disabled account is refused at once, also with an open session; enabling restores it', async () => {
    const user = await portalIdentity(subgraph, providerId, { name: 'Dora Disabled' });
    expect((await subgraph.query(OWN_PROVIDER, { id: providerId }, user)).errors).toBeUndefined();

    const disabled = await subgraph.query(DISABLE, { id: user.id }, admin);
    expect(disabled.data).toEqual({ disablePortalAccount: { status: 'DISABLED' } });
    const refused = await subgraph.query(OWN_PROVIDER, { id: providerId }, user);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const status = await subgraph.query(STATUS, { id: user.id }, GATEWAY_SYSTEM_IDENTITY);
    expect(status.data).toEqual({ portalAccountStatus: 'DISABLED' });

    const twice = await subgraph.query(DISABLE, { id: user.id }, admin);
    expect(twice.errors?.[0]?.message).toMatch(/already disabled/);
    expect((await subgraph.query(ENABLE, { id: user.id }, admin)).data).toEqual({
      enablePortalAccount: { status: 'ACTIVE' },
    });
    expect((await subgraph.query(OWN_PROVIDER, { id: providerId }, user)).errors).toBeUndefined();
  });

  it('administrators cannot disable themselves or change their own role', async () => {
    const self = await portalIdentity(subgraph, providerId, { admin: true });
    const res = await subgraph.query(DISABLE, { id: self.id }, self);
    expect(res.errors?.[0]?.message).toMatch(/your own account/);
    const role = await subgraph.query(
      `mutation($id: ID!) { changePortalAccountRole(id: $id, input: { version: 1, role: PROVIDER_USER }) { role } }`,
      { id: self.id },
      self,
    );
    expect(role.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: 'input.role' }] });
  });
});
