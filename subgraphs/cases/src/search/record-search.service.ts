import {
  can,
  findInKeyOrder,
  forbidden,
  parseSearchText,
  type RequestContext,
  type SearchText,
  sqlExecutor,
  withTransaction,
} from '@casework/kit';
import { ApplicationCase } from '../application/application-case.entity.js';
import { IntegratedCase } from '../integrated-case/integrated-case.entity.js';
import { Person } from '../person/person.entity.js';

/** Word similarity from which a name matches despite typos (same as the person search, R4.5). */
const WORD_MATCH = 0.45;
/** The most hits of one kind a search returns. */
export const MAX_HITS = 20;

export interface CaseRecordHits {
  persons: Person[];
  morePersons: boolean;
  integratedCases: IntegratedCase[];
  applications: ApplicationCase[];
}

const NAME = `lower(p.given_name || ' ' || p.family_name)`;

/**
 * Global search over what the cases subgraph owns (issue 16): persons by name (typos too),
 * reference, email and date of birth, best match first; cases and applications by reference.
 * Each kind only for callers who may read it; every filter is served by an index.
 */
export class RecordSearchService {
  constructor(private readonly ctx: RequestContext) {}

  async search(text: string, first: number): Promise<CaseRecordHits> {
    const { identity } = this.ctx;
    const persons = can(identity, 'person:read');
    const cases = can(identity, 'case:read');
    if (!persons && !cases) throw forbidden('search persons and cases');
    const limit = Math.min(Math.max(first, 1), MAX_HITS);
    const parsed = parseSearchText(text);
    // One after the other: the person query runs in its own short transaction on this EntityManager.
    const personIds = persons ? await this.personIds(parsed, limit + 1) : [];
    const caseIds =
      cases && parsed.referenceKind === 'IC'
        ? await this.referenceIds('integrated_case', parsed, limit)
        : [];
    const applicationIds =
      cases && parsed.referenceKind === 'AP'
        ? await this.referenceIds('application_case', parsed, limit)
        : [];
    const { em } = this.ctx;
    const found = await findInKeyOrder(em, Person, personIds.slice(0, limit));
    const integratedCases = await findInKeyOrder(em, IntegratedCase, caseIds);
    const applications = await findInKeyOrder(em, ApplicationCase, applicationIds);
    const present = <T>(rows: (T | null)[]) => rows.filter((row): row is T => row !== null);
    const caseRows = present(integratedCases);
    const applicationRows = present(applications);
    await em.populate(caseRows, ['primaryClient']);
    await em.populate(applicationRows, ['clients']);
    return {
      persons: present(found),
      morePersons: personIds.length > limit,
      integratedCases: caseRows,
      applications: applicationRows,
    };
  }

  /** Persons matching the text, ranked: exact reference, exact email, then name similarity. */
  private async personIds(search: SearchText, limit: number): Promise<string[]> {
    const values: unknown[] = [search.lower];
    const param = (value: unknown) => `$${values.push(value)}`;
    const where: string[] = [];
    if (search.referencePrefix) where.push(`p.reference like ${param(search.referencePrefix)}`);
    if (search.date) where.push(`p.date_of_birth = ${param(search.date)}::date`);
    if (search.emailPrefix) where.push(`lower(p.email) like ${param(search.emailPrefix)}`);
    if (search.nameContains) {
      where.push(`${NAME} like ${param(search.nameContains)}`);
      if (search.lower.length >= 3) where.push(`$1 operator(public.<%) ${NAME}`);
    }
    if (!where.length) return [];
    const sql = `select p.id from ${this.table('person')} p where ${where.join(' or ')}
      order by (p.reference = upper($1))::int * 10 + coalesce(lower(p.email) = $1, false)::int * 5
        + public.strict_word_similarity($1, ${NAME}) + public.similarity($1, ${NAME}) desc, p.family_name, p.given_name, p.id
      limit ${param(limit)}`;
    const sqlOn = sqlExecutor(this.ctx.em);
    // The `<%` operator's threshold is a setting; `set_config(..., true)` keeps it to this transaction.
    const { rows } = await withTransaction(this.ctx.em, async () => {
      await sqlOn.executeSql(`select set_config('pg_trgm.word_similarity_threshold', $1, true)`, [
        String(WORD_MATCH),
      ]);
      return sqlOn.executeSql(sql, values);
    });
    return rows.map((row) => row.id as string);
  }

  /** Ids of a table's records whose reference starts with the typed one (text_pattern_ops index). */
  private async referenceIds(
    table: 'integrated_case' | 'application_case',
    search: SearchText,
    limit: number,
  ): Promise<string[]> {
    const { rows } = await sqlExecutor(this.ctx.em).executeSql(
      `select id from ${this.table(table)} where reference like $1 order by reference limit $2`,
      [search.referencePrefix, limit],
    );
    return rows.map((row) => row.id as string);
  }

  private table(name: string): string {
    return `"${this.ctx.em.config.get('schema') ?? 'cases'}"."${name}"`;
  }
}
