import { type Rel } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType } from 'type-graphql';
import { ApplicationCase } from './application-case.entity.js';
import { MeetingSource } from './application-status.js';

/** The fact that a meeting with the clients was held (R3.1), whoever recorded it. */
@Entity({ tableName: 'application_meeting' })
@ObjectType({ description: 'A meeting held with the clients of an application (R3.1)' })
export class ApplicationMeeting extends StoredRecord {
  @ManyToOne(() => ApplicationCase)
  application!: Rel<ApplicationCase>;

  @Property({ type: 'date' })
  @Field({ description: 'YYYY-MM-DD' })
  heldOn!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Who attended' })
  attendees!: string;

  @Enum({ items: () => MeetingSource, nativeEnumName: 'meeting_source' })
  @Field(() => MeetingSource)
  source!: MeetingSource;

  /** The meeting of the meetings feature that reported it; makes a repeated event harmless. */
  @Property({ type: 'uuid', nullable: true })
  @Unique()
  meetingId?: string | null;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Who recorded it' })
  recordedBy!: string;
}
