import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Directive, Field, ObjectType } from 'type-graphql';

/** A service in the agency's catalogue (home care, meals on wheels ...), identified by its code. */
@Entity({ tableName: 'service' })
@ObjectType({ description: "A service from the agency's catalogue" })
@Directive('@key(fields: "id")')
export class Service extends StoredRecord<'active'> {
  @Property({ type: 'string', length: 40 })
  @Unique()
  @Field({ description: 'Catalogue code, such as HOME-CARE' })
  code!: string;

  @Property({ type: 'string', length: 200 })
  @Field()
  name!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Property({ type: 'boolean' })
  @Field({ description: 'Inactive services stay on record but cannot be offered or asked for' })
  active: boolean = true;
}
