import { Migration } from '@mikro-orm/migrations';

export class Migration20261129093749 extends Migration {

  override name = 'Migration20261129093749';

  override up(): void | Promise<void> {
    this.addSql(`create type "communications"."communication_kind" as enum ('PHONE_CALL', 'EMAIL', 'LETTER');`);
    this.addSql(`create type "communications"."communication_direction" as enum ('INCOMING', 'OUTGOING');`);
    this.addSql(`create type "communications"."correspondent_type" as enum ('CLIENT', 'PROVIDER', 'THIRD_PARTY');`);
    this.addSql(`create type "communications"."communication_status" as enum ('DRAFT', 'SENDING', 'SENT', 'FAILED', 'TO_PRINT', 'PRINTED', 'POSTED', 'HANDED_OVER', 'RECEIVED', 'NOT_SENT');`);
    this.addSql(`create type "communications"."letter_channel" as enum ('EMAIL', 'POST', 'HAND_OVER', 'NONE');`);
    this.addSql(`create type "communications"."letter_language" as enum ('EN', 'DE', 'IT');`);
    this.addSql(`create type "communications"."letter_kind" as enum ('REFERRAL_CLIENT', 'REFERRAL_PROVIDER', 'FREE_LETTER', 'MEETING_MINUTES');`);
    this.addSql(`create table "communications"."communication" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" "communications"."communication_kind" not null, "direction" "communications"."communication_direction" not null, "correspondent_type" "communications"."correspondent_type" not null, "correspondent_name" varchar(200) not null, "person_id" uuid null, "provider_id" uuid null, "case_id" uuid null, "referral_id" uuid null, "occurred_at" timestamptz not null, "subject" varchar(300) not null, "text" text not null, "status" "communications"."communication_status" not null default 'DRAFT', "channel" "communications"."letter_channel" null, "language" "communications"."letter_language" null, "template_version_id" uuid null, "file_id" uuid null, "recipient_email" varchar(254) null, "recipient_address" jsonb null, "message_id" varchar(200) null, "sent_at" timestamptz null, "last_error" varchar(500) null, "created_by_id" varchar(100) not null, "created_by" varchar(200) not null, primary key ("id"));`);
    this.addSql(`create index "communication_status_idx" on "communications"."communication" ("status", "created_at");`);
    this.addSql(`create index "communication_case_idx" on "communications"."communication" ("case_id", "occurred_at");`);
    this.addSql(`create index "communication_person_idx" on "communications"."communication" ("person_id", "occurred_at");`);

    this.addSql(`create table "communications"."letter_template_version" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" "communications"."letter_kind" not null, "language" "communications"."letter_language" not null, "template_version" int not null, "subject" varchar(300) not null, "body" text not null, "published_by_id" varchar(100) not null, "published_by" varchar(200) not null, primary key ("id"));`);
    this.addSql(`create index "letter_template_version_kind_idx" on "communications"."letter_template_version" ("kind", "language");`);
    this.addSql(`alter table "communications"."letter_template_version" add constraint "letter_template_version_unique" unique ("kind", "language", "template_version");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "communications"."communication" cascade;`);
    this.addSql(`drop table if exists "communications"."letter_template_version" cascade;`);

    this.addSql(`drop type "communications"."communication_kind";`);
    this.addSql(`drop type "communications"."communication_direction";`);
    this.addSql(`drop type "communications"."correspondent_type";`);
    this.addSql(`drop type "communications"."communication_status";`);
    this.addSql(`drop type "communications"."letter_channel";`);
    this.addSql(`drop type "communications"."letter_language";`);
    this.addSql(`drop type "communications"."letter_kind";`);
  }

}
