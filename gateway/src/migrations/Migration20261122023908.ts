import { Migration } from '@mikro-orm/migrations';

export class Migration20261122023908 extends Migration {
  override name = 'Migration20261122023908';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "identity";`);
    this.addSql(
      `create table "identity"."account" ("id" uuid not null, "email" varchar(254) not null, "display_name" varchar(200) not null, "password_hash" text not null, "roles" text[] not null, "organisation_id" uuid null, "clearance" smallint not null default 1, "disabled" boolean not null default false, "last_sign_in_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "identity"."account" add constraint "account_email_unique" unique ("email");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity"."account" cascade;`);

    this.addSql(`drop schema if exists "identity";`);
  }
}
