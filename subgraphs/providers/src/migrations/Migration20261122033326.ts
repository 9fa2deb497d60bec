import { Migration } from '@mikro-orm/migrations';

export class Migration20261122033326 extends Migration {

  override name = 'Migration20261122033326';

  override up(): void | Promise<void> {
    this.addSql(`create type "providers"."email_status" as enum ('OK', 'BOUNCED', 'INVALID');`);
    this.addSql(`create type "providers"."portal_role" as enum ('PROVIDER_USER', 'PROVIDER_ADMIN');`);
    this.addSql(`create type "providers"."portal_account_status" as enum ('INVITED', 'ACTIVE', 'DISABLED');`);
    this.addSql(`create table "providers"."portal_account" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "provider_id" uuid not null, "email" varchar(254) not null, "name" varchar(200) not null, "role" "providers"."portal_role" not null, "status" "providers"."portal_account_status" not null default 'INVITED', primary key ("id"));`);
    this.addSql(`alter table "providers"."portal_account" add constraint "portal_account_email_unique" unique ("email");`);
    this.addSql(`create index "portal_account_provider_idx" on "providers"."portal_account" ("provider_id", "status");`);

    this.addSql(`alter table "providers"."provider" add "email_status" "providers"."email_status" not null default 'OK';`);

    this.addSql(`alter table "providers"."portal_account" add constraint "portal_account_provider_id_foreign" foreign key ("provider_id") references "providers"."provider" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "providers"."portal_account" cascade;`);

    this.addSql(`alter table "providers"."provider" drop column "email_status";`);

    this.addSql(`drop type "providers"."email_status";`);
    this.addSql(`drop type "providers"."portal_role";`);
    this.addSql(`drop type "providers"."portal_account_status";`);
  }

}
