import { Migration } from '@mikro-orm/migrations';

export class Migration20261122023243 extends Migration {
  override name = 'Migration20261122023243';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "cases";`);
    this.addSql(
      `create type "cases"."communication_method" as enum ('EMAIL', 'POST', 'PHONE', 'IN_PERSON');`,
    );
    this.addSql(
      `create table "cases"."person" ("id" uuid not null, "reference" varchar(20) not null, "given_name" varchar(100) not null, "family_name" varchar(100) not null, "date_of_birth" date null, "address_line1" varchar(200) null, "address_line2" varchar(200) null, "address_postal_code" varchar(20) null, "address_city" varchar(100) null, "address_country" varchar(2) null, "phone" varchar(40) null, "email" varchar(254) null, "preferred_communication_method" "cases"."communication_method" null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "cases"."person" add constraint "person_reference_unique" unique ("reference");`,
    );
    this.addSql(
      `create index "person_family_name_idx" on "cases"."person" ("family_name", "given_name", "id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."person" cascade;`);

    this.addSql(`drop type "cases"."communication_method";`);
    this.addSql(`drop schema if exists "cases";`);
  }
}
