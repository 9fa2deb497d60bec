import { Migration } from '@mikro-orm/migrations';

export class Migration20261122035146 extends Migration {

  override name = 'Migration20261122035146';

  override up(): void | Promise<void> {
    this.addSql(`create type "providers"."message_side" as enum ('PROVIDER', 'AGENCY');`);
    this.addSql(`create table "providers"."inquiry_message" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "inquiry_id" uuid not null, "side" "providers"."message_side" not null, "author" varchar(200) not null, "text" text not null, primary key ("id"));`);
    this.addSql(`create index "inquiry_message_inquiry_idx" on "providers"."inquiry_message" ("inquiry_id", "created_at");`);

    this.addSql(`alter table "providers"."inquiry_message" add constraint "inquiry_message_inquiry_id_foreign" foreign key ("inquiry_id") references "providers"."inquiry" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "providers"."inquiry_message" cascade;`);

    this.addSql(`drop type "providers"."message_side";`);
  }

}
