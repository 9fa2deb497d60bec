import 'reflect-metadata';
import { runSubgraph } from '@casework/kit';
import { communicationsSubgraph } from './index.js';

await runSubgraph(communicationsSubgraph);
