import { type Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType } from 'type-graphql';
import { AdminRequest } from './admin-request.entity.js';

/** A note the support desk keeps on a request; never shown to the provider (own table, own field). */
@Entity({ tableName: 'administrative_request_internal_note' })
@Index({
  name: 'administrative_request_internal_note_request_idx',
  properties: ['request', 'createdAt'],
})
@ObjectType('AdministrativeRequestInternalNote', {
  description: 'An internal note of the support desk; providers never see it',
})
export class AdminRequestInternalNote extends StoredRecord {
  @ManyToOne(() => AdminRequest, { deleteRule: 'cascade' })
  request!: Rel<AdminRequest>;

  @Property({ type: 'string', length: 100 })
  authorId!: string;

  @Property({ type: 'string', length: 200 })
  @Field()
  author!: string;

  @Property({ type: 'text' })
  @Field()
  text!: string;
}
