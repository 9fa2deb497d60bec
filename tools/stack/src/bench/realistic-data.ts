import type pg from 'pg';

/** The data set of the issue 15 benchmark (the outside team's sizes, scaled up). */
export const REALISTIC = {
  persons: 10_000,
  providers: 1_000,
  inquiries: 100_000,
  notes: 50_000,
  /** The person whose notes panel and inquiry list are measured: 50 notes, 50+ inquiries. */
  busyPersonReference: 'P-B0000001',
} as const;

export const HOME_CARE = '0b9e5f5a-0004-4000-8000-000000000001';

/**
 * Bulk-loads the benchmark's data with set-based SQL (seconds, not minutes): persons in cases,
 * providers and inquiries in providers, notes with two versions each in communications. The busy
 * person gets 50 notes and every 200th inquiry.
 */
export async function loadRealisticData(db: pg.Client): Promise<{ busyPersonId: string }> {
  const { persons, providers, inquiries, notes } = REALISTIC;
  await db.query(`insert into cases.person (id, reference, given_name, family_name, date_of_birth,
      address_city, address_country, email, phone, version, created_at, updated_at)
    select gen_random_uuid(), 'P-B' || lpad(i::text, 7, '0'),
      (array['Anna','Marco','Lea','Giulia','Jonas','Sofia','Luca','Mia','Paul','Elena'])[1 + i % 10],
      (array['Schmidt','Rossi','Müller','Bianchi','Weber','Ferrari','Wagner','Russo','Becker','Romano'])[1 + (i / 10) % 10] || ' ' || i,
      date '1950-01-01' + (i % 20000), 'Bern', 'CH', 'person' || i || '@bench.example', '+41 31 000 ' || lpad((i % 10000)::text, 4, '0'),
      1, now(), now()
    from generate_series(1, ${persons}) i`);
  await db.query(`insert into providers.provider (id, version, created_at, updated_at, reference, name, email, email_status)
    select gen_random_uuid(), 1, now(), now(), 'PR-B' || lpad(i::text, 7, '0'), 'Bench provider ' || i, 'p' || i || '@bench.example', 'OK'
      from generate_series(1, ${providers}) i`);
  await db.query(`insert into providers.provider_service (provider_id, service_id)
    select id, '${HOME_CARE}' from providers.provider where reference like 'PR-B%'`);
  await db.query(`create temp table bench_providers as
    select row_number() over (order by reference) as n, id from providers.provider where reference like 'PR-B%'`);
  await db.query(`create temp table bench_persons as
    select row_number() over (order by reference) as n, id from cases.person where reference like 'P-B%'`);
  await db.query(`insert into providers.inquiry (id, version, created_at, updated_at, reference, provider_id, service_id, person_id,
      period_from, period_to, details, method, status, sent_at, created_by_id, created_by, created_by_email,
      first_response_at, answered_at, answer_channel)
    select gen_random_uuid(), 1, s.sent, s.sent, 'IQ-B' || lpad(i::text, 8, '0'), p.id, '${HOME_CARE}', c.id,
      date '2027-01-01', date '2027-01-31', 'bench', 'EMAIL',
      (case when i % 10 = 0 then 'SENT' when i % 3 = 0 then 'ANSWERED_NOT_AVAILABLE' else 'ANSWERED_AVAILABLE' end)::providers.inquiry_status,
      s.sent, 'bench', 'Bench', 'bench@agency.example',
      case when i % 10 = 0 then null else s.sent + (i % 72) * interval '1 hour' end,
      case when i % 10 = 0 then null else s.sent + (i % 72) * interval '1 hour' end,
      case when i % 10 = 0 then null else 'EMAIL'::providers.answer_channel end
    from generate_series(1, ${inquiries}) i
    join bench_providers p on p.n = 1 + (i % ${providers})
    join bench_persons c on c.n = case when i % 200 = 0 then 1 else 1 + (i % ${persons}) end
    cross join lateral (select now() - (i % 300) * interval '1 day' - (i % 24) * interval '1 hour' as sent) s`);
  await db.query(`insert into communications.note (id, subject_type, subject_id, text, priority, sensitivity, status,
      created_by_id, created_by, created_at, updated_at, version)
    select gen_random_uuid(), 'PERSON', c.id, 'Bench note ' || i || ': called the client about the care plan.',
      (array['LOW','NORMAL','HIGH','URGENT'])[1 + i % 4]::communications.note_priority,
      'STANDARD', 'ACTIVE', 'bench', 'Bench', now() - i * interval '1 minute', now(), 2
    from generate_series(1, ${notes}) i
    join bench_persons c on c.n = case when i <= 50 then 1 else 1 + (i % ${persons}) end`);
  await db.query(`insert into communications.note_version (id, note_id, number, text, priority, sensitivity,
      edited_by_id, edited_by, edited_at)
    select gen_random_uuid(), n.id, v, n.text || ' (version ' || v || ')', n.priority, n.sensitivity,
      'bench', 'Bench', n.created_at + v * interval '1 minute'
    from communications.note n cross join generate_series(1, 2) v where n.created_by_id = 'bench'`);
  for (const table of [
    'cases.person',
    'providers.inquiry',
    'providers.provider',
    'communications.note',
    'communications.note_version',
  ])
    await db.query(`vacuum analyze ${table}`);
  const { rows } = await db.query<{ id: string }>(
    `select id from cases.person where reference = $1`,
    [REALISTIC.busyPersonReference],
  );
  return { busyPersonId: rows[0]!.id };
}
