import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum CaseReasonKind {
  CLOSURE = 'CLOSURE',
  REOPENING = 'REOPENING',
}

registerEnumType(CaseReasonKind, {
  name: 'CaseReasonKind',
  description: 'Whether a reason is for closing or for reopening a case',
});

/** A configured reason for closing or reopening a case (R4.7). */
@Entity({ tableName: 'case_reason' })
@Unique({ name: 'case_reason_kind_name_unique', properties: ['kind', 'name'] })
@ObjectType({ description: 'A configured reason for closing or reopening a case (R4.7)' })
export class CaseReason extends StoredRecord<'active'> {
  @Enum({ items: () => CaseReasonKind, nativeEnumName: 'case_reason_kind' })
  @Field(() => CaseReasonKind)
  kind!: CaseReasonKind;

  @Property({ type: 'string', length: 100 })
  @Field()
  name!: string;

  @Property({ type: 'boolean' })
  @Field()
  active: boolean = true;
}
