import { migrations } from '../migrations/index.js';
import { ApiClientSecret } from '../api-clients/api-client-secret.entity.js';
import { ApiClient } from '../api-clients/api-client.entity.js';
import { Account } from './account.entity.js';
import { Session } from './session.entity.js';

/** The gateway's own PostgreSQL schema: sign-in accounts, their sessions, API clients. */
export const identityStore = {
  name: 'identity',
  entities: [Account, Session, ApiClient, ApiClientSecret],
  migrations,
};
