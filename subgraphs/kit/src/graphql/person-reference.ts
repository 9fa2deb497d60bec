import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { type ReferenceResolver } from './federated-schema.js';

export interface PersonKey {
  id: string;
}

/**
 * The cases subgraph's Person as another subgraph sees it: only the key. Each subgraph defines
 * its own class with this (type-graphql attaches field resolvers to the class, so sharing one
 * class would leak one subgraph's Person fields into another's schema) and adds its fields with
 * a field resolver on it.
 */
export function definePersonReference() {
  @ObjectType('Person')
  @Directive('@key(fields: "id")')
  class PersonReference implements PersonKey {
    @Field(() => ID)
    id!: string;
  }
  return PersonReference;
}

export function personRef(id: string): PersonKey {
  return { id };
}

/** Nothing to load: such a subgraph only adds fields to persons it is handed by id. */
export const resolvePersonReference: ReferenceResolver = (reference) => personRef(reference.id);
