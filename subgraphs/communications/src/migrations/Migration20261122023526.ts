import { Migration } from '@mikro-orm/migrations';

export class Migration20261122023526 extends Migration {
  override name = 'Migration20261122023526';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "communications";`);
    this.addSql(
      `create type "communications"."note_priority" as enum ('LOW', 'NORMAL', 'HIGH', 'URGENT');`,
    );
    this.addSql(
      `create type "communications"."note_sensitivity" as enum ('STANDARD', 'CONFIDENTIAL', 'RESTRICTED');`,
    );
    this.addSql(`create type "communications"."note_status" as enum ('ACTIVE', 'CANCELLED');`);
    this.addSql(
      `create table "communications"."note" ("id" uuid not null, "person_id" uuid not null, "text" text not null, "priority" "communications"."note_priority" not null, "sensitivity" "communications"."note_sensitivity" not null, "status" "communications"."note_status" not null default 'ACTIVE', "created_by_id" varchar(100) not null, "created_by" varchar(200) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cancelled_by" varchar(200) null, "cancelled_at" timestamptz null, "cancellation_reason" text null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "note_person_idx" on "communications"."note" ("person_id", "created_at");`,
    );

    this.addSql(
      `create table "communications"."note_version" ("id" uuid not null, "note_id" uuid not null, "number" int not null, "text" text not null, "priority" "communications"."note_priority" not null, "sensitivity" "communications"."note_sensitivity" not null, "edited_by_id" varchar(100) not null, "edited_by" varchar(200) not null, "edited_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "communications"."note_version" add constraint "note_version_number_unique" unique ("note_id", "number");`,
    );

    this.addSql(
      `alter table "communications"."note_version" add constraint "note_version_note_id_foreign" foreign key ("note_id") references "communications"."note" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "communications"."note_version" drop constraint "note_version_note_id_foreign";`,
    );

    this.addSql(`drop table if exists "communications"."note" cascade;`);
    this.addSql(`drop table if exists "communications"."note_version" cascade;`);

    this.addSql(`drop type "communications"."note_priority";`);
    this.addSql(`drop type "communications"."note_sensitivity";`);
    this.addSql(`drop type "communications"."note_status";`);
    this.addSql(`drop schema if exists "communications";`);
  }
}
