import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

/** Someone who has worked at the support desk: the colleagues a request can be assigned to. */
@Entity({ tableName: 'support_desk_member' })
@ObjectType({ description: 'A member of the agency\u2019s support desk' })
export class SupportDeskMember {
  @PrimaryKey({ type: 'string', length: 100 })
  @Field(() => ID, { description: 'Account id' })
  accountId!: string;

  @Property({ type: 'string', length: 200 })
  @Field()
  name!: string;

  @Property({ type: 'string', length: 254 })
  email!: string;

  @Property({ type: 'datetime' })
  lastSeenAt!: Date;
}
