import { Collection, type Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, OneToMany, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType } from 'type-graphql';
import { AdminRequestSide } from './admin-request-enums.js';
import { AdminRequestFile } from './admin-request-file.entity.js';
import { AdminRequest } from './admin-request.entity.js';

/**
 * A message in a request's conversation, seen by both sides. Internal notes are a separate table
 * (`AdminRequestInternalNote`) so no field of this type can ever carry one to a provider.
 */
@Entity({ tableName: 'administrative_request_message' })
@Index({ name: 'administrative_request_message_request_idx', properties: ['request', 'createdAt'] })
@ObjectType('AdministrativeRequestMessage', {
  description: 'The request itself or a reply, from the provider or the agency',
})
export class AdminRequestMessage extends StoredRecord {
  @ManyToOne(() => AdminRequest, { deleteRule: 'cascade' })
  request!: Rel<AdminRequest>;

  @Enum({ items: () => AdminRequestSide, nativeEnumName: 'administrative_request_side' })
  @Field(() => AdminRequestSide)
  side!: AdminRequestSide;

  @Property({ type: 'string', length: 100 })
  authorId!: string;

  @Property({ type: 'string', length: 200 })
  @Field()
  author!: string;

  @Property({ type: 'string', length: 254 })
  authorEmail!: string;

  @Property({ type: 'text' })
  @Field()
  text!: string;

  @OneToMany(() => AdminRequestFile, (f) => f.message)
  files = new Collection<AdminRequestFile>(this);
}
