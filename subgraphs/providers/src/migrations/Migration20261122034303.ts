import { Migration } from '@mikro-orm/migrations';

export class Migration20261122034303 extends Migration {

  override name = 'Migration20261122034303';

  override up(): void | Promise<void> {
    this.addSql(`create type "providers"."inquiry_status" as enum ('SENT', 'MORE_INFORMATION_REQUESTED', 'ANSWERED_AVAILABLE', 'ANSWERED_NOT_AVAILABLE', 'WITHDRAWN', 'EXPIRED');`);
    this.addSql(`create type "providers"."answer_channel" as enum ('PORTAL', 'EMAIL', 'PHONE');`);
    this.addSql(`create table "providers"."inquiry" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "reference" varchar(20) not null, "provider_id" uuid not null, "service_id" uuid not null, "person_id" uuid not null, "case_id" uuid null, "period_from" date not null, "period_to" date not null, "details" text not null, "method" "providers"."inquiry_method" not null, "status" "providers"."inquiry_status" not null default 'SENT', "sent_at" timestamptz not null, "created_by_id" varchar(100) not null, "created_by" varchar(200) not null, "created_by_email" varchar(254) not null, "spoke_with" varchar(200) null, "provider_emailed_at" timestamptz null, "first_response_at" timestamptz null, "answered_at" timestamptz null, "answer_channel" "providers"."answer_channel" null, "answer_comment" text null, "answered_by" varchar(200) null, "withdrawn_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "providers"."inquiry" add constraint "inquiry_reference_unique" unique ("reference");`);
    this.addSql(`create index "inquiry_created_by_idx" on "providers"."inquiry" ("created_by_id", "sent_at");`);
    this.addSql(`create index "inquiry_person_idx" on "providers"."inquiry" ("person_id", "sent_at");`);
    this.addSql(`create index "inquiry_provider_sent_idx" on "providers"."inquiry" ("provider_id", "sent_at");`);

    this.addSql(`alter table "providers"."inquiry" add constraint "inquiry_provider_id_foreign" foreign key ("provider_id") references "providers"."provider" ("id");`);
    this.addSql(`alter table "providers"."inquiry" add constraint "inquiry_service_id_foreign" foreign key ("service_id") references "providers"."service" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "providers"."inquiry" cascade;`);

    this.addSql(`drop type "providers"."inquiry_status";`);
    this.addSql(`drop type "providers"."answer_channel";`);
  }

}
