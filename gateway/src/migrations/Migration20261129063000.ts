import { Migration } from '@mikro-orm/migrations';

export class Migration20261129063000 extends Migration {
  override name = 'Migration20261129063000';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "identity"."session" ("id" uuid not null, "account_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_reason" varchar(40) null, "last_seen_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "session_account_id_index" on "identity"."session" ("account_id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity"."session" cascade;`);
  }
}
