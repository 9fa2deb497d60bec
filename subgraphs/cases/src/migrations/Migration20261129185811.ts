import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 12: referrals made before they kept the catalogue id get it where their service name
 * names exactly one catalogue service (offered by their provider, when they have one); the rest
 * keep a null id. A one-off, read-only look at the providers schema in the same database,
 * skipped where it is absent (a fresh or separate database holds no such referrals). Idempotent.
 */
export const BACKFILL_REFERRAL_SERVICE_IDS = `do $$ begin
if to_regclass('providers.service') is not null and to_regclass('providers.provider_service') is not null then
  update "cases"."referral" r set "service_id" = m.service_id
  from (
    select r2.id as referral_id, min(s.id::text)::uuid as service_id
    from "cases"."referral" r2
    join "providers"."service" s on lower(btrim(s.name)) = lower(btrim(r2.service))
    where r2.service_id is null
      and (r2.provider_id is null or exists (
        select 1 from "providers"."provider_service" ps
        where ps.provider_id = r2.provider_id and ps.service_id = s.id))
    group by r2.id
    having count(*) = 1
  ) m
  where r.id = m.referral_id;
end if;
end $$;`;

export class Migration20261129185811 extends Migration {

  override name = 'Migration20261129185811';

  override up(): void | Promise<void> {
    this.addSql(`alter table "cases"."referral" add "service_id" uuid null;`);
    this.addSql(BACKFILL_REFERRAL_SERVICE_IDS);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "cases"."referral" drop column "service_id";`);
  }

}
