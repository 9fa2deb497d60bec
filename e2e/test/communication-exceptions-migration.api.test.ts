import { casesSubgraph } from '@casework/cases';
import { communicationsSubgraph } from '@casework/communications';
import { createOrm, migrate, type SubgraphDefinition } from '@casework/kit';
import { createTestDatabase } from '@casework/testing';
import { providersSubgraph } from '@casework/providers';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Issue 18: communication exceptions moved from the cases and providers schemas to the
// communications schema. An installation that already holds exceptions keeps them: the
// communications migration copies them (with their audit entries), and the cases and providers
// migrations drop the old tables only once the copy has committed, whichever process runs first.

const PERSON_EXCEPTION = '11111111-1111-4111-8111-111111111111';
const PROVIDER_EXCEPTION = '22222222-2222-4222-8222-222222222222';
const PERSON_ID = '33333333-3333-4333-8333-333333333333';
const PROVIDER_ID = '44444444-4444-4444-8444-444444444444';

let databaseUrl: string;
let sql: pg.Client;

async function migrateWith(definition: SubgraphDefinition, migrations = definition.migrations) {
  const orm = await createOrm({
    databaseUrl,
    schema: definition.name,
    entities: definition.entities,
    migrations,
    poolSize: 2,
  });
  try {
    return await migrate(orm, definition.name);
  } finally {
    await orm.close(true);
  }
}

/** A subgraph's migrations up to the one that moved the exceptions to communications. */
function before(definition: SubgraphDefinition, move: string) {
  const index = definition.migrations.findIndex((m) => m.name === move);
  if (index < 0) throw new Error(`${definition.name} has no migration ${move}`);
  return definition.migrations.slice(0, index);
}

beforeAll(async () => {
  databaseUrl = await createTestDatabase();
  sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  // The schemas as they were before the move, holding one exception each and its audit entries.
  await migrateWith(casesSubgraph, before(casesSubgraph, 'Migration20261129063358'));
  await migrateWith(providersSubgraph, before(providersSubgraph, 'Migration20261129063424'));
  // The rows' parties are not what this test is about; their foreign keys would need whole records.
  await sql.query(
    `alter table cases.communication_exception drop constraint communication_exception_person_id_foreign`,
  );
  await sql.query(
    `alter table providers.communication_exception drop constraint communication_exception_provider_id_foreign`,
  );
  await sql.query(
    `insert into cases.communication_exception (id, version, created_at, updated_at, method, reason, from_date, to_date, comments, status, created_by, cancelled_at, cancelled_by, person_id)
     values ($1, 2, now(), now(), 'EMAIL', 'Mailbox hacked', '2026-03-01', '2026-03-31', 'Use post', 'ACTIVE', 'Clara Caseworker', null, null, $2)`,
    [PERSON_EXCEPTION, PERSON_ID],
  );
  await sql.query(
    `insert into providers.communication_exception (id, version, created_at, updated_at, method, reason, from_date, to_date, comments, status, created_by, cancelled_at, cancelled_by, provider_id)
     values ($1, 1, now(), now(), 'PHONE', 'Switchboard closed', '2026-05-01', null, null, 'CANCELLED', 'Clara Caseworker', now(), 'Sven Supervisor', $2)`,
    [PROVIDER_EXCEPTION, PROVIDER_ID],
  );
  await sql.query(
    `insert into cases.audit_entry (id, version, created_at, updated_at, subject_id, entity_type, entity_id, action, changes, actor_id, actor, at)
     values (gen_random_uuid(), 1, now(), now(), $1, 'CommunicationException', $2, 'CREATED', '[{"field":"method","oldValue":null,"newValue":"EMAIL"}]', 'cw-1', 'Clara Caseworker', now()),
            (gen_random_uuid(), 1, now(), now(), $1, 'Person', $1, 'UPDATED', '[{"field":"phone","oldValue":null,"newValue":"+49 30 1"}]', 'cw-1', 'Clara Caseworker', now())`,
    [PERSON_ID, PERSON_EXCEPTION],
  );
});
afterAll(() => sql?.end());

describe('communication exceptions move to the communications schema (issue 18, R2.7, R6.3)', () => {
  it('R6.3: exceptions and their audit entries arrive complete, whichever subgraph migrates first; the old tables are dropped after the copy', async () => {
    // Cases starts first and waits for the communications copy; providers starts after it.
    const cases = migrateWith(casesSubgraph);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(
      (await sql.query(`select 1 from cases.communication_exception`)).rowCount,
      'cases still waits for the copy',
    ).toBe(1);
    await migrateWith(communicationsSubgraph);
    await cases;
    await migrateWith(providersSubgraph);

    const moved = await sql.query<Record<string, unknown>>(
      `select id, subject_type, subject_id, method, reason, from_date::text, to_date::text, comments, status, version, created_by, cancelled_by
       from communications.communication_exception order by subject_type`,
    );
    expect(moved.rows).toEqual([
      {
        id: PERSON_EXCEPTION,
        subject_type: 'PERSON',
        subject_id: PERSON_ID,
        method: 'EMAIL',
        reason: 'Mailbox hacked',
        from_date: '2026-03-01',
        to_date: '2026-03-31',
        comments: 'Use post',
        status: 'ACTIVE',
        version: 2,
        created_by: 'Clara Caseworker',
        cancelled_by: null,
      },
      {
        id: PROVIDER_EXCEPTION,
        subject_type: 'PROVIDER',
        subject_id: PROVIDER_ID,
        method: 'PHONE',
        reason: 'Switchboard closed',
        from_date: '2026-05-01',
        to_date: null,
        comments: null,
        status: 'CANCELLED',
        version: 1,
        created_by: 'Clara Caseworker',
        cancelled_by: 'Sven Supervisor',
      },
    ]);
    const audit = await sql.query<{ schema: string; entity_type: string }>(
      `select 'communications' as schema, entity_type from communications.audit_entry
       union all select 'cases', entity_type from cases.audit_entry order by 1`,
    );
    expect(audit.rows).toEqual([
      { schema: 'cases', entity_type: 'Person' },
      { schema: 'communications', entity_type: 'CommunicationException' },
    ]);
    const old = await sql.query(
      `select to_regclass('cases.communication_exception') as cases, to_regclass('providers.communication_exception') as providers`,
    );
    expect(old.rows[0]).toEqual({ cases: null, providers: null });
  });
});
