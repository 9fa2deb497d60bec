import 'reflect-metadata';
import { runSubgraph } from '@casework/kit';
import { casesSubgraph } from './index.js';

await runSubgraph(casesSubgraph);
