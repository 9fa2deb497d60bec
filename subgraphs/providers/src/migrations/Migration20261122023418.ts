import { Migration } from '@mikro-orm/migrations';

export class Migration20261122023418 extends Migration {

  override name = 'Migration20261122023418';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "providers";`);
    this.addSql(`create type "providers"."inquiry_method" as enum ('EMAIL', 'INTERNET', 'PHONE');`);
    this.addSql(`create type "providers"."communication_method" as enum ('EMAIL', 'POST', 'PHONE', 'IN_PERSON');`);
    this.addSql(`create table "providers"."provider" ("id" uuid not null, "reference" varchar(20) not null, "name" varchar(200) not null, "address_line1" varchar(200) null, "address_line2" varchar(200) null, "address_postal_code" varchar(20) null, "address_city" varchar(100) null, "address_country" varchar(2) null, "phone" varchar(40) null, "email" varchar(254) null, "preferred_inquiry_method" "providers"."inquiry_method" null, "preferred_communication_method" "providers"."communication_method" null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "providers"."provider" add constraint "provider_reference_unique" unique ("reference");`);
    this.addSql(`create index "provider_name_idx" on "providers"."provider" ("name", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "providers"."provider" cascade;`);

    this.addSql(`drop type "providers"."inquiry_method";`);
    this.addSql(`drop type "providers"."communication_method";`);
    this.addSql(`drop schema if exists "providers";`);
  }

}
