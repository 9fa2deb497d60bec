import { type MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response, Router } from 'express';
import { type GatewayConfig } from '../config.js';
import { type Identity, permissionsOf } from '@casework/kit';
import { checkCredentials } from './account.service.js';
import { acceptInvitation } from './invitation.service.js';
import { DirectoryUnavailable, InvalidInvitation, PortalDirectory } from './portal-directory.js';
import { resolveCaller, SESSION_COOKIE } from './caller.js';
import { signSessionToken } from './session-token.js';

/** The signed-in user as the apps see it: the identity and what its roles may do (kit's one table). */
function sessionUser(identity: Identity) {
  return { ...identity, permissions: permissionsOf(identity.roles) };
}

function fail(
  res: Response,
  status: number,
  code: string,
  message: string,
  fields?: { field: string; message: string }[],
) {
  res.status(status).json({ error: { code, message, ...(fields ? { fields } : {}) } });
}

/**
 * POST /auth/sign-in, POST /auth/sign-out, GET /auth/me (the user with its permissions), POST /auth/accept-invitation (an invited
 * portal user sets a password and is signed in). Sign-in returns a bearer token (API
 * clients) and sets it as an httpOnly, SameSite=Lax cookie (web apps).
 */
export function authRoutes(orm: MikroORM, config: GatewayConfig): Router {
  const router = Router();
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.cookieSecure,
    path: '/',
  };

  const directory = new PortalDirectory(config.subgraphUrls.providers!, config.internalSecret);

  /** Returns a bearer token and sets the same token as the session cookie. */
  async function startSession(res: Response, identity: Identity) {
    const { token, expiresAt } = await signSessionToken(
      identity,
      config.tokenSecret,
      config.tokenTtlMinutes,
    );
    res.cookie(SESSION_COOKIE, token, { ...cookieOptions, expires: expiresAt });
    res.json({ token, expiresAt: expiresAt.toISOString(), user: sessionUser(identity) });
  }

  router.post('/sign-in', express.json({ limit: '10kb' }), async (req: Request, res: Response) => {
    // Only JSON bodies: a cross-site HTML form cannot send one, which blocks login CSRF.
    if (!req.is('application/json'))
      return fail(res, 415, 'BAD_REQUEST', 'Send the sign-in as application/json');
    const body = (req.body ?? {}) as Record<string, unknown>;
    const fields = ['email', 'password']
      .filter((f) => typeof body[f] !== 'string' || (body[f] as string).length === 0)
      .map((field) => ({ field, message: `${field} is required` }));
    if (fields.length > 0)
      return fail(res, 400, 'BAD_USER_INPUT', 'Email and password are required', fields);
    const result = await checkCredentials(
      orm.em.fork(),
      body.email as string,
      body.password as string,
    );
    if ('error' in result) {
      return result.error === 'disabled'
        ? fail(res, 403, 'FORBIDDEN', 'This account is disabled; ask your administrator')
        : fail(res, 401, 'UNAUTHENTICATED', 'The email or password is wrong');
    }
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

  router.post(
    '/accept-invitation',
    express.json({ limit: '10kb' }),
    async (req: Request, res: Response) => {
      if (!req.is('application/json'))
        return fail(res, 415, 'BAD_REQUEST', 'Send the invitation as application/json');
      const body = (req.body ?? {}) as Record<string, unknown>;
      const fields = ['token', 'password']
        .filter((f) => typeof body[f] !== 'string' || (body[f] as string).length === 0)
        .map((field) => ({ field, message: `${field} is required` }));
      if (fields.length > 0)
        return fail(
          res,
          400,
          'BAD_USER_INPUT',
          'The invitation token and a password are required',
          fields,
        );
      try {
        const result = await acceptInvitation(
          orm.em.fork(),
          directory,
          body.token as string,
          body.password as string,
        );
        if ('field' in result)
          return fail(res, 400, 'BAD_USER_INPUT', result.message, [
            { field: result.field, message: result.message },
          ]);
        await startSession(res, result.identity);
      } catch (error) {
        if (error instanceof InvalidInvitation)
          return fail(res, 400, 'BAD_USER_INPUT', error.message, [
            { field: 'token', message: error.message },
          ]);
        if (error instanceof DirectoryUnavailable)
          return fail(
            res,
            503,
            'SERVICE_UNAVAILABLE',
            'The provider portal is unavailable; try again shortly',
          );
        throw error;
      }
    },
  );

  router.post('/sign-out', (_req, res) => {
    res.clearCookie(SESSION_COOKIE, cookieOptions);
    res.status(204).end();
  });

  router.get('/me', async (req, res) => {
    const caller = await resolveCaller(req, config.tokenSecret);
    if ('error' in caller) return fail(res, 401, 'UNAUTHENTICATED', caller.message);
    res.json({ user: sessionUser(caller.identity) });
  });

  return router;
}
