import { DEMO_PROVIDERS } from '@casework/contracts';
import { startTestSmtp, type TestSmtp } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack } from '@casework/stack';
import { bearer, gql, signIn, startTestStack, tokenFor } from './stack.fixture.js';

let smtp: TestSmtp;
let stack: Stack;
let admin: string;

beforeAll(async () => {
  smtp = await startTestSmtp();
  stack = await startTestStack({ smtpUrl: smtp.url });
  admin = await tokenFor(stack, 'admin@demo.casework');
});
afterAll(async () => {
  await stack?.stop();
  await smtp?.stop();
});

async function accept(token: string, password: string) {
  const res = await fetch(`${stack.urls.gateway}/auth/accept-invitation`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password }),
  });
  return {
    status: res.status,
    cookie: res.headers.get('set-cookie'),
    body: (await res.json()) as {
      token?: string;
      user?: { id: string; roles: string[] };
      error?: { code: string; fields?: { field: string; code?: string }[] };
    },
  };
}

describe('portal users invited by mail through the gateway (issue 5)', () => {
  it('invite, set a password with the mailed link, sign in; the link works once; disabling ends access at once', async () => {
    const invited = await gql<{ invitePortalUser: { id: string; status: string } }>(
      stack,
      `mutation($providerId: ID!, $input: InvitePortalUserInput!) { invitePortalUser(providerId: $providerId, input: $input) { id status } }`,
      {
        providerId: DEMO_PROVIDERS.sonnenhof,
        input: { email: 'nina@sonnenhof.example', name: 'Nina Neu', role: 'PROVIDER_USER' },
      },
      bearer(admin),
    );
    expect(invited.body.errors).toBeUndefined();
    const mail = await smtp.waitFor((m) => m.to.includes('nina@sonnenhof.example'), 15_000);
    expect(mail.subject).toContain('Sonnenhof');
    const link = /(http\S+\/portal\/invitation)#token=([A-Za-z0-9_-]+)/.exec(mail.text);
    expect(link?.[1]).toBe(`${stack.urls.gateway}/portal/invitation`);
    const token = link![2]!;

    const weak = await accept(token, 'short');
    expect(weak.status).toBe(400);
    // A stable code with its facts for the portal's translation; the English message stays (R6.2).
    expect(weak.body.error?.fields).toEqual([
      {
        field: 'password',
        code: 'TOO_SHORT',
        params: { property: 'password', min: 12 },
        message: 'password must have at least 12 characters',
      },
    ]);

    const ok = await accept(token, 'a long enough passphrase');
    expect(ok.status).toBe(200);
    expect(ok.cookie).toMatch(/casework_session=.+HttpOnly/i);
    expect(ok.body.user).toMatchObject({
      id: invited.body.data!.invitePortalUser.id,
      roles: ['PROVIDER_USER'],
    });
    const own = await gql<{ provider: { name: string } }>(
      stack,
      `query($id: ID!) { provider(id: $id) { name } }`,
      { id: DEMO_PROVIDERS.sonnenhof },
      bearer(ok.body.token!),
    );
    expect(own.body.data?.provider.name).toContain('Sonnenhof');

    const reused = await accept(token, 'another long passphrase');
    expect(reused.status).toBe(400);
    expect(reused.body.error?.fields?.[0]).toMatchObject({
      field: 'token',
      code: 'INVALID_INVITATION',
    });

    const signedIn = await signIn(stack, 'nina@sonnenhof.example', 'a long enough passphrase');
    expect(signedIn.res.status).toBe(200);

    const disabled = await gql(
      stack,
      `mutation($id: ID!) { disablePortalAccount(id: $id) { status } }`,
      { id: invited.body.data!.invitePortalUser.id },
      bearer(admin),
    );
    expect(disabled.body.data).toEqual({ disablePortalAccount: { status: 'DISABLED' } });
    // Its sessions end at once (issue 14): the token is refused at the gateway.
    const refused = () =>
      gql(
        stack,
        `query($id: ID!) { provider(id: $id) { name } }`,
        { id: DEMO_PROVIDERS.sonnenhof },
        bearer(signedIn.body.token!),
      ).then((r) => r.body.errors?.[0]?.extensions);
    await expect.poll(refused).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'revoked' });
    const again = await signIn(stack, 'nina@sonnenhof.example', 'a long enough passphrase');
    expect(again.res.status).toBe(403);
  });

  it('the demo portal users still sign in (their sign-in and portal account share an id)', async () => {
    const { res } = await signIn(stack, 'provider-admin@demo.casework');
    expect(res.status).toBe(200);
  });

  it('clients cannot reach the gateway-only invitation fields', async () => {
    const res = await gql(stack, `{ portalInvitation(token: "x") { email } }`, {}, bearer(admin));
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('an unknown invitation token is refused, naming the token', async () => {
    const res = await accept('not-a-real-token', 'a long enough passphrase');
    expect(res.status).toBe(400);
    expect(res.body.error?.fields?.[0]?.field).toBe('token');
  });
});
