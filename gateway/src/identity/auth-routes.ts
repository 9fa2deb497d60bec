import { type MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response, Router } from 'express';
import { type GatewayConfig } from '../config.js';
import { checkCredentials } from './account.service.js';
import { resolveCaller, SESSION_COOKIE } from './caller.js';
import { signSessionToken } from './session-token.js';

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
 * POST /auth/sign-in, POST /auth/sign-out, GET /auth/me. Sign-in returns a bearer token (API
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
    const { token, expiresAt } = await signSessionToken(
      result.identity,
      config.tokenSecret,
      config.tokenTtlMinutes,
    );
    res.cookie(SESSION_COOKIE, token, { ...cookieOptions, expires: expiresAt });
    res.json({ token, expiresAt: expiresAt.toISOString(), user: result.identity });
  });

  router.post('/sign-out', (_req, res) => {
    res.clearCookie(SESSION_COOKIE, cookieOptions);
    res.status(204).end();
  });

  router.get('/me', async (req, res) => {
    const caller = await resolveCaller(req, config.tokenSecret);
    if ('error' in caller) return fail(res, 401, 'UNAUTHENTICATED', caller.message);
    res.json({ user: caller.identity });
  });

  return router;
}
