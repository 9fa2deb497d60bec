import { Migration } from '@mikro-orm/migrations';

export class Migration20261129062904 extends Migration {

  override name = 'Migration20261129062904';

  override up(): void | Promise<void> {
    this.addSql(`create type "communications"."file_purpose" as enum ('CASE_ATTACHMENT', 'MEETING_MINUTES', 'LETTER', 'ADMINISTRATIVE_REQUEST');`);
    this.addSql(`create type "communications"."file_storage" as enum ('POSTGRES', 'S3');`);
    this.addSql(`create type "communications"."attachment_subject" as enum ('APPLICATION_CASE', 'INTEGRATED_CASE', 'PERSON');`);
    this.addSql(`create type "communications"."attachment_status" as enum ('ACTIVE', 'REMOVED');`);
    this.addSql(`create table "communications"."file_chunk" ("file_id" uuid not null, "n" int not null, "data" bytea not null, primary key ("file_id", "n"));`);

    this.addSql(`create table "communications"."stored_file" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "purpose" "communications"."file_purpose" not null, "organisation_id" uuid null, "file_name" varchar(255) not null, "content_type" varchar(200) not null, "size" bigint not null, "sha256" varchar(64) not null, "storage" "communications"."file_storage" not null, "uploaded_by_id" varchar(100) not null, "uploaded_by" varchar(200) not null, "attached_at" timestamptz null, "no_phi_confirmed_by_id" varchar(100) null, "no_phi_confirmed_by" varchar(200) null, "no_phi_confirmed_at" timestamptz null, "purged_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "stored_file_unattached_idx" on "communications"."stored_file" ("attached_at", "created_at");`);

    this.addSql(`create table "communications"."attachment" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "file_id" uuid not null, "subject_type" "communications"."attachment_subject" not null, "subject_id" uuid not null, "description" text null, "sensitivity" "communications"."note_sensitivity" not null, "status" "communications"."attachment_status" not null default 'ACTIVE', "added_by_id" varchar(100) not null, "added_by" varchar(200) not null, "removed_by" varchar(200) null, "removed_at" timestamptz null, "removal_reason" text null, primary key ("id"));`);
    this.addSql(`alter table "communications"."attachment" add constraint "attachment_file_id_unique" unique ("file_id");`);
    this.addSql(`create index "attachment_subject_idx" on "communications"."attachment" ("subject_type", "subject_id", "created_at");`);

    this.addSql(`create table "communications"."attachment_change" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "attachment_id" uuid not null, "field" varchar(50) not null, "old_value" text null, "new_value" text null, "changed_by_id" varchar(100) not null, "changed_by" varchar(200) not null, "changed_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "communications"."upload_grant" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "purpose" "communications"."file_purpose" not null, "organisation_id" uuid null, "file_name" varchar(255) not null, "content_type" varchar(200) not null, "declared_size" bigint not null, "requested_by_id" varchar(100) not null, "requested_by" varchar(200) not null, "no_phi_confirmed" boolean not null default false, "expires_at" timestamptz not null, "used_at" timestamptz null, "file_id" uuid null, primary key ("id"));`);

    this.addSql(`alter table "communications"."attachment" add constraint "attachment_file_id_foreign" foreign key ("file_id") references "communications"."stored_file" ("id");`);

    this.addSql(`alter table "communications"."attachment_change" add constraint "attachment_change_attachment_id_foreign" foreign key ("attachment_id") references "communications"."attachment" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "communications"."attachment" drop constraint "attachment_file_id_foreign";`);
    this.addSql(`alter table "communications"."attachment_change" drop constraint "attachment_change_attachment_id_foreign";`);

    this.addSql(`drop table if exists "communications"."file_chunk" cascade;`);
    this.addSql(`drop table if exists "communications"."stored_file" cascade;`);
    this.addSql(`drop table if exists "communications"."attachment" cascade;`);
    this.addSql(`drop table if exists "communications"."attachment_change" cascade;`);
    this.addSql(`drop table if exists "communications"."upload_grant" cascade;`);

    this.addSql(`drop type "communications"."file_purpose";`);
    this.addSql(`drop type "communications"."file_storage";`);
    this.addSql(`drop type "communications"."attachment_subject";`);
    this.addSql(`drop type "communications"."attachment_status";`);
  }

}
