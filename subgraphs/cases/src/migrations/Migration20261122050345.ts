import { Migration } from '@mikro-orm/migrations';

export class Migration20261122050345 extends Migration {
  override name = 'Migration20261122050345';

  override up(): void | Promise<void> {
    // Typo-tolerant person search (similarity functions); in public so every schema can use it.
    this.addSql(`create extension if not exists pg_trgm with schema public;`);
    this.addSql(
      `create index "person_name_trgm_idx" on "cases"."person" using gin (lower(given_name || ' ' || family_name) public.gin_trgm_ops);`,
    );
    this.addSql(
      `create type "cases"."intake_strategy" as enum ('ALWAYS_NEW', 'EXISTING_SAME_CLIENTS', 'EXISTING_ELSE_NEW');`,
    );
    this.addSql(
      `create type "cases"."application_status" as enum ('OPEN', 'PENDING', 'APPROVED', 'DENIED', 'WITHDRAWN', 'CLOSED');`,
    );
    this.addSql(`create type "cases"."meeting_source" as enum ('RECORDED', 'MEETINGS');`);
    this.addSql(`create type "cases"."case_reason_kind" as enum ('CLOSURE', 'REOPENING');`);
    this.addSql(`create type "cases"."person_kind" as enum ('PERSON', 'PROSPECT');`);
    this.addSql(`create type "cases"."case_origin" as enum ('MANUAL', 'INTAKE');`);
    this.addSql(`create type "cases"."case_status" as enum ('OPEN', 'CLOSED');`);
    this.addSql(
      `create type "cases"."case_event" as enum ('CREATED', 'CLOSED', 'REOPENED', 'MEMBER_ADDED', 'MEMBER_CHANGED', 'PRODUCT_DELIVERY_ADDED', 'SERVICE_DELIVERY_ADDED', 'REFERRAL_ADDED');`,
    );
    this.addSql(
      `create type "cases"."communication_exception_status" as enum ('ACTIVE', 'CANCELLED');`,
    );
    this.addSql(
      `create type "cases"."member_role" as enum ('PRIMARY_CLIENT', 'MEMBER', 'SPOUSE', 'PARTNER', 'CHILD', 'PARENT', 'OTHER');`,
    );
    this.addSql(
      `create type "cases"."product_delivery_status" as enum ('ACTIVE', 'SUSPENDED', 'CLOSED');`,
    );
    this.addSql(
      `create type "cases"."programme_decision" as enum ('PENDING', 'APPROVED', 'DENIED');`,
    );
    this.addSql(
      `create type "cases"."referral_status" as enum ('OPEN', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'CANCELLED');`,
    );
    this.addSql(
      `create type "cases"."service_delivery_status" as enum ('PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED');`,
    );
    this.addSql(
      `create table "cases"."agency_settings" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "intake_process_defined" boolean not null default false, "intake_strategy" "cases"."intake_strategy" not null default 'EXISTING_ELSE_NEW', "allow_closing_with_active_deliveries" boolean not null default false, primary key ("id"));`,
    );

    this.addSql(
      `create table "cases"."application_case" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "reference" varchar(20) not null, "status" "cases"."application_status" not null default 'OPEN', "created_by" varchar(200) not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "cases"."application_case" add constraint "application_case_reference_unique" unique ("reference");`,
    );

    this.addSql(
      `create table "cases"."application_meeting" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "application_id" uuid not null, "held_on" date not null, "attendees" text not null, "source" "cases"."meeting_source" not null, "meeting_id" uuid null, "recorded_by" varchar(200) not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "cases"."application_meeting" add constraint "application_meeting_meeting_id_unique" unique ("meeting_id");`,
    );

    this.addSql(
      `create table "cases"."audit_entry" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "subject_id" uuid not null, "entity_type" varchar(40) not null, "entity_id" uuid not null, "action" varchar(40) not null, "changes" jsonb not null, "actor_id" varchar(100) not null, "actor" varchar(200) not null, "at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "audit_entry_subject_idx" on "cases"."audit_entry" ("subject_id", "at");`,
    );

    this.addSql(
      `create table "cases"."case_reason" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" "cases"."case_reason_kind" not null, "name" varchar(100) not null, "active" boolean not null default true, primary key ("id"));`,
    );
    this.addSql(
      `alter table "cases"."case_reason" add constraint "case_reason_kind_name_unique" unique ("kind", "name");`,
    );

    this.addSql(
      `create table "cases"."case_type" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "active" boolean not null default true, primary key ("id"));`,
    );
    this.addSql(
      `alter table "cases"."case_type" add constraint "case_type_name_unique" unique ("name");`,
    );

    this.addSql(
      `create table "cases"."integrated_case" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "reference" varchar(20) not null, "case_type_id" uuid null, "origin" "cases"."case_origin" not null, "status" "cases"."case_status" not null default 'OPEN', "start_date" date not null, "primary_client_id" uuid not null, "closure_reason_id" uuid null, "closed_on" date null, "outcome" text null, "created_by" varchar(200) not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "cases"."integrated_case" add constraint "integrated_case_reference_unique" unique ("reference");`,
    );
    this.addSql(
      `create index "integrated_case_primary_client_idx" on "cases"."integrated_case" ("primary_client_id", "status");`,
    );

    this.addSql(
      `create table "cases"."case_history_entry" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "integrated_case_id" uuid not null, "event" "cases"."case_event" not null, "at" timestamptz not null, "by" varchar(200) not null, "reason" varchar(200) null, "detail" text null, primary key ("id"));`,
    );
    this.addSql(
      `create index "case_history_case_idx" on "cases"."case_history_entry" ("integrated_case_id", "at");`,
    );

    this.addSql(
      `create table "cases"."communication_exception" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "method" "cases"."communication_method" not null, "reason" varchar(200) not null, "from_date" date not null, "to_date" date null, "comments" text null, "status" "cases"."communication_exception_status" not null default 'ACTIVE', "created_by" varchar(200) not null, "cancelled_at" timestamptz null, "cancelled_by" varchar(200) null, "person_id" uuid not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "communication_exception_person_idx" on "cases"."communication_exception" ("person_id", "from_date");`,
    );

    this.addSql(
      `create table "cases"."case_member" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "integrated_case_id" uuid not null, "person_id" uuid not null, "role" "cases"."member_role" not null, "start_date" date not null, "end_date" date null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "cases"."case_member" add constraint "case_member_case_person_unique" unique ("integrated_case_id", "person_id");`,
    );

    this.addSql(
      `create table "cases"."application_client" ("application_case_id" uuid not null, "person_id" uuid not null, primary key ("application_case_id", "person_id"));`,
    );

    this.addSql(
      `create table "cases"."programme" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "meeting_required" boolean not null, "product" varchar(100) not null, "active" boolean not null default true, primary key ("id"));`,
    );
    this.addSql(
      `alter table "cases"."programme" add constraint "programme_name_unique" unique ("name");`,
    );

    this.addSql(
      `create table "cases"."product_delivery_case" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "reference" varchar(20) not null, "integrated_case_id" uuid not null, "product" varchar(100) not null, "programme_id" uuid null, "application_id" uuid null, "status" "cases"."product_delivery_status" not null default 'ACTIVE', "period_from" date not null, "period_to" date null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "cases"."product_delivery_case" add constraint "product_delivery_case_reference_unique" unique ("reference");`,
    );
    this.addSql(
      `create index "product_delivery_case_case_idx" on "cases"."product_delivery_case" ("integrated_case_id");`,
    );

    this.addSql(
      `create table "cases"."application_programme" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "application_id" uuid not null, "programme_id" uuid not null, "decision" "cases"."programme_decision" not null default 'PENDING', "reason" text null, "decided_by" varchar(200) null, "decided_at" timestamptz null, "integrated_case_id" uuid null, "product_delivery_id" uuid null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "cases"."application_programme" add constraint "application_programme_unique" unique ("application_id", "programme_id");`,
    );

    this.addSql(
      `create table "cases"."referral" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "integrated_case_id" uuid not null, "service" varchar(100) not null, "provider_id" uuid null, "status" "cases"."referral_status" not null default 'OPEN', "referred_on" date not null, "notes" text null, primary key ("id"));`,
    );
    this.addSql(`create index "referral_case_idx" on "cases"."referral" ("integrated_case_id");`);

    this.addSql(
      `create table "cases"."service_delivery" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "integrated_case_id" uuid not null, "service" varchar(100) not null, "provider_id" uuid null, "status" "cases"."service_delivery_status" not null default 'PLANNED', "period_from" date not null, "period_to" date null, primary key ("id"));`,
    );
    this.addSql(
      `create index "service_delivery_case_idx" on "cases"."service_delivery" ("integrated_case_id");`,
    );

    this.addSql(
      `alter table "cases"."person" add "kind" "cases"."person_kind" not null default 'PERSON';`,
    );

    this.addSql(
      `alter table "cases"."application_meeting" add constraint "application_meeting_application_id_foreign" foreign key ("application_id") references "cases"."application_case" ("id");`,
    );

    this.addSql(
      `alter table "cases"."integrated_case" add constraint "integrated_case_case_type_id_foreign" foreign key ("case_type_id") references "cases"."case_type" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "cases"."integrated_case" add constraint "integrated_case_primary_client_id_foreign" foreign key ("primary_client_id") references "cases"."person" ("id");`,
    );
    this.addSql(
      `alter table "cases"."integrated_case" add constraint "integrated_case_closure_reason_id_foreign" foreign key ("closure_reason_id") references "cases"."case_reason" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "cases"."case_history_entry" add constraint "case_history_entry_integrated_case_id_foreign" foreign key ("integrated_case_id") references "cases"."integrated_case" ("id");`,
    );

    this.addSql(
      `alter table "cases"."communication_exception" add constraint "communication_exception_person_id_foreign" foreign key ("person_id") references "cases"."person" ("id");`,
    );

    this.addSql(
      `alter table "cases"."case_member" add constraint "case_member_integrated_case_id_foreign" foreign key ("integrated_case_id") references "cases"."integrated_case" ("id");`,
    );
    this.addSql(
      `alter table "cases"."case_member" add constraint "case_member_person_id_foreign" foreign key ("person_id") references "cases"."person" ("id");`,
    );

    this.addSql(
      `alter table "cases"."application_client" add constraint "application_client_application_case_id_foreign" foreign key ("application_case_id") references "cases"."application_case" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "cases"."application_client" add constraint "application_client_person_id_foreign" foreign key ("person_id") references "cases"."person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "cases"."product_delivery_case" add constraint "product_delivery_case_integrated_case_id_foreign" foreign key ("integrated_case_id") references "cases"."integrated_case" ("id");`,
    );
    this.addSql(
      `alter table "cases"."product_delivery_case" add constraint "product_delivery_case_programme_id_foreign" foreign key ("programme_id") references "cases"."programme" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "cases"."application_programme" add constraint "application_programme_application_id_foreign" foreign key ("application_id") references "cases"."application_case" ("id");`,
    );
    this.addSql(
      `alter table "cases"."application_programme" add constraint "application_programme_programme_id_foreign" foreign key ("programme_id") references "cases"."programme" ("id");`,
    );
    this.addSql(
      `alter table "cases"."application_programme" add constraint "application_programme_integrated_case_id_foreign" foreign key ("integrated_case_id") references "cases"."integrated_case" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "cases"."application_programme" add constraint "application_programme_product_delivery_id_foreign" foreign key ("product_delivery_id") references "cases"."product_delivery_case" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "cases"."referral" add constraint "referral_integrated_case_id_foreign" foreign key ("integrated_case_id") references "cases"."integrated_case" ("id");`,
    );

    this.addSql(
      `alter table "cases"."service_delivery" add constraint "service_delivery_integrated_case_id_foreign" foreign key ("integrated_case_id") references "cases"."integrated_case" ("id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "cases"."application_meeting" drop constraint "application_meeting_application_id_foreign";`,
    );
    this.addSql(
      `alter table "cases"."application_client" drop constraint "application_client_application_case_id_foreign";`,
    );
    this.addSql(
      `alter table "cases"."application_programme" drop constraint "application_programme_application_id_foreign";`,
    );
    this.addSql(
      `alter table "cases"."integrated_case" drop constraint "integrated_case_closure_reason_id_foreign";`,
    );
    this.addSql(
      `alter table "cases"."integrated_case" drop constraint "integrated_case_case_type_id_foreign";`,
    );
    this.addSql(
      `alter table "cases"."case_history_entry" drop constraint "case_history_entry_integrated_case_id_foreign";`,
    );
    this.addSql(
      `alter table "cases"."case_member" drop constraint "case_member_integrated_case_id_foreign";`,
    );
    this.addSql(
      `alter table "cases"."product_delivery_case" drop constraint "product_delivery_case_integrated_case_id_foreign";`,
    );
    this.addSql(
      `alter table "cases"."application_programme" drop constraint "application_programme_integrated_case_id_foreign";`,
    );
    this.addSql(
      `alter table "cases"."referral" drop constraint "referral_integrated_case_id_foreign";`,
    );
    this.addSql(
      `alter table "cases"."service_delivery" drop constraint "service_delivery_integrated_case_id_foreign";`,
    );
    this.addSql(
      `alter table "cases"."product_delivery_case" drop constraint "product_delivery_case_programme_id_foreign";`,
    );
    this.addSql(
      `alter table "cases"."application_programme" drop constraint "application_programme_programme_id_foreign";`,
    );
    this.addSql(
      `alter table "cases"."application_programme" drop constraint "application_programme_product_delivery_id_foreign";`,
    );

    this.addSql(`drop table if exists "cases"."agency_settings" cascade;`);
    this.addSql(`drop table if exists "cases"."application_case" cascade;`);
    this.addSql(`drop table if exists "cases"."application_meeting" cascade;`);
    this.addSql(`drop table if exists "cases"."audit_entry" cascade;`);
    this.addSql(`drop table if exists "cases"."case_reason" cascade;`);
    this.addSql(`drop table if exists "cases"."case_type" cascade;`);
    this.addSql(`drop table if exists "cases"."integrated_case" cascade;`);
    this.addSql(`drop table if exists "cases"."case_history_entry" cascade;`);
    this.addSql(`drop table if exists "cases"."communication_exception" cascade;`);
    this.addSql(`drop table if exists "cases"."case_member" cascade;`);
    this.addSql(`drop table if exists "cases"."application_client" cascade;`);
    this.addSql(`drop table if exists "cases"."programme" cascade;`);
    this.addSql(`drop table if exists "cases"."product_delivery_case" cascade;`);
    this.addSql(`drop table if exists "cases"."application_programme" cascade;`);
    this.addSql(`drop table if exists "cases"."referral" cascade;`);
    this.addSql(`drop table if exists "cases"."service_delivery" cascade;`);

    this.addSql(`alter table "cases"."person" drop column "kind";`);

    this.addSql(`drop type "cases"."intake_strategy";`);
    this.addSql(`drop type "cases"."application_status";`);
    this.addSql(`drop type "cases"."meeting_source";`);
    this.addSql(`drop type "cases"."case_reason_kind";`);
    this.addSql(`drop type "cases"."person_kind";`);
    this.addSql(`drop type "cases"."case_origin";`);
    this.addSql(`drop type "cases"."case_status";`);
    this.addSql(`drop type "cases"."case_event";`);
    this.addSql(`drop type "cases"."communication_exception_status";`);
    this.addSql(`drop type "cases"."member_role";`);
    this.addSql(`drop type "cases"."product_delivery_status";`);
    this.addSql(`drop type "cases"."programme_decision";`);
    this.addSql(`drop type "cases"."referral_status";`);
    this.addSql(`drop type "cases"."service_delivery_status";`);
  }
}
