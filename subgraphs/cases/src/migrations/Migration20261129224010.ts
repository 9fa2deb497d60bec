import { Migration } from '@mikro-orm/migrations';

export class Migration20261129224010 extends Migration {

  override name = 'Migration20261129224010';

  override up(): void | Promise<void> {
    this.addSql(`alter table "cases"."person" add "search_text" text generated always as (lower((((((((given_name)::text || ' '::text) || (family_name)::text) || ' '::text) || (reference)::text) || ' '::text) || (COALESCE(email, ''::character varying))::text))) stored null;`);
    this.addSql(`create index "person_search_text_trgm_idx" on "cases"."person" using gin ("search_text" public.gin_trgm_ops);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "cases"."person_search_text_trgm_idx";`);
    this.addSql(`alter table "cases"."person" drop column "search_text";`);
  }

}
