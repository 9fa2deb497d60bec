import 'reflect-metadata';
import { runMigrations } from '@casework/kit';
import { communicationsSubgraph } from './index.js';

// The deployment's migration step (one run per release); see README, Deploying.
await runMigrations(communicationsSubgraph);
