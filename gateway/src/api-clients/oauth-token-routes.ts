import OAuth2Server from '@node-oauth/oauth2-server';
import express, { type Request as ExpressRequest, Router } from 'express';
import { isPermission, type Permission } from '@casework/kit';
import { type SignInLimiter } from '../identity/sign-in-limiter.js';
import { signClientToken } from './api-client-token.js';
import { type ApiClientStore, CLIENT_REFUSALS, type ClientRefusal } from './api-client.store.js';

const { InvalidClientError, Request, Response } = OAuth2Server;

export interface TokenEndpointOptions {
  clients: ApiClientStore;
  limiter: SignInLimiter;
  tokenSecret: string;
  ttlMinutes: number;
}

/** The client id a token request names (form body or HTTP Basic), for counting failures. */
function claimedClientId(req: ExpressRequest): string {
  const body = (req.body ?? {}) as Record<string, unknown>;
  if (typeof body.client_id === 'string') return body.client_id.slice(0, 100);
  const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  return basic ? Buffer.from(basic, 'base64').toString('utf8').split(':')[0]!.slice(0, 100) : '';
}

/**
 * POST /oauth/token: the OAuth 2.0 client-credentials grant (RFC 6749 section 4.4), its protocol
 * (parameters, client authentication by Basic or form body, scope handling, error responses) by
 * @node-oauth/oauth2-server. Issues short-lived signed access tokens; each request with one checks
 * again that the client and its secret are still valid, so a revocation takes effect at once.
 * Failed client authentications count against the sign-in limiter (429 with Retry-After).
 */
export function oauthTokenRoutes(options: TokenEndpointOptions): Router {
  const { clients, limiter, tokenSecret, ttlMinutes } = options;
  /** One server per request, so the model can tell why a client was refused (revoked, expired). */
  const serverFor = (refusal: { reason?: ClientRefusal }) =>
    new OAuth2Server({
      model: {
        async getClient(clientId: string, clientSecret: string) {
          const check = await clients.checkSecret(clientSecret, clientId);
          if ('error' in check) return false;
          const client = await clients.use(check.clientId, check.secretId);
          if ('error' in client) {
            refusal.reason = client.error;
            throw new InvalidClientError(`Invalid client: ${CLIENT_REFUSALS[client.error]}`);
          }
          return {
            id: client.id,
            grants: ['client_credentials'],
            accessTokenLifetime: ttlMinutes * 60,
            secretId: client.secretId,
            scopes: client.scopes,
          };
        },
        getUserFromClient: async (client) => ({ clientId: client.id }),
        // No scope asked: every scope the client holds. Asked: only a subset of them, else invalid_scope.
        async validateScope(_user, client, scope) {
          const held = client.scopes as Permission[];
          if (!scope || scope.length === 0) return held;
          return scope.every((s) => isPermission(s) && held.includes(s)) ? scope : false;
        },
        generateAccessToken: async (client, _user, scope) =>
          signClientToken(
            { clientId: client.id, secretId: String(client.secretId), scopes: scope },
            tokenSecret,
            new Date(Date.now() + ttlMinutes * 60_000),
          ),
        // Access tokens are self-contained (signed); nothing to store.
        saveToken: async (token, client, user) => ({ ...token, client, user }),
        // Requests are authenticated by the gateway's caller check, not by oauth2-server.
        getAccessToken: async () => false,
      },
      requireClientAuthentication: { client_credentials: true },
    });

  const router = Router();
  router.post(
    '/token',
    express.urlencoded({ extended: false, limit: '10kb' }),
    async (req, res) => {
      const clientId = claimedClientId(req);
      const address = req.socket.remoteAddress ?? 'unknown';
      const wait = await limiter.blockedFor('api-client', clientId, address);
      if (wait > 0) {
        res.setHeader('retry-after', String(wait));
        res.setHeader('cache-control', 'no-store');
        res.status(429).json({
          error: 'slow_down',
          error_description: `Too many failed attempts; try again in ${wait} second(s)`,
        });
        return;
      }
      const response = new Response();
      const refusal: { reason?: ClientRefusal } = {};
      try {
        const token = await serverFor(refusal).token(
          new Request({
            method: req.method,
            headers: req.headers as Record<string, string>,
            query: {},
            body: (req.body ?? {}) as Record<string, unknown>,
          }),
          response,
        );
        await limiter.succeeded('api-client', clientId);
        res.setHeader('cache-control', 'no-store');
        res.json({
          access_token: token.accessToken,
          token_type: 'Bearer',
          expires_in: ttlMinutes * 60,
          scope: (token.scope ?? []).join(' '),
        });
      } catch (error) {
        if (!(error instanceof OAuth2Server.OAuthError)) throw error;
        if (error instanceof InvalidClientError)
          await limiter.failed('api-client', clientId, address);
        for (const [name, value] of Object.entries(response.headers ?? {}))
          res.setHeader(name, value);
        res.setHeader('cache-control', 'no-store');
        res.status(error.code).json({
          error: error.name,
          error_description: error.message,
          ...(refusal.reason ? { reason: refusal.reason } : {}),
        });
      }
    },
  );
  return router;
}
