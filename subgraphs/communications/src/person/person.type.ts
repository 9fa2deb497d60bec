import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The cases subgraph's Person, extended here with the notes about it. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID)
  id!: string;
}

export function personRef(id: string): Person {
  return Object.assign(new Person(), { id });
}
