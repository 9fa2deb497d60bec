import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { ReferenceNumberKind } from './admin-request-enums.js';

/** A category of administrative requests, configured by agency administrators (R5.5, R5.6). */
@Entity({ tableName: 'admin_request_category' })
@ObjectType('AdministrativeRequestCategory', {
  description: 'A category of administrative requests and the number it requires (R5.5, R5.6)',
})
export class AdminRequestCategory extends StoredRecord<
  'active' | 'sortOrder' | 'referencePattern'
> {
  @Property({ type: 'string', length: 60 })
  @Unique({ name: 'admin_request_category_code_unique' })
  @Field({ description: 'Stable code such as INVOICE_QUERY' })
  code!: string;

  @Property({ type: 'string', length: 200 })
  @Field()
  nameEn!: string;

  @Property({ type: 'string', length: 200 })
  @Field()
  nameDe!: string;

  @Property({ type: 'string', length: 200 })
  @Field()
  nameIt!: string;

  @Enum({ items: () => ReferenceNumberKind, nativeEnumName: 'reference_number_kind' })
  @Field(() => ReferenceNumberKind)
  referenceKind!: ReferenceNumberKind;

  @Property({ type: 'string', length: 300, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Regular expression the whole number must match (null: any non-blank text)',
  })
  referencePattern: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'An example of a valid number' })
  referenceExample?: string | null;

  @Property({ type: 'integer' })
  @Field(() => Int)
  sortOrder: number = 0;

  @Property({ type: 'boolean' })
  @Field({ description: 'Inactive categories stay on record but cannot be chosen' })
  active: boolean = true;
}
