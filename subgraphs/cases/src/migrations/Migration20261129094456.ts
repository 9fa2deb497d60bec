import { Migration } from '@mikro-orm/migrations';

export class Migration20261129094456 extends Migration {

  override name = 'Migration20261129094456';

  override up(): void | Promise<void> {
    this.addSql(`alter table "cases"."application_case" add "created_by_id" varchar(100) null;`);
    this.addSql(`create index "application_case_created_by_id_index" on "cases"."application_case" ("created_by_id");`);
    this.addSql(`create index "application_case_reference_pattern_idx" on "cases"."application_case" ("reference" text_pattern_ops);`);

    this.addSql(`create index "person_date_of_birth_idx" on "cases"."person" ("date_of_birth");`);
    this.addSql(`create index "person_email_pattern_idx" on "cases"."person" (lower(email) text_pattern_ops);`);
    this.addSql(`create index "person_reference_pattern_idx" on "cases"."person" ("reference" text_pattern_ops);`);

    this.addSql(`alter table "cases"."integrated_case" add "created_by_id" varchar(100) null;`);
    this.addSql(`create index "integrated_case_created_by_id_index" on "cases"."integrated_case" ("created_by_id");`);
    this.addSql(`create index "integrated_case_reference_pattern_idx" on "cases"."integrated_case" ("reference" text_pattern_ops);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "cases"."application_case_created_by_id_index";`);
    this.addSql(`drop index "cases"."application_case_reference_pattern_idx";`);
    this.addSql(`alter table "cases"."application_case" drop column "created_by_id";`);

    this.addSql(`drop index "cases"."integrated_case_created_by_id_index";`);
    this.addSql(`drop index "cases"."integrated_case_reference_pattern_idx";`);
    this.addSql(`alter table "cases"."integrated_case" drop column "created_by_id";`);

    this.addSql(`drop index "cases"."person_date_of_birth_idx";`);
    this.addSql(`drop index "cases"."person_email_pattern_idx";`);
    this.addSql(`drop index "cases"."person_reference_pattern_idx";`);
  }

}
