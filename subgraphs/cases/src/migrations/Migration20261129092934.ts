import { Migration } from '@mikro-orm/migrations';

export class Migration20261129092934 extends Migration {
  override name = 'Migration20261129092934';

  override up(): void | Promise<void> {
    this.addSql(
      `create type "cases"."application_problem_kind" as enum ('MISSING_INFORMATION', 'CONFLICTING_INFORMATION');`,
    );
    this.addSql(
      `create type "cases"."meeting_requirement" as enum ('NONE', 'ALWAYS', 'WHEN_PROBLEMS');`,
    );
    this.addSql(
      `create table "cases"."application_problem" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "application_id" uuid not null, "kind" "cases"."application_problem_kind" not null, "description" text not null, "recorded_by" varchar(200) not null, "resolved_at" timestamptz null, "resolved_by_meeting_id" uuid null, primary key ("id"));`,
    );

    this.addSql(
      `alter table "cases"."programme" add "meeting_requirement" "cases"."meeting_requirement" not null default 'NONE';`,
    );
    // R3.1: programmes that required a meeting keep requiring one.
    this.addSql(
      `update "cases"."programme" set "meeting_requirement" = 'ALWAYS' where "meeting_required";`,
    );

    this.addSql(
      `alter table "cases"."application_problem" add constraint "application_problem_application_id_foreign" foreign key ("application_id") references "cases"."application_case" ("id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."application_problem" cascade;`);

    this.addSql(`alter table "cases"."programme" drop column "meeting_requirement";`);

    this.addSql(`drop type "cases"."application_problem_kind";`);
    this.addSql(`drop type "cases"."meeting_requirement";`);
  }
}
