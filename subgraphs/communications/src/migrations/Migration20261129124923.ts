import { Migration } from '@mikro-orm/migrations';

export class Migration20261129124923 extends Migration {

  override name = 'Migration20261129124923';

  override up(): void | Promise<void> {
    this.addSql(`create type "communications"."minutes_status" as enum ('DRAFT', 'FINAL');`);
    this.addSql(`create type "communications"."minutes_recipient_reason" as enum ('ATTENDEE', 'DECLINED', 'INTERESTED');`);
    this.addSql(`create table "communications"."meeting_minutes" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" uuid not null, "number" int not null, "status" "communications"."minutes_status" not null default 'DRAFT', "last_step" int not null default 0, "held_on" varchar(10) null, "start_time" varchar(5) null, "end_time" varchar(5) null, "location" varchar(500) null, "chair" varchar(200) null, "minute_taker" varchar(200) null, "notes" text null, "decisions" text null, "attendance" jsonb not null, "uninvited" jsonb not null, "actions" jsonb not null, "cases" jsonb not null, "file_ids" jsonb not null, "correction_reason" varchar(2000) null, "created_by" varchar(200) not null, "finalised_at" timestamptz null, "finalised_by" varchar(200) null, "issued_at" timestamptz null, "pdf_file_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "communications"."meeting_minutes" add constraint "meeting_minutes_number_unique" unique ("meeting_id", "number");`);

    this.addSql(`create table "communications"."minutes_delivery" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "minutes_id" uuid not null, "communication_id" uuid not null, "reason" "communications"."minutes_recipient_reason" not null, "name" varchar(200) not null, "email" varchar(254) not null, "issued_by" varchar(200) not null, primary key ("id"));`);

    this.addSql(`alter table "communications"."meeting_minutes" add constraint "meeting_minutes_meeting_id_foreign" foreign key ("meeting_id") references "communications"."meeting" ("id") on delete cascade;`);

    this.addSql(`alter table "communications"."minutes_delivery" add constraint "minutes_delivery_minutes_id_foreign" foreign key ("minutes_id") references "communications"."meeting_minutes" ("id") on delete cascade;`);
    this.addSql(`alter table "communications"."minutes_delivery" add constraint "minutes_delivery_communication_id_foreign" foreign key ("communication_id") references "communications"."communication" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "communications"."minutes_delivery" drop constraint "minutes_delivery_minutes_id_foreign";`);

    this.addSql(`drop table if exists "communications"."meeting_minutes" cascade;`);
    this.addSql(`drop table if exists "communications"."minutes_delivery" cascade;`);

    this.addSql(`drop type "communications"."minutes_status";`);
    this.addSql(`drop type "communications"."minutes_recipient_reason";`);
  }

}
