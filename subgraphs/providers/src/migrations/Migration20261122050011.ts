import { Migration } from '@mikro-orm/migrations';

export class Migration20261122050011 extends Migration {

  override name = 'Migration20261122050011';

  override up(): void | Promise<void> {
    this.addSql(`create type "providers"."branch_kind" as enum ('BRANCH', 'SUBSIDIARY');`);
    this.addSql(`create table "providers"."provider_branch" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "provider_id" uuid not null, "name" varchar(200) not null, "kind" "providers"."branch_kind" not null, "address_line1" varchar(200) null, "address_line2" varchar(200) null, "address_postal_code" varchar(20) null, "address_city" varchar(100) null, "address_country" varchar(2) null, "email" varchar(254) null, "phone" varchar(40) null, "iban" varchar(34) null, "active" boolean not null default true, primary key ("id"));`);
    this.addSql(`create index "provider_branch_provider_idx" on "providers"."provider_branch" ("provider_id", "name");`);

    this.addSql(`create table "providers"."provider_contact" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "provider_id" uuid not null, "branch_id" uuid null, "name" varchar(200) not null, "position" varchar(200) null, "email" varchar(254) null, "phone" varchar(40) null, "primary" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "provider_contact_provider_idx" on "providers"."provider_contact" ("provider_id", "name");`);

    this.addSql(`alter table "providers"."portal_account" add "invitation_token_hash" varchar(64) null, add "invitation_expires_at" timestamptz null, add "activated_at" timestamptz null, add "invited_by" varchar(200) null;`);
    this.addSql(`alter table "providers"."portal_account" add constraint "portal_account_invitation_unique" unique ("invitation_token_hash");`);

    this.addSql(`alter table "providers"."provider_branch" add constraint "provider_branch_provider_id_foreign" foreign key ("provider_id") references "providers"."provider" ("id") on delete cascade;`);

    this.addSql(`alter table "providers"."provider_contact" add constraint "provider_contact_provider_id_foreign" foreign key ("provider_id") references "providers"."provider" ("id") on delete cascade;`);
    this.addSql(`alter table "providers"."provider_contact" add constraint "provider_contact_branch_id_foreign" foreign key ("branch_id") references "providers"."provider_branch" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "providers"."provider_contact" drop constraint "provider_contact_branch_id_foreign";`);

    this.addSql(`drop table if exists "providers"."provider_branch" cascade;`);
    this.addSql(`drop table if exists "providers"."provider_contact" cascade;`);

    this.addSql(`alter table "providers"."portal_account" drop constraint "portal_account_invitation_unique";`);
    this.addSql(`alter table "providers"."portal_account" drop column "invitation_token_hash", drop column "invitation_expires_at", drop column "activated_at", drop column "invited_by";`);

    this.addSql(`drop type "providers"."branch_kind";`);
  }

}
