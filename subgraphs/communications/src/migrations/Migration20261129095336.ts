import { Migration } from '@mikro-orm/migrations';

export class Migration20261129095336 extends Migration {
  override name = 'Migration20261129095336';

  override up(): void | Promise<void> {
    this.addSql(
      `create type "communications"."meeting_case_type" as enum ('APPLICATION_CASE', 'INTEGRATED_CASE');`,
    );
    this.addSql(
      `create type "communications"."meeting_status" as enum ('SCHEDULED', 'HELD', 'CANCELLED');`,
    );
    this.addSql(
      `create type "communications"."invitee_kind" as enum ('CLIENT', 'STAFF', 'OTHER');`,
    );
    this.addSql(
      `create type "communications"."invitation_response" as enum ('PENDING', 'ACCEPTED', 'DECLINED', 'TENTATIVE');`,
    );
    this.addSql(
      `create type "communications"."note_subject" as enum ('PERSON', 'APPLICATION_CASE', 'INTEGRATED_CASE');`,
    );
    this.addSql(
      `create table "communications"."meeting" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_type" "communications"."meeting_case_type" not null, "case_id" uuid not null, "subject" varchar(200) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "time_zone" varchar(100) not null, "location" varchar(500) null, "call_details" varchar(2000) null, "organiser_id" varchar(100) not null, "organiser_name" varchar(200) not null, "organiser_email" varchar(320) not null, "status" "communications"."meeting_status" not null default 'SCHEDULED', "sequence" int not null default 0, "held_at" timestamptz null, "held_recorded_by" varchar(200) null, "cancellation_reason" text null, primary key ("id"));`,
    );
    this.addSql(
      `create index "meeting_organiser_idx" on "communications"."meeting" ("organiser_id", "starts_at");`,
    );
    this.addSql(
      `create index "meeting_case_idx" on "communications"."meeting" ("case_type", "case_id", "starts_at");`,
    );

    this.addSql(
      `create table "communications"."meeting_invitee" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" uuid not null, "position" int not null, "kind" "communications"."invitee_kind" not null, "person_id" uuid null, "account_id" varchar(100) null, "name" varchar(200) not null, "email" varchar(320) null, "receives_mail" boolean not null, "response" "communications"."invitation_response" not null default 'PENDING', "responded_at" timestamptz null, "response_recorded_by" varchar(200) null, "attended" boolean null, "mailed_sequence" int null, "mailed_at" timestamptz null, primary key ("id"));`,
    );

    this.addSql(`drop index "communications"."note_person_idx";`);
    this.addSql(
      `alter table "communications"."note" add "subject_type" "communications"."note_subject" not null default 'PERSON';`,
    );
    this.addSql(`alter table "communications"."note" rename column "person_id" to "subject_id";`);
    this.addSql(
      `create index "note_subject_idx" on "communications"."note" ("subject_type", "subject_id", "created_at");`,
    );

    this.addSql(
      `alter table "communications"."meeting_invitee" add constraint "meeting_invitee_meeting_id_foreign" foreign key ("meeting_id") references "communications"."meeting" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "communications"."meeting_invitee" drop constraint "meeting_invitee_meeting_id_foreign";`,
    );

    this.addSql(`drop table if exists "communications"."meeting" cascade;`);
    this.addSql(`drop table if exists "communications"."meeting_invitee" cascade;`);

    this.addSql(`drop index "communications"."note_subject_idx";`);
    this.addSql(`alter table "communications"."note" drop column "subject_type";`);
    this.addSql(`alter table "communications"."note" rename column "subject_id" to "person_id";`);
    this.addSql(
      `create index "note_person_idx" on "communications"."note" ("person_id", "created_at");`,
    );

    this.addSql(`drop type "communications"."meeting_case_type";`);
    this.addSql(`drop type "communications"."meeting_status";`);
    this.addSql(`drop type "communications"."invitee_kind";`);
    this.addSql(`drop type "communications"."invitation_response";`);
    this.addSql(`drop type "communications"."note_subject";`);
  }
}
