import 'reflect-metadata';
import { runMigrations } from '@casework/kit';
import { identityStore } from './identity/identity-store.js';

// The deployment's migration step for the identity schema (one run per release); see README, Deploying.
await runMigrations(identityStore);
