import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType } from 'type-graphql';

/** A type of integrated case, chosen when creating one by hand (R4.6). */
@Entity({ tableName: 'case_type' })
@ObjectType({ description: 'A type of integrated case (R4.6)' })
export class CaseType extends StoredRecord<'active'> {
  @Property({ type: 'string', length: 100 })
  @Unique()
  @Field()
  name!: string;

  @Property({ type: 'boolean' })
  @Field({ description: 'Inactive types are not offered for new cases' })
  active: boolean = true;
}
