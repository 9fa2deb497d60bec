import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { LetterKind, LetterLanguage } from './letter-kinds.js';

/**
 * One published version of a letter template (R2.4). Versions are never changed: publishing
 * makes the next one, and each letter records the version it was made from.
 */
@Entity({ tableName: 'letter_template_version' })
@Unique({
  name: 'letter_template_version_unique',
  properties: ['kind', 'language', 'templateVersion'],
})
@Index({ name: 'letter_template_version_kind_idx', properties: ['kind', 'language'] })
@ObjectType({ description: 'A published version of a letter template (R2.4)' })
export class LetterTemplateVersion extends StoredRecord {
  @Enum({ items: () => LetterKind, nativeEnumName: 'letter_kind' })
  @Field(() => LetterKind)
  kind!: LetterKind;

  @Enum({ items: () => LetterLanguage, nativeEnumName: 'letter_language' })
  @Field(() => LetterLanguage)
  language!: LetterLanguage;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '1 for the first published version of kind and language' })
  templateVersion!: number;

  @Property({ type: 'string', length: 300 })
  @Field({ description: 'Subject line, with placeholders' })
  subject!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Body with Liquid placeholders such as {{ recipient.name }}' })
  body!: string;

  @Property({ type: 'string', length: 100 })
  publishedById!: string;

  @Property({ type: 'string', length: 200 })
  @Field()
  publishedBy!: string;
}
