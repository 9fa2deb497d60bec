import { Migration } from '@mikro-orm/migrations';

export class Migration20261122050018 extends Migration {
  override name = 'Migration20261122050018';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "communications"."notification" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "event_id" uuid not null, "recipient_id" varchar(100) not null, "kind" varchar(60) not null, "title" varchar(300) not null, "body" text not null, "subject_type" varchar(60) not null, "subject_id" uuid not null, "link" varchar(300) not null, "read_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "communications"."notification" add constraint "notification_event_id_unique" unique ("event_id");`,
    );
    this.addSql(
      `create index "notification_recipient_idx" on "communications"."notification" ("recipient_id", "created_at");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "communications"."notification" cascade;`);
  }
}
