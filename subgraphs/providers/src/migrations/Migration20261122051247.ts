import { Migration } from '@mikro-orm/migrations';

export class Migration20261122051247 extends Migration {

  override name = 'Migration20261122051247';

  override up(): void | Promise<void> {
    this.addSql(`create type "providers"."communication_exception_status" as enum ('ACTIVE', 'CANCELLED');`);
    this.addSql(`create table "providers"."communication_exception" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "method" "providers"."communication_method" not null, "reason" varchar(200) not null, "from_date" date not null, "to_date" date null, "comments" text null, "status" "providers"."communication_exception_status" not null default 'ACTIVE', "created_by" varchar(200) not null, "cancelled_at" timestamptz null, "cancelled_by" varchar(200) null, "provider_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "communication_exception_provider_idx" on "providers"."communication_exception" ("provider_id", "from_date");`);

    this.addSql(`alter table "providers"."communication_exception" add constraint "communication_exception_provider_id_foreign" foreign key ("provider_id") references "providers"."provider" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "providers"."communication_exception" cascade;`);

    this.addSql(`drop type "providers"."communication_exception_status";`);
  }

}
