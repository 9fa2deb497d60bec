import { migrations } from '../migrations/index.js';
import { Account } from './account.entity.js';
import { Session } from './session.entity.js';

/** The gateway's own PostgreSQL schema: sign-in accounts and their sessions. */
export const identityStore = {
  name: 'identity',
  entities: [Account, Session],
  migrations,
};
