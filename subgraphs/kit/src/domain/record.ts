import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * What every stored record has: a UUID, a version for optimistic locking, and when it was
 * created and last changed. Entities extend it (and list `StoredRecord` among their ORM entities).
 */
@Entity({ abstract: true })
@ObjectType({ description: 'A stored record' })
export abstract class StoredRecord<Optional extends string = never> {
  /** Properties `em.create` may omit; entities add their own defaulted ones through `Optional`. */
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt' | Optional;

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Property({ version: true })
  @Field(() => Int, {
    description: 'Increases with every change; pass it back on update (optimistic locking)',
  })
  version!: number;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  @Field()
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  @Field()
  updatedAt: Date = new Date();
}
