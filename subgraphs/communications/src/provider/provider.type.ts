import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Provider (owned by the providers subgraph) as this subgraph refers to it: only the key, so the
 * gateway fetches its name and the rest from providers.
 */
@ObjectType('Provider')
@Directive('@key(fields: "id", resolvable: false)')
export class Provider {
  @Field(() => ID)
  id!: string;
}

export const providerRef = (id: string): Provider => ({ id });
