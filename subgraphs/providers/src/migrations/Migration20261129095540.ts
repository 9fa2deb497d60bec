import { Migration } from '@mikro-orm/migrations';

export class Migration20261129095540 extends Migration {

  override name = 'Migration20261129095540';

  override up(): void | Promise<void> {
    this.addSql(`create table "providers"."inquiry_look" ("account_id" varchar(100) not null, "looked_at" timestamptz not null, primary key ("account_id"));`);

    this.addSql(`create index "inquiry_reference_pattern_idx" on "providers"."inquiry" ("reference" text_pattern_ops);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "providers"."inquiry_look" cascade;`);

    this.addSql(`drop index "providers"."inquiry_reference_pattern_idx";`);
  }

}
