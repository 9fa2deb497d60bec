import { type Identity, type Logger } from '@casework/kit';
import { apiClientAdminRoutes } from '../api-clients/api-client-admin-routes.js';
import { type ApiClientStore } from '../api-clients/api-client.store.js';
import { type MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response, Router } from 'express';
import { type GatewayConfig } from '../config.js';
import { fieldProblem, jsonNotFound, sendError as fail } from '../http/json-errors.js';
import { permissionsOf } from '@casework/kit';
import { checkCredentials } from './account.service.js';
import { accountAdminRoutes } from './account-admin-routes.js';
import { changePassword } from './password-change.service.js';
import { acceptInvitation } from './invitation.service.js';
import { DirectoryUnavailable, InvalidInvitation, PortalDirectory } from './portal-directory.js';
import { cookieOf, resolveCaller, SESSION_COOKIE, type TokenAuthority } from './caller.js';
import { type SessionStore } from './session-store.js';
import { signSessionToken, verifySessionToken } from './session-token.js';
import { type SignInLimiter } from './sign-in-limiter.js';

export interface AuthDependencies {
  orm: MikroORM;
  config: GatewayConfig;
  sessions: SessionStore;
  limiter: SignInLimiter;
  logger: Logger;
  clients: ApiClientStore;
}

/** The signed-in user as the apps see it: the identity and what its roles may do (kit's one table). */
function sessionUser(identity: Identity) {
  const permissions = permissionsOf(identity.roles);
  // An API client holds only its scopes.
  const scopes = identity.scopes;
  return {
    ...identity,
    permissions: scopes ? permissions.filter((p) => scopes.includes(p)) : permissions,
  };
}

const json = express.json({ limit: '10kb' });

/** A field's message as the headline of the answer. */
const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

/**
 * POST /auth/sign-in, /sign-out, /sign-out-everywhere, /change-password, /accept-invitation (an
 * invited portal user sets a password and is signed in), GET /auth/me, and the administrators'
 * /auth/accounts/:id/... Sign-in starts a server-side session and returns a bearer token naming
 * it (API clients); the same token is set as an httpOnly, SameSite=Lax cookie (web apps).
 */
export function authRoutes(deps: AuthDependencies): Router {
  const { orm, config, sessions, limiter, clients } = deps;
  const authority: TokenAuthority = { tokenSecret: config.tokenSecret, sessions, clients };
  const router = Router();
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.cookieSecure,
    path: '/',
  };

  const directory = new PortalDirectory(config.subgraphUrls.providers!, config.internalSecret);

  /** Starts a session, returns a bearer token naming it and sets the same token as the cookie. */
  async function startSession(res: Response, identity: Identity) {
    const expiresAt = new Date(Date.now() + config.tokenTtlMinutes * 60_000);
    const session = await sessions.start(identity.id, expiresAt);
    const { token } = await signSessionToken(identity, session.id, config.tokenSecret, expiresAt);
    res.cookie(SESSION_COOKIE, token, { ...cookieOptions, expires: expiresAt });
    res.json({ token, expiresAt: expiresAt.toISOString(), user: sessionUser(identity) });
  }

  /** Answers 429 with Retry-After when the account or the address is over its limit. */
  async function refusedForRate(res: Response, kind: string, account: string, address: string) {
    const seconds = await limiter.blockedFor(kind, account, address);
    if (seconds <= 0) return false;
    res.setHeader('retry-after', String(seconds));
    fail(
      res,
      429,
      'TOO_MANY_REQUESTS',
      `Too many failed attempts; try again in ${Math.ceil(seconds / 60)} minute(s)`,
      { retryAfterSeconds: seconds },
    );
    return true;
  }

  const requireJson = (req: Request, res: Response, what: string) => {
    // Only JSON bodies: a cross-site HTML form cannot send one, which blocks login CSRF.
    if (req.is('application/json')) return true;
    fail(res, 415, 'BAD_REQUEST', `Send the ${what} as application/json`);
    return false;
  };

  const missing = (body: Record<string, unknown>, names: string[]) =>
    names
      .filter((f) => typeof body[f] !== 'string' || (body[f] as string).length === 0)
      .map((field) => fieldProblem(field, 'REQUIRED', { property: field }));

  router.post('/sign-in', json, async (req: Request, res: Response) => {
    if (!requireJson(req, res, 'sign-in')) return;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const fields = missing(body, ['email', 'password']);
    if (fields.length > 0)
      return fail(res, 400, 'BAD_USER_INPUT', 'Email and password are required', { fields });
    const email = (body.email as string).trim().toLowerCase();
    const address = req.socket.remoteAddress ?? 'unknown';
    // Checked before the password, the same way for known and unknown emails.
    if (await refusedForRate(res, 'email', email, address)) return;
    const result = await checkCredentials(orm.em.fork(), email, body.password as string);
    if ('error' in result && result.error === 'credentials') {
      await limiter.failed('email', email, address);
      return fail(res, 401, 'UNAUTHENTICATED', 'The email or password is wrong');
    }
    await limiter.succeeded('email', email);
    if ('error' in result)
      return fail(res, 403, 'FORBIDDEN', 'This account is disabled; ask your administrator');
    // Portal users sign in only while the providers subgraph says their account is active.
    if (result.identity.organisationId) {
      const status = await directory.statusOf(result.identity.id).catch(() => 'unavailable');
      if (status === 'unavailable')
        return fail(
          res,
          503,
          'SERVICE_UNAVAILABLE',
          'The provider portal is unavailable; try again shortly',
        );
      if (status !== 'ACTIVE')
        return fail(res, 403, 'FORBIDDEN', 'This account is disabled; ask your administrator');
    }
    await startSession(res, result.identity);
  });

  router.post('/accept-invitation', json, async (req: Request, res: Response) => {
    if (!requireJson(req, res, 'invitation')) return;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const fields = missing(body, ['token', 'password']);
    if (fields.length > 0)
      return fail(res, 400, 'BAD_USER_INPUT', 'The invitation token and a password are required', {
        fields,
      });
    const token = body.token as string;
    const address = req.socket.remoteAddress ?? 'unknown';
    if (await refusedForRate(res, 'invitation', token, address)) return;
    try {
      const result = await acceptInvitation(
        orm.em.fork(),
        directory,
        token,
        body.password as string,
      );
      if ('field' in result)
        return fail(res, 400, 'BAD_USER_INPUT', sentence(result.message), { fields: [result] });
      // A (re)set password ends every earlier session of the account.
      await sessions.revokeAccount(result.identity.id, 'password-changed');
      await startSession(res, result.identity);
    } catch (error) {
      if (error instanceof InvalidInvitation) {
        await limiter.failed('invitation', token, address);
        return fail(res, 400, 'BAD_USER_INPUT', error.message, {
          fields: [
            { field: 'token', code: 'INVALID_INVITATION', params: {}, message: error.message },
          ],
        });
      }
      if (error instanceof DirectoryUnavailable)
        return fail(
          res,
          503,
          'SERVICE_UNAVAILABLE',
          'The provider portal is unavailable; try again shortly',
        );
      throw error;
    }
  });

  /** Ends the session of the token sent (bearer or cookie) and clears the cookie. */
  router.post('/sign-out', async (req, res) => {
    const token = req.headers.authorization?.startsWith('Bearer ')
      ? req.headers.authorization.slice('Bearer '.length).trim()
      : cookieOf(req);
    const check = token ? await verifySessionToken(token, config.tokenSecret) : undefined;
    if (check && 'sessionId' in check) await sessions.revoke(check.sessionId, 'sign-out');
    res.clearCookie(SESSION_COOKIE, cookieOptions);
    res.status(204).end();
  });

  /** Ends every session of the signed-in user, on every device. */
  router.post('/sign-out-everywhere', async (req, res) => {
    const caller = await resolveCaller(req, authority);
    if ('error' in caller)
      return fail(res, 401, 'UNAUTHENTICATED', caller.message, { reason: caller.error });
    const ended = await sessions.revokeAccount(caller.identity.id, 'sign-out-everywhere');
    res.clearCookie(SESSION_COOKIE, cookieOptions);
    res.json({ sessionsEnded: ended });
  });

  /** Changes the signed-in user's password; every session ends, this client gets a new one. */
  router.post('/change-password', json, async (req: Request, res: Response) => {
    if (!requireJson(req, res, 'password change')) return;
    const caller = await resolveCaller(req, authority);
    if ('error' in caller)
      return fail(res, 401, 'UNAUTHENTICATED', caller.message, { reason: caller.error });
    const body = (req.body ?? {}) as Record<string, unknown>;
    const fields = missing(body, ['currentPassword', 'newPassword']);
    if (fields.length > 0)
      return fail(res, 400, 'BAD_USER_INPUT', 'The current and the new password are required', {
        fields,
      });
    const address = req.socket.remoteAddress ?? 'unknown';
    if (await refusedForRate(res, 'email', caller.identity.email, address)) return;
    const result = await changePassword(
      orm.em.fork(),
      caller.identity.id,
      body.currentPassword as string,
      body.newPassword as string,
    );
    if ('field' in result) {
      if (result.field === 'currentPassword')
        await limiter.failed('email', caller.identity.email, address);
      return fail(res, 400, 'BAD_USER_INPUT', sentence(result.message), { fields: [result] });
    }
    await sessions.revokeAccount(caller.identity.id, 'password-changed');
    await startSession(res, caller.identity);
  });

  router.get('/me', async (req, res) => {
    const caller = await resolveCaller(req, authority);
    if ('error' in caller)
      return fail(res, 401, 'UNAUTHENTICATED', caller.message, { reason: caller.error });
    res.json({ user: sessionUser(caller.identity) });
  });

  router.use('/accounts', accountAdminRoutes(orm, sessions, authority));
  router.use('/api-clients', apiClientAdminRoutes(clients, authority, deps.logger));
  router.use(jsonNotFound);
  return router;
}
