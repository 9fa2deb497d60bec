import { type Cursor } from '@mikro-orm/core';
import { type ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a page of a list ends and whether more follows' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page' })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Base of a cursor-paginated list type; subclass it as
 * `@ObjectType() class PersonConnection extends ConnectionType(Person) {}`.
 */
export function ConnectionType<T extends object>(node: ClassType<T>) {
  @ObjectType()
  abstract class ConnectionClass implements Connection<T> {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many match in all, across pages' })
    totalCount!: number;
  }
  return ConnectionClass;
}

export function toConnection<T extends object, P extends string = never>(
  cursor: Cursor<T, P, never, never, true>,
): Connection<T> {
  return {
    nodes: [...cursor.items],
    pageInfo: { endCursor: cursor.endCursor, hasNextPage: cursor.hasNextPage },
    totalCount: cursor.totalCount,
  };
}
