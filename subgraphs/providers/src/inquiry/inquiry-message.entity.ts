import { type Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Inquiry } from './inquiry.entity.js';

export enum MessageSide {
  PROVIDER = 'PROVIDER',
  AGENCY = 'AGENCY',
}

registerEnumType(MessageSide, {
  name: 'MessageSide',
  description: 'Who wrote a message of an inquiry thread',
});

/** One message of the more-information thread of an inquiry (R1.5). */
@Entity({ tableName: 'inquiry_message' })
@Index({ name: 'inquiry_message_inquiry_idx', properties: ['inquiry', 'createdAt'] })
@ObjectType({
  description: 'A question from the provider or a reply from the agency about an inquiry',
})
export class InquiryMessage extends StoredRecord {
  @ManyToOne(() => Inquiry, { deleteRule: 'cascade' })
  inquiry!: Rel<Inquiry>;

  @Enum({ items: () => MessageSide, nativeEnumName: 'message_side' })
  @Field(() => MessageSide)
  side!: MessageSide;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Name of who wrote it' })
  author!: string;

  @Property({ type: 'text' })
  @Field()
  text!: string;
}
