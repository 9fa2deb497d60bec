import { Migration } from '@mikro-orm/migrations';

export class Migration20261122051120 extends Migration {

  override name = 'Migration20261122051120';

  override up(): void | Promise<void> {
    this.addSql(`drop index "providers"."inquiry_provider_sent_idx";`);
    this.addSql(`drop index "providers"."inquiry_service_provider_sent_idx";`);
    this.addSql(`alter table "providers"."inquiry" add "response_seconds" double precision generated always as (date_part('epoch', first_response_at - sent_at)) stored null;`);
    this.addSql(`create index "inquiry_provider_sent_idx" on "providers"."inquiry" ("provider_id", "sent_at") include ("status", "response_seconds");`);
    this.addSql(`create index "inquiry_service_provider_sent_idx" on "providers"."inquiry" ("service_id", "provider_id", "sent_at") include ("status", "response_seconds");`);
    // Index-only scans (R1.9 statistics) need a current visibility map: vacuum after 2 % of the
    // rows changed or were added, not the default 20 %.
    this.addSql(`alter table "providers"."inquiry" set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "providers"."inquiry" reset (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor);`);
    this.addSql(`drop index "providers"."inquiry_service_provider_sent_idx";`);
    this.addSql(`drop index "providers"."inquiry_provider_sent_idx";`);
    this.addSql(`alter table "providers"."inquiry" drop column "response_seconds";`);
    this.addSql(`create index "inquiry_service_provider_sent_idx" on "providers"."inquiry" ("service_id", "provider_id", "sent_at");`);
    this.addSql(`create index "inquiry_provider_sent_idx" on "providers"."inquiry" ("provider_id", "sent_at");`);
  }

}
