import { Migration } from '@mikro-orm/migrations';

export class Migration20261122033643 extends Migration {

  override name = 'Migration20261122033643';

  override up(): void | Promise<void> {
    this.addSql(`create table "providers"."service" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(200) not null, "description" text null, "active" boolean not null default true, primary key ("id"));`);
    this.addSql(`alter table "providers"."service" add constraint "service_code_unique" unique ("code");`);

    this.addSql(`create table "providers"."provider_service" ("provider_id" uuid not null, "service_id" uuid not null, primary key ("provider_id", "service_id"));`);

    this.addSql(`alter table "providers"."provider_service" add constraint "provider_service_provider_id_foreign" foreign key ("provider_id") references "providers"."provider" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "providers"."provider_service" add constraint "provider_service_service_id_foreign" foreign key ("service_id") references "providers"."service" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "providers"."provider_service" drop constraint "provider_service_service_id_foreign";`);

    this.addSql(`drop table if exists "providers"."service" cascade;`);
    this.addSql(`drop table if exists "providers"."provider_service" cascade;`);
  }

}
