import { Migration } from '@mikro-orm/migrations';

export class Migration20261129190902 extends Migration {

  override name = 'Migration20261129190902';

  override up(): void | Promise<void> {
    this.addSql(`alter table "communications"."meeting_invitee" add "language" "communications"."letter_language" not null default 'EN';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "communications"."meeting_invitee" drop column "language";`);
  }

}
