import { Migration } from '@mikro-orm/migrations';

export class Migration20261129063328 extends Migration {

  override name = 'Migration20261129063328';

  override up(): void | Promise<void> {
    this.addSql(`create type "communications"."party_type" as enum ('PERSON', 'PROVIDER');`);
    this.addSql(`create type "communications"."communication_method" as enum ('EMAIL', 'POST', 'PHONE', 'IN_PERSON');`);
    this.addSql(`create type "communications"."communication_exception_status" as enum ('ACTIVE', 'CANCELLED');`);
    this.addSql(`create table "communications"."audit_entry" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "subject_id" uuid not null, "entity_type" varchar(40) not null, "entity_id" uuid not null, "action" varchar(40) not null, "changes" jsonb not null, "actor_id" varchar(100) not null, "actor" varchar(200) not null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_subject_idx" on "communications"."audit_entry" ("subject_id", "at");`);

    this.addSql(`create table "communications"."communication_exception" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "subject_type" "communications"."party_type" not null, "subject_id" uuid not null, "method" "communications"."communication_method" not null, "reason" varchar(200) not null, "from_date" date not null, "to_date" date null, "comments" text null, "status" "communications"."communication_exception_status" not null default 'ACTIVE', "created_by" varchar(200) not null, "cancelled_at" timestamptz null, "cancelled_by" varchar(200) null, primary key ("id"));`);
    this.addSql(`create index "communication_exception_subject_idx" on "communications"."communication_exception" ("subject_id", "from_date");`);
    // Issue 18: communication exceptions (and their audit entries) moved here from the cases and
    // providers schemas. Copy what those schemas hold when they exist (an existing installation);
    // their own migrations wait for this copy to commit before they drop the old tables.
    this.addSql(`do $$
begin
  if to_regclass('cases.communication_exception') is not null then
    insert into "communications"."communication_exception" ("id", "version", "created_at", "updated_at", "subject_type", "subject_id", "method", "reason", "from_date", "to_date", "comments", "status", "created_by", "cancelled_at", "cancelled_by")
    select "id", "version", "created_at", "updated_at", 'PERSON'::"communications"."party_type", "person_id", "method"::text::"communications"."communication_method", "reason", "from_date", "to_date", "comments", "status"::text::"communications"."communication_exception_status", "created_by", "cancelled_at", "cancelled_by"
    from "cases"."communication_exception" on conflict ("id") do nothing;
  end if;
  if to_regclass('cases.audit_entry') is not null then
    insert into "communications"."audit_entry" ("id", "version", "created_at", "updated_at", "subject_id", "entity_type", "entity_id", "action", "changes", "actor_id", "actor", "at")
    select "id", "version", "created_at", "updated_at", "subject_id", "entity_type", "entity_id", "action", "changes", "actor_id", "actor", "at"
    from "cases"."audit_entry" where "entity_type" = 'CommunicationException' on conflict ("id") do nothing;
  end if;
  if to_regclass('providers.communication_exception') is not null then
    insert into "communications"."communication_exception" ("id", "version", "created_at", "updated_at", "subject_type", "subject_id", "method", "reason", "from_date", "to_date", "comments", "status", "created_by", "cancelled_at", "cancelled_by")
    select "id", "version", "created_at", "updated_at", 'PROVIDER'::"communications"."party_type", "provider_id", "method"::text::"communications"."communication_method", "reason", "from_date", "to_date", "comments", "status"::text::"communications"."communication_exception_status", "created_by", "cancelled_at", "cancelled_by"
    from "providers"."communication_exception" on conflict ("id") do nothing;
  end if;
end $$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "communications"."audit_entry" cascade;`);
    this.addSql(`drop table if exists "communications"."communication_exception" cascade;`);

    this.addSql(`drop type "communications"."party_type";`);
    this.addSql(`drop type "communications"."communication_method";`);
    this.addSql(`drop type "communications"."communication_exception_status";`);
  }

}
