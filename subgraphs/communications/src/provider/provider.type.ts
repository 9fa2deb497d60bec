import { type ReferenceResolver } from '@casework/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Provider (owned by the providers subgraph) as this subgraph extends it: only the key. */
@ObjectType('Provider')
@Directive('@key(fields: "id")')
export class Provider {
  @Field(() => ID)
  id!: string;
}

export const providerRef = (id: string): Provider => ({ id });
/** Nothing to load: this subgraph only adds fields to providers it is handed by id. */
export const resolveProviderReference: ReferenceResolver = (reference) => ({ id: reference.id });
