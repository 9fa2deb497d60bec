import { Migration } from '@mikro-orm/migrations';

export class Migration20261122034843 extends Migration {

  override name = 'Migration20261122034843';

  override up(): void | Promise<void> {
    this.addSql(`create index "inquiry_service_provider_sent_idx" on "providers"."inquiry" ("service_id", "provider_id", "sent_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "providers"."inquiry_service_provider_sent_idx";`);
  }

}
