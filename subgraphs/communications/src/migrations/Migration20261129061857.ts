import { Migration } from '@mikro-orm/migrations';

export class Migration20261129061857 extends Migration {

  override name = 'Migration20261129061857';

  override up(): void | Promise<void> {
    this.addSql(`create type "communications"."reference_number_kind" as enum ('NONE', 'ORDER_NUMBER', 'INVOICE_NUMBER', 'CONTRACT_REFERENCE');`);
    this.addSql(`create type "communications"."administrative_request_type" as enum ('CONTRACTS_AND_INVOICES');`);
    this.addSql(`create type "communications"."administrative_request_channel" as enum ('ASSISTANT', 'FORM');`);
    this.addSql(`create type "communications"."administrative_request_status" as enum ('NEW', 'IN_PROGRESS', 'WAITING_FOR_PROVIDER', 'RESOLVED', 'CLOSED');`);
    this.addSql(`create type "communications"."administrative_request_event_kind" as enum ('CREATED', 'STATUS_CHANGED', 'ASSIGNED', 'REPLIED', 'INTERNAL_NOTE');`);
    this.addSql(`create type "communications"."administrative_request_side" as enum ('PROVIDER', 'AGENCY');`);
    this.addSql(`create table "communications"."admin_request_category" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(60) not null, "name_en" varchar(200) not null, "name_de" varchar(200) not null, "name_it" varchar(200) not null, "reference_kind" "communications"."reference_number_kind" not null, "reference_pattern" varchar(300) null, "reference_example" varchar(100) null, "sort_order" int not null default 0, "active" boolean not null default true, primary key ("id"));`);
    this.addSql(`alter table "communications"."admin_request_category" add constraint "admin_request_category_code_unique" unique ("code");`);

    this.addSql(`create table "communications"."administrative_request" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "reference" varchar(20) not null, "type" "communications"."administrative_request_type" not null, "channel" "communications"."administrative_request_channel" not null, "provider_id" uuid not null, "account_id" uuid null, "account_name" varchar(200) not null, "category_id" uuid not null, "reference_number" varchar(100) null, "subject" varchar(200) not null, "description" text not null, "status" "communications"."administrative_request_status" not null default 'NEW', "created_by_id" varchar(100) not null, "created_by" varchar(200) not null, "created_by_email" varchar(254) not null, "assignee_id" varchar(100) null, "assignee_name" varchar(200) null, "first_response_at" timestamptz null, "resolved_at" timestamptz null, "closed_at" timestamptz null, "last_activity_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "communications"."administrative_request" add constraint "administrative_request_reference_unique" unique ("reference");`);
    this.addSql(`create index "administrative_request_status_idx" on "communications"."administrative_request" ("status", "last_activity_at");`);
    this.addSql(`create index "administrative_request_provider_idx" on "communications"."administrative_request" ("provider_id", "last_activity_at");`);

    this.addSql(`create table "communications"."administrative_request_history" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "request_id" uuid not null, "kind" "communications"."administrative_request_event_kind" not null, "from_status" "communications"."administrative_request_status" null, "to_status" "communications"."administrative_request_status" null, "internal" boolean not null, "actor_id" varchar(100) not null, "actor" varchar(200) not null, "detail" varchar(300) null, "message_id" uuid null, "mailed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "administrative_request_history_request_idx" on "communications"."administrative_request_history" ("request_id", "created_at");`);

    this.addSql(`create table "communications"."administrative_request_internal_note" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "request_id" uuid not null, "author_id" varchar(100) not null, "author" varchar(200) not null, "text" text not null, primary key ("id"));`);
    this.addSql(`create index "administrative_request_internal_note_request_idx" on "communications"."administrative_request_internal_note" ("request_id", "created_at");`);

    this.addSql(`create table "communications"."administrative_request_message" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "request_id" uuid not null, "side" "communications"."administrative_request_side" not null, "author_id" varchar(100) not null, "author" varchar(200) not null, "author_email" varchar(254) not null, "text" text not null, primary key ("id"));`);
    this.addSql(`create index "administrative_request_message_request_idx" on "communications"."administrative_request_message" ("request_id", "created_at");`);

    this.addSql(`create table "communications"."administrative_request_file" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "message_id" uuid not null, "file_id" uuid not null, "file_name" varchar(255) not null, "confirmed_no_phi_by_id" varchar(100) not null, "confirmed_no_phi_by" varchar(200) not null, "confirmed_no_phi_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "communications"."administrative_request_file" add constraint "administrative_request_file_unique" unique ("message_id", "file_id");`);

    this.addSql(`create table "communications"."support_desk_member" ("account_id" varchar(100) not null, "name" varchar(200) not null, "email" varchar(254) not null, "last_seen_at" timestamptz not null, primary key ("account_id"));`);

    this.addSql(`alter table "communications"."administrative_request" add constraint "administrative_request_category_id_foreign" foreign key ("category_id") references "communications"."admin_request_category" ("id");`);

    this.addSql(`alter table "communications"."administrative_request_history" add constraint "administrative_request_history_request_id_foreign" foreign key ("request_id") references "communications"."administrative_request" ("id") on delete cascade;`);

    this.addSql(`alter table "communications"."administrative_request_internal_note" add constraint "administrative_request_internal_note_request_id_foreign" foreign key ("request_id") references "communications"."administrative_request" ("id") on delete cascade;`);

    this.addSql(`alter table "communications"."administrative_request_message" add constraint "administrative_request_message_request_id_foreign" foreign key ("request_id") references "communications"."administrative_request" ("id") on delete cascade;`);

    this.addSql(`alter table "communications"."administrative_request_file" add constraint "administrative_request_file_message_id_foreign" foreign key ("message_id") references "communications"."administrative_request_message" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "communications"."administrative_request" drop constraint "administrative_request_category_id_foreign";`);
    this.addSql(`alter table "communications"."administrative_request_history" drop constraint "administrative_request_history_request_id_foreign";`);
    this.addSql(`alter table "communications"."administrative_request_internal_note" drop constraint "administrative_request_internal_note_request_id_foreign";`);
    this.addSql(`alter table "communications"."administrative_request_message" drop constraint "administrative_request_message_request_id_foreign";`);
    this.addSql(`alter table "communications"."administrative_request_file" drop constraint "administrative_request_file_message_id_foreign";`);

    this.addSql(`drop table if exists "communications"."admin_request_category" cascade;`);
    this.addSql(`drop table if exists "communications"."administrative_request" cascade;`);
    this.addSql(`drop table if exists "communications"."administrative_request_history" cascade;`);
    this.addSql(`drop table if exists "communications"."administrative_request_internal_note" cascade;`);
    this.addSql(`drop table if exists "communications"."administrative_request_message" cascade;`);
    this.addSql(`drop table if exists "communications"."administrative_request_file" cascade;`);
    this.addSql(`drop table if exists "communications"."support_desk_member" cascade;`);

    this.addSql(`drop type "communications"."reference_number_kind";`);
    this.addSql(`drop type "communications"."administrative_request_type";`);
    this.addSql(`drop type "communications"."administrative_request_channel";`);
    this.addSql(`drop type "communications"."administrative_request_status";`);
    this.addSql(`drop type "communications"."administrative_request_event_kind";`);
    this.addSql(`drop type "communications"."administrative_request_side";`);
  }

}
