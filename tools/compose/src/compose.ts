import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildFederatedSchema, type SubgraphDefinition } from '@casework/kit';
import { casesSubgraph } from '@casework/cases';
import { communicationsSubgraph } from '@casework/communications';
import { providersSubgraph } from '@casework/providers';
import { parse, printSchema } from 'graphql';

export const subgraphs: SubgraphDefinition[] = [
  casesSubgraph,
  providersSubgraph,
  communicationsSubgraph,
];

export interface ComposedSchemas {
  /** Printed SDL per subgraph name. */
  subgraphs: Record<string, string>;
  supergraph: string;
  /** The public API schema (what clients see): the web apps generate their types from it. */
  api: string;
}

export class CompositionError extends Error {}

/** Default subgraph URLs baked into the supergraph; the gateway overrides them from its config. */
export function defaultSubgraphUrl(definition: SubgraphDefinition): string {
  return `http://127.0.0.1:${definition.defaultPort}/graphql`;
}

/** Prints each subgraph's SDL from the code and composes the supergraph in-process (no rover). */
export async function composeSupergraph(): Promise<ComposedSchemas> {
  const printed: Record<string, string> = {};
  for (const definition of subgraphs) {
    printed[definition.name] = printSubgraphSchema(await buildFederatedSchema(definition));
  }
  const result = composeServices(
    subgraphs.map((definition) => ({
      name: definition.name,
      url: defaultSubgraphUrl(definition),
      typeDefs: parse(printed[definition.name]!),
    })),
  );
  if (result.errors) {
    const lines = result.errors.map((error, i) => {
      const code = (error.extensions?.code as string | undefined) ?? 'ERROR';
      return `${i + 1}. [${code}] ${error.message}`;
    });
    throw new CompositionError(
      `Composition failed with ${lines.length} error(s):\n${lines.join('\n')}`,
    );
  }
  const api = printSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return { subgraphs: printed, supergraph: result.supergraphSdl, api: `${api}\n` };
}
