import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The cases subgraph's ApplicationCase as this subgraph sees it: only the key. */
@ObjectType('ApplicationCase')
@Directive('@key(fields: "id")')
export class ApplicationCaseReference {
  @Field(() => ID)
  id!: string;
}

/** The cases subgraph's IntegratedCase as this subgraph sees it: only the key. */
@ObjectType('IntegratedCase')
@Directive('@key(fields: "id")')
export class IntegratedCaseReference {
  @Field(() => ID)
  id!: string;
}
