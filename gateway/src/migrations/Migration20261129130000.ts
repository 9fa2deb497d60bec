import { Migration } from '@mikro-orm/migrations';

/** Issue 17: webhook subscriptions of API clients, their deliveries and each delivery attempt. */
export class Migration20261129130000 extends Migration {
  override name = 'Migration20261129130000';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "identity"."webhook_subscription" ("id" uuid not null, "client_id" uuid not null references "identity"."api_client" ("id") on delete cascade, "url" varchar(2000) not null, "event_types" text[] not null, "secret_sealed" text not null, "created_by" varchar(200) not null, "created_at" timestamptz not null default now(), "deleted_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "webhook_subscription_client_id_index" on "identity"."webhook_subscription" ("client_id");`,
    );
    this.addSql(
      `create table "identity"."webhook_delivery" ("id" uuid not null, "subscription_id" uuid not null references "identity"."webhook_subscription" ("id") on delete cascade, "event_id" uuid not null, "event_type" varchar(50) not null, "body" text not null, "status" varchar(20) not null, "attempts" int not null default 0, "dead_after" int not null, "created_at" timestamptz not null default now(), "last_attempt_at" timestamptz null, "delivered_at" timestamptz null, "dead_at" timestamptz null, primary key ("id"), constraint "webhook_delivery_once" unique ("subscription_id", "event_id"));`,
    );
    this.addSql(
      `create table "identity"."webhook_attempt" ("id" uuid not null, "delivery_id" uuid not null references "identity"."webhook_delivery" ("id") on delete cascade, "attempted_at" timestamptz not null default now(), "status_code" int null, "error" varchar(500) null, "duration_ms" int not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "webhook_attempt_delivery_id_index" on "identity"."webhook_attempt" ("delivery_id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity"."webhook_attempt" cascade;`);
    this.addSql(`drop table if exists "identity"."webhook_delivery" cascade;`);
    this.addSql(`drop table if exists "identity"."webhook_subscription" cascade;`);
  }
}
