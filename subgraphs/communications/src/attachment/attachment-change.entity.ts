import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType } from 'type-graphql';
import { Attachment } from './attachment.entity.js';

/** One audited change of an attachment: added, a field changed, or removed. */
@Entity({ tableName: 'attachment_change' })
@ObjectType({ description: 'Who changed what on an attachment, and when' })
export class AttachmentChange extends StoredRecord {
  @ManyToOne(() => Attachment)
  attachment!: Attachment;

  @Property({ type: 'string', length: 50 })
  @Field({ description: 'added, description, sensitivity or removed' })
  field!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  oldValue?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  newValue?: string | null;

  @Property({ type: 'string', length: 100 })
  changedById!: string;

  @Property({ type: 'string', length: 200 })
  @Field()
  changedBy!: string;

  @Property({ type: 'datetime' })
  @Field()
  changedAt!: Date;
}
