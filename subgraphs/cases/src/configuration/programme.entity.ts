import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType } from 'type-graphql';
import { MeetingRequirement } from './meeting-requirement.js';

/** A programme clients apply for, configured by agency administrators. */
@Entity({ tableName: 'programme' })
@ObjectType({ description: 'A programme clients apply for' })
export class Programme extends StoredRecord<'active' | 'meetingRequirement'> {
  @Property({ type: 'string', length: 100 })
  @Unique()
  @Field()
  name!: string;

  @Property({ type: 'boolean' })
  @Field({
    description: 'A meeting with the client is always required before authorisation (R3.1)',
  })
  meetingRequired!: boolean;

  @Enum({ items: () => MeetingRequirement, nativeEnumName: 'meeting_requirement' })
  @Field(() => MeetingRequirement, {
    description: 'When a client meeting is required before authorisation (R3.1)',
  })
  meetingRequirement: MeetingRequirement = MeetingRequirement.NONE;

  @Property({ type: 'string', length: 100 })
  @Field({ description: 'The product a successful application delivers' })
  product!: string;

  @Property({ type: 'boolean' })
  @Field({ description: 'Inactive programmes cannot be applied for' })
  active: boolean = true;
}
