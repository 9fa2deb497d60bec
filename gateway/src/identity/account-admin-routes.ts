import { Role } from '@casework/kit';
import { type MikroORM } from '@mikro-orm/postgresql';
import { type Request, type Response, Router } from 'express';
import { fieldProblem, sendError as fail } from '../http/json-errors.js';
import { Account } from './account.entity.js';
import { resolveCaller, type TokenAuthority } from './caller.js';
import { type SessionStore } from './session-store.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Agency administrators act on a user's sign-in: POST /auth/accounts/:id/sign-out-everywhere,
 * /disable and /enable (agency staff; portal accounts are disabled in the providers subgraph with
 * `disablePortalAccount`, which revokes their sessions through the gateway too).
 */
export function accountAdminRoutes(
  orm: MikroORM,
  sessions: SessionStore,
  authority: TokenAuthority,
): Router {
  const router = Router();

  /** The target account when the caller is an agency administrator, else an answer was sent. */
  async function target(req: Request, res: Response): Promise<Account | undefined> {
    const caller = await resolveCaller(req, authority);
    if ('error' in caller) {
      fail(res, 401, 'UNAUTHENTICATED', caller.message, { reason: caller.error });
      return undefined;
    }
    if (!caller.identity.roles.includes(Role.AGENCY_ADMIN)) {
      fail(res, 403, 'FORBIDDEN', 'Only agency administrators manage other users’ sign-ins');
      return undefined;
    }
    const id = String(req.params.id);
    const account = UUID.test(id) ? await orm.em.fork().findOne(Account, { id }) : null;
    if (!account) {
      fail(res, 404, 'NOT_FOUND', 'No account with this id', {
        fields: [fieldProblem('id', 'ACCOUNT_NOT_FOUND', {}, 'no account with this id')],
      });
      return undefined;
    }
    if (account.id === caller.identity.id && req.path.endsWith('/disable')) {
      fail(res, 400, 'BAD_USER_INPUT', 'You cannot disable your own account', {
        fields: [fieldProblem('id', 'OWN_ACCOUNT_DISABLE')],
      });
      return undefined;
    }
    return account;
  }

  router.post('/:id/sign-out-everywhere', async (req, res) => {
    const account = await target(req, res);
    if (!account) return;
    res.json({ sessionsEnded: await sessions.revokeAccount(account.id, 'admin') });
  });

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    router.post(`/:id/${action}`, async (req, res) => {
      const account = await target(req, res);
      if (!account) return;
      if (account.organisationId)
        return fail(
          res,
          400,
          'BAD_USER_INPUT',
          `Portal accounts are managed by their provider: use ${action}PortalAccount`,
          {
            fields: [
              fieldProblem(
                'id',
                'PORTAL_ACCOUNT_MANAGED_BY_PROVIDER',
                { mutation: `${action}PortalAccount` },
                'this is a portal account',
              ),
            ],
          },
        );
      await orm.em.fork().nativeUpdate(Account, { id: account.id }, { disabled });
      const sessionsEnded = disabled ? await sessions.revokeAccount(account.id, 'disabled') : 0;
      res.json({ id: account.id, email: account.email, disabled, sessionsEnded });
    });
  }
  return router;
}
