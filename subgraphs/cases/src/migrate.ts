import 'reflect-metadata';
import { runMigrations } from '@casework/kit';
import { casesSubgraph } from './index.js';

// The deployment's migration step (one run per release); see README, Deploying.
await runMigrations(casesSubgraph);
