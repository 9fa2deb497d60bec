import 'reflect-metadata';
import { runSubgraph } from '@casework/kit';
import { providersSubgraph } from './index.js';

await runSubgraph(providersSubgraph);
