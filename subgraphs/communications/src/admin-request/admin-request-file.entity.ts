import { type Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { AdminRequestMessage } from './admin-request-message.entity.js';

/**
 * A file attached to a message (R5.7): the id of the stored file (files capability), its name,
 * and who confirmed when that it holds no protected health information.
 */
@Entity({ tableName: 'administrative_request_file' })
@Unique({ name: 'administrative_request_file_unique', properties: ['message', 'fileId'] })
@ObjectType('AdministrativeRequestFile', { description: 'A file attached to a message (R5.7)' })
export class AdminRequestFile extends StoredRecord {
  @ManyToOne(() => AdminRequestMessage, { deleteRule: 'cascade' })
  message!: Rel<AdminRequestMessage>;

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'Id of the stored file' })
  fileId!: string;

  @Property({ type: 'string', length: 255 })
  @Field()
  fileName!: string;

  @Property({ type: 'string', length: 100 })
  confirmedNoPhiById!: string;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Who confirmed that the file holds no protected health information' })
  confirmedNoPhiBy!: string;

  @Property({ type: 'datetime' })
  @Field()
  confirmedNoPhiAt!: Date;
}
