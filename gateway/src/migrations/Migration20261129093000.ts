import { Migration } from '@mikro-orm/migrations';

/** Issue 17: API clients and their hashed secrets. */
export class Migration20261129093000 extends Migration {
  override name = 'Migration20261129093000';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "identity"."api_client" ("id" uuid not null, "name" varchar(100) not null, "owner" varchar(200) not null, "scopes" text[] not null, "expires_at" timestamptz not null, "rate_limit_per_minute" int not null default 600, "created_by" uuid not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, "requests" bigint not null default 0, "errors" bigint not null default 0, "last_used_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create table "identity"."api_client_secret" ("id" uuid not null, "client_id" uuid not null references "identity"."api_client" ("id") on delete cascade, "hash" varchar(64) not null, "hint" varchar(8) not null, "created_at" timestamptz not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "api_client_secret_client_id_index" on "identity"."api_client_secret" ("client_id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity"."api_client_secret" cascade;`);
    this.addSql(`drop table if exists "identity"."api_client" cascade;`);
  }
}
