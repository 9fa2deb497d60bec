import { migrations } from '../migrations/index.js';
import { Account } from './account.entity.js';

/** The gateway's own PostgreSQL schema: sign-in accounts. */
export const identityStore = {
  name: 'identity',
  entities: [Account],
  migrations,
};
