import { Migration } from '@mikro-orm/migrations';

/**
 * Notifications keep kind and parameters instead of rendered English text (the apps word them in
 * the reader's language). Existing rows get their parameters back from the text the providers
 * subgraph wrote; a row whose text does not match keeps it as `title`/`body` parameters.
 */
export class Migration20261129064515 extends Migration {
  override name = 'Migration20261129064515';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "communications"."notification" add "params" jsonb not null default '{}';`,
    );
    this.addSql(
      `update "communications"."notification" n
          set "params" = jsonb_build_object(
            'reference', t[2], 'providerName', t[1],
            'answer', case t[3] when 'can' then 'AVAILABLE' else 'NOT_AVAILABLE' end,
            'serviceName', b[1], 'periodFrom', b[2], 'periodTo', b[3])
         from (select id,
                      regexp_match("title", '^(.*) answered inquiry (\\S+): (can|cannot) deliver$') t,
                      regexp_match("body", '"(.*)" from (\\d{4}-\\d{2}-\\d{2}) to (\\d{4}-\\d{2}-\\d{2})\\.$') b
                 from "communications"."notification" where "kind" = 'INQUIRY_ANSWERED') m
        where n.id = m.id and m.t is not null and m.b is not null;`,
    );
    this.addSql(
      `update "communications"."notification" n
          set "params" = jsonb_build_object(
            'reference', t[2], 'providerName', t[1],
            'serviceName', b[1], 'periodFrom', b[2], 'periodTo', b[3])
         from (select id,
                      regexp_match("title", '^(.*) asks about inquiry (\\S+)$') t,
                      regexp_match("body", '"(.*)" from (\\d{4}-\\d{2}-\\d{2}) to (\\d{4}-\\d{2}-\\d{2})\\.$') b
                 from "communications"."notification"
                where "kind" = 'INQUIRY_MORE_INFORMATION_REQUESTED') m
        where n.id = m.id and m.t is not null and m.b is not null;`,
    );
    this.addSql(
      `update "communications"."notification"
          set "params" = jsonb_build_object('title', "title", 'body', "body")
        where "params" = '{}'::jsonb;`,
    );
    this.addSql(`alter table "communications"."notification" alter column "params" drop default;`);
    this.addSql(
      `alter table "communications"."notification" drop column "title", drop column "body";`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "communications"."notification" add "title" varchar(300) not null default '', add "body" text not null default '';`,
    );
    this.addSql(
      `update "communications"."notification" set
          "title" = coalesce("params"->>'title', case "kind"
            when 'INQUIRY_ANSWERED' then ("params"->>'providerName') || ' answered inquiry ' || ("params"->>'reference') || ': ' || case "params"->>'answer' when 'AVAILABLE' then 'can deliver' else 'cannot deliver' end
            else ("params"->>'providerName') || ' asks about inquiry ' || ("params"->>'reference') end, ''),
          "body" = coalesce("params"->>'body', case "kind"
            when 'INQUIRY_ANSWERED' then ("params"->>'providerName') || ' ' || case "params"->>'answer' when 'AVAILABLE' then 'can deliver' else 'cannot deliver' end
            else 'The provider needs more information about' end
            || ' "' || ("params"->>'serviceName') || '" from ' || ("params"->>'periodFrom') || ' to ' || ("params"->>'periodTo') || '.', '');`,
    );
    this.addSql(
      `alter table "communications"."notification" alter column "title" drop default, alter column "body" drop default, drop column "params";`,
    );
  }
}
