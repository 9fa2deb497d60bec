import { can, type Identity, type Logger } from '@casework/kit';
import express, { type Request, type Response, Router } from 'express';
import { sendError as fail } from '../http/json-errors.js';
import { sendRefusal } from '../http/refusals.js';
import { resolveCaller, type TokenAuthority } from '../identity/caller.js';
import { parseNewClient, parseNewSecret } from './api-client.input.js';
import { type ApiClientStore, GRANTABLE_SCOPES } from './api-client.store.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const json = express.json({ limit: '10kb' });

/**
 * Agency administrators manage API clients (issue 17), like they manage sign-ins under
 * /auth/accounts: GET /auth/api-clients, POST /auth/api-clients (the secret is in this answer
 * only), POST /:id/secrets (rotation), /:id/secrets/:secretId/revoke and /:id/revoke.
 */
export function apiClientAdminRoutes(
  clients: ApiClientStore,
  authority: TokenAuthority,
  logger: Logger,
): Router {
  const router = Router();

  async function administrator(req: Request, res: Response): Promise<Identity | undefined> {
    const caller = await resolveCaller(req, authority);
    if ('error' in caller) {
      fail(res, 401, 'UNAUTHENTICATED', caller.message, { reason: caller.error });
      return undefined;
    }
    if (!can(caller.identity, 'api-client:manage') || caller.client) {
      sendRefusal(res, 'API_CLIENTS_ADMIN_ONLY');
      return undefined;
    }
    // Only JSON bodies: a cross-site HTML form cannot send one (CSRF).
    if (req.method === 'POST' && !req.is('application/json')) {
      fail(res, 415, 'BAD_REQUEST', 'Send the request body as application/json');
      return undefined;
    }
    return caller.identity;
  }

  router.get('/', async (req, res) => {
    if (!(await administrator(req, res))) return;
    res.json({ clients: await clients.list(), grantableScopes: GRANTABLE_SCOPES });
  });

  router.post('/', json, async (req, res) => {
    const admin = await administrator(req, res);
    if (!admin) return;
    const input = parseNewClient(req.body);
    if ('fields' in input) return sendRefusal(res, 'API_CLIENT_INVALID', { fields: input.fields });
    const created = await clients.create(input.value, admin.id);
    logger.info({ clientId: created.clientId, by: admin.id }, 'API client created');
    res.status(201).json({
      client: await clients.find(created.clientId),
      secret: created.secret,
      secretId: created.secretId,
    });
  });

  router.post('/:id/secrets', json, async (req, res) => {
    const admin = await administrator(req, res);
    if (!admin) return;
    const id = String(req.params.id);
    const input = parseNewSecret(req.body);
    if ('fields' in input) return sendRefusal(res, 'API_CLIENT_INVALID', { fields: input.fields });
    const created = UUID.test(id) ? await clients.addSecret(id, input.value.expiresAt) : undefined;
    if (!created) return sendRefusal(res, 'API_CLIENT_NOT_FOUND', { field: 'id' });
    logger.info({ clientId: id, by: admin.id }, 'API client secret added');
    res.status(201).json({ ...created, client: await clients.find(id) });
  });

  router.post('/:id/secrets/:secretId/revoke', json, async (req, res) => {
    const admin = await administrator(req, res);
    if (!admin) return;
    const { id = '', secretId = '' } = req.params as Partial<Record<string, string>>;
    if (!UUID.test(id) || !UUID.test(secretId) || !(await clients.revokeSecret(id, secretId)))
      return sendRefusal(res, 'API_CLIENT_SECRET_NOT_FOUND', { field: 'secretId' });
    logger.info({ clientId: id, secretId, by: admin.id }, 'API client secret revoked');
    res.json({ client: await clients.find(id) });
  });

  router.post('/:id/revoke', json, async (req, res) => {
    const admin = await administrator(req, res);
    if (!admin) return;
    const id = String(req.params.id);
    if (!UUID.test(id) || !(await clients.revoke(id)))
      return sendRefusal(res, 'API_CLIENT_NOT_FOUND', { field: 'id' });
    logger.info({ clientId: id, by: admin.id }, 'API client revoked');
    res.json({ client: await clients.find(id) });
  });
  return router;
}
