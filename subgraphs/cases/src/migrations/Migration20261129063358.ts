import { Migration } from '@mikro-orm/migrations';

export class Migration20261129063358 extends Migration {
  override name = 'Migration20261129063358';

  override up(): void | Promise<void> {
    // Issue 18: communication exceptions moved to the communications schema, whose migration
    // copies these rows. Subgraphs migrate in parallel at start, so wait (up to 2 minutes) until
    // that copy has committed, check every row arrived, and only then drop the old table.
    this.addSql(`do $$
declare
  waited int := 0;
begin
  if exists (select 1 from "cases"."communication_exception") or exists (select 1 from "cases"."audit_entry" where "entity_type" = 'CommunicationException') then
    while not exists (select 1 from pg_catalog.pg_tables where schemaname = 'communications' and tablename = 'communication_exception') loop
      if waited >= 120 then
        raise exception 'cases.communication_exception still holds communication exceptions: start the communications subgraph first (its migration copies them), then start cases again';
      end if;
      perform pg_sleep(1);
      waited := waited + 1;
    end loop;
    if exists (select 1 from "cases"."communication_exception" o where not exists (select 1 from "communications"."communication_exception" c where c."id" = o."id")) then
      raise exception 'not every row of cases.communication_exception is in communications.communication_exception; nothing was dropped';
    end if;
    if exists (select 1 from "cases"."audit_entry" a where a."entity_type" = 'CommunicationException' and not exists (select 1 from "communications"."audit_entry" c where c."id" = a."id")) then
      raise exception 'not every audit entry of a communication exception is in communications.audit_entry; nothing was dropped';
    end if;
    delete from "cases"."audit_entry" where "entity_type" = 'CommunicationException';
  end if;
end $$;`);
    this.addSql(`drop table if exists "cases"."communication_exception" cascade;`);

    this.addSql(`drop type "cases"."communication_exception_status";`);
  }

  override down(): void | Promise<void> {
    this.addSql(
      `create type "cases"."communication_exception_status" as enum ('ACTIVE', 'CANCELLED');`,
    );
    this.addSql(
      `create table "cases"."communication_exception" ("id" uuid not null, "version" int4 not null default 1, "created_at" timestamptz(6) not null, "updated_at" timestamptz(6) not null, "method" "cases"."communication_method" not null, "reason" varchar(200) not null, "from_date" date not null, "to_date" date null, "comments" text null, "status" "cases"."communication_exception_status" not null default 'ACTIVE', "created_by" varchar(200) not null, "cancelled_at" timestamptz(6) null, "cancelled_by" varchar(200) null, "person_id" uuid not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "communication_exception_person_idx" on "cases"."communication_exception" ("person_id", "from_date");`,
    );

    this.addSql(
      `alter table "cases"."communication_exception" add constraint "communication_exception_person_id_foreign" foreign key ("person_id") references "cases"."person" ("id") on update no action on delete no action;`,
    );
  }
}
