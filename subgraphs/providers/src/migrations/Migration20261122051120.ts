import { Migration } from '@mikro-orm/migrations';

export class Migration20261122051120 extends Migration {

  override name = 'Migration20261122051120';

  override up(): void | Promise<void> {
    this.addSql(`drop index "providers"."inquiry_provider_sent_idx";`);
    this.addSql(`drop index "providers"."inquiry_service_provider_sent_idx";`);
    this.addSql(`alter table "providers"."inquiry" add "response_seconds" double precision generated always as (date_part('epoch', first_response_at - sent_at)) stored null;`);
    this.addSql(`create index "inquiry_provider_sent_idx" on "providers"."inquiry" ("provider_id", "sent_at") include ("status", "response_seconds");`);
    this.addSql(`create index "inquiry_service_provider_sent_idx" on "providers"."inquiry" ("service_id", "provider_id", "sent_at") include ("status", "response_seconds");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "providers"."inquiry_service_provider_sent_idx";`);
    this.addSql(`drop index "providers"."inquiry_provider_sent_idx";`);
    this.addSql(`alter table "providers"."inquiry" drop column "response_seconds";`);
    this.addSql(`create index "inquiry_service_provider_sent_idx" on "providers"."inquiry" ("service_id", "provider_id", "sent_at");`);
    this.addSql(`create index "inquiry_provider_sent_idx" on "providers"."inquiry" ("provider_id", "sent_at");`);
  }

}
