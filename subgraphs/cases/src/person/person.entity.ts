import { Embedded, Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Address, CommunicationMethod, StoredRecord } from '@casework/kit';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

/** A prospect person is registered with minimal details and can later become a person (R4.5). */
export enum PersonKind {
  PERSON = 'PERSON',
  PROSPECT = 'PROSPECT',
}

registerEnumType(PersonKind, {
  name: 'PersonKind',
  description: 'A person registered with full details, or a prospect with minimal ones (R4.5)',
});

@Entity({ tableName: 'person' })
@Index({ name: 'person_family_name_idx', properties: ['familyName', 'givenName', 'id'] })
// Typo-tolerant name search (pg_trgm, R4.5): the person service filters with `$1 <% lower(name)`.
@Index({
  name: 'person_name_trgm_idx',
  expression: `create index "person_name_trgm_idx" on "cases"."person" using gin (lower(given_name || ' ' || family_name) public.gin_trgm_ops)`,
})
// Global search (issue 16): reference and email prefixes, dates of birth, each from an index.
@Index({
  name: 'person_reference_pattern_idx',
  expression: `create index "person_reference_pattern_idx" on "cases"."person" ("reference" text_pattern_ops)`,
})
@Index({
  name: 'person_email_pattern_idx',
  expression: `create index "person_email_pattern_idx" on "cases"."person" (lower(email) text_pattern_ops)`,
})
@Index({ name: 'person_date_of_birth_idx', properties: ['dateOfBirth'] })
// The persons search's word match (issue 15): one trigram index on the generated `search_text`.
@Index({
  name: 'person_search_text_trgm_idx',
  expression: `create index "person_search_text_trgm_idx" on "cases"."person" using gin ("search_text" public.gin_trgm_ops)`,
})
@ObjectType({ description: 'A registered client of the agency' })
@Directive('@key(fields: "id")')
export class Person extends StoredRecord<'name' | 'kind'> {
  @Enum({ items: () => PersonKind, nativeEnumName: 'person_kind' })
  @Field(() => PersonKind)
  kind: PersonKind = PersonKind.PERSON;

  /**
   * Name, reference and e-mail in lower case, kept by PostgreSQL: a search word matching any of
   * them matches here (words hold no space, so none spans two). ILIKE on each column lowered every
   * value of every row for each word (issue 15: most of the search's database time).
   */
  @Property({
    type: 'text',
    generated: `(lower((((((((given_name)::text || ' '::text) || (family_name)::text) || ' '::text) || (reference)::text) || ' '::text) || (COALESCE(email, ''::character varying))::text))) stored`,
    lazy: true,
    hidden: true,
    nullable: true,
  })
  searchText?: string;

  @Property({ type: 'string', length: 20 })
  @Unique()
  @Field({ description: 'Human-facing reference number, such as P-7KX2M9QD' })
  reference!: string;

  @Property({ type: 'string', length: 100 })
  @Field()
  givenName!: string;

  @Property({ type: 'string', length: 100 })
  @Field()
  familyName!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'Date of birth, YYYY-MM-DD' })
  dateOfBirth?: string | null;

  @Embedded(() => Address, { nullable: true, prefix: 'address_' })
  @Field(() => Address, { nullable: true })
  address?: Address | null;

  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Property({ type: 'string', length: 254, nullable: true })
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Enum({
    items: () => CommunicationMethod,
    nativeEnumName: 'communication_method',
    nullable: true,
  })
  @Field(() => CommunicationMethod, { nullable: true })
  preferredCommunicationMethod?: CommunicationMethod | null;

  @Field({ description: 'Given and family name' })
  get name(): string {
    return `${this.givenName} ${this.familyName}`;
  }
}
