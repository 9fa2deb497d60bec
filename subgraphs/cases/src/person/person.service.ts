import {
  audit,
  snapshot,
  Address,
  assertUuid,
  authorize,
  type Connection,
  fieldRefusal,
  refuse,
  refuseFields,
  flushVersioned,
  newReference,
  notFound,
  type RequestContext,
  searchTerms,
  paginate,
  findInKeyOrder,
  sqlExecutor,
  withTransaction,
} from '@casework/kit';
import { type FilterQuery, raw } from '@mikro-orm/core';
import { Person, PersonKind } from './person.entity.js';
import {
  type RegisterPersonInput,
  type RegisterProspectPersonInput,
  type UpdatePersonInput,
} from './person.input.js';

/** The fields whose changes the audit keeps (R6.3). */
const AUDITED: (keyof Person & string)[] = [
  'kind',
  'givenName',
  'familyName',
  'dateOfBirth',
  'address',
  'phone',
  'email',
  'preferredCommunicationMethod',
];

/** Whole-name similarity (pg_trgm) from which a registered name counts as a possible duplicate. */
const DUPLICATE = 0.5;
/** Word similarity from which a search matches a name despite typos ("Katarina Shmidt"). */
const WORD_MATCH = 0.45;

/** A search word that is a date of birth, as YYYY-MM-DD or DD.MM.YYYY, in ISO form. */
function asDate(word: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(word);
  if (iso) return word;
  const european = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(word);
  if (european)
    return `${european[3]}-${european[2]!.padStart(2, '0')}-${european[1]!.padStart(2, '0')}`;
  return null;
}

export interface PersonSearch {
  search?: string | null;
  first: number;
  after?: string | null;
  kind?: PersonKind | null;
}

/** A registered person (unlike a prospect) has a date of birth and an address (R4.5). */
export function requireFullDetails(dateOfBirth: unknown, address: unknown, prefix = 'input'): void {
  const missing = [
    ...(dateOfBirth ? [] : [fieldRefusal(`${prefix}.dateOfBirth`, 'DATE_OF_BIRTH_REQUIRED')]),
    ...(address ? [] : [fieldRefusal(`${prefix}.address`, 'ADDRESS_REQUIRED')]),
  ];
  if (missing.length) throw refuseFields(missing);
}

/** Registering, changing and finding persons; every method checks the caller's permission. */
export class PersonService {
  constructor(private readonly ctx: RequestContext) {}

  async get(id: string): Promise<Person> {
    authorize(this.ctx.identity, 'person:read', 'read persons');
    assertUuid(id, 'id');
    const person = await this.ctx.em.findOne(Person, { id });
    if (!person) throw notFound('Person', id);
    return person;
  }

  /** For federation references: missing persons resolve to null instead of failing the query. */
  /** `nameOnly`: for the name-only view of a referenced client (`person:read-name`). */
  async findByIds(ids: readonly string[], nameOnly = false): Promise<(Person | null)[]> {
    authorize(this.ctx.identity, nameOnly ? 'person:read-name' : 'person:read', 'read persons');
    return findInKeyOrder(this.ctx.em, Person, ids);
  }

  /**
   * Persons whose words all match (name, reference, email, or a date of birth), or whose name is
   * close to the search text (pg_trgm word similarity, so typos still find them).
   */
  async search({ search, first, after, kind }: PersonSearch): Promise<Connection<Person>> {
    authorize(this.ctx.identity, 'person:read', 'read persons');
    const words = (search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5);
    const exact: FilterQuery<Person> = {
      $and: searchTerms(search).map((term, i) => {
        const date = asDate(words[i]!);
        // `search_text` holds the four columns lowered; ILIKE lowers both sides the same way.
        return {
          $or: [
            { searchText: { $like: raw('lower(?)', [term]) } },
            ...(date ? [{ dateOfBirth: date }] : []),
          ],
        };
      }),
    };
    const similar = await this.similarNames(search, 'word');
    const where: FilterQuery<Person> = {
      $and: [
        similar.length ? { $or: [exact, { id: { $in: similar } }] } : exact,
        kind ? { kind } : {},
      ],
    };
    return paginate(
      this.ctx.em,
      Person,
      where,
      { familyName: 'asc', givenName: 'asc', id: 'asc' },
      { first, after },
    );
  }

  /**
   * Ids of persons whose full name is similar to `text`, best first. Both filters are pg_trgm
   * operators the trigram index (person_name_trgm_idx) serves: `<%` (word similarity, for search,
   * from WORD_MATCH) and `%` (whole-name similarity, for duplicates), narrowed to `threshold`.
   */
  private async similarNames(
    text: string | null | undefined,
    how: 'word' | 'whole',
    threshold = 0,
  ): Promise<string[]> {
    const value = text?.trim().toLowerCase();
    if (!value || value.length < 3 || asDate(value)) return [];
    const name = `lower(given_name || ' ' || family_name)`;
    const sql =
      how === 'word'
        ? `select id from ${this.table()} where $1 operator(public.<%) ${name}
             order by public.word_similarity($1, ${name}) desc limit 200`
        : `select id from ${this.table()} where ${name} operator(public.%) $1
             and public.similarity(${name}, $1) >= $2
             order by public.similarity(${name}, $1) desc limit 200`;
    const sqlOn = sqlExecutor(this.ctx.em);
    // The operator's threshold is a setting; `set_config(..., true)` keeps it to this transaction.
    const { rows } = await withTransaction(this.ctx.em, async () => {
      await sqlOn.executeSql(`select set_config('pg_trgm.word_similarity_threshold', $1, true)`, [
        String(WORD_MATCH),
      ]);
      return sqlOn.executeSql(sql, how === 'word' ? [value] : [value, threshold]);
    });
    return rows.map((r) => r.id as string);
  }

  private table(): string {
    return `"${this.ctx.em.config.get('schema') ?? 'cases'}"."person"`;
  }

  /**
   * Registered persons and prospects who may be the one being registered: a similar name, and
   * the same date of birth when both are known. Shown as a warning; registering is not refused.
   */
  async possibleDuplicates(input: {
    givenName: string;
    familyName: string;
    dateOfBirth?: string | null;
  }): Promise<Person[]> {
    authorize(this.ctx.identity, 'person:read', 'read persons');
    const ids = await this.similarNames(
      `${input.givenName} ${input.familyName}`,
      'whole',
      DUPLICATE,
    );
    if (!ids.length) return [];
    const found = await this.ctx.em.find(Person, {
      id: { $in: ids },
      ...(input.dateOfBirth
        ? { $or: [{ dateOfBirth: input.dateOfBirth }, { dateOfBirth: null }] }
        : {}),
    });
    return ids.flatMap((id) => found.filter((p) => p.id === id)).slice(0, 10);
  }

  /** A prospect person with minimal details (R4.5). */
  async registerProspect(input: RegisterProspectPersonInput): Promise<Person> {
    authorize(this.ctx.identity, 'person:write', 'register persons');
    checkDateOfBirth(input.dateOfBirth);
    const person = this.create({ ...input, kind: PersonKind.PROSPECT });
    await this.ctx.em.flush();
    return person;
  }

  /** Creates (not yet flushed) a person or prospect with its audit entry, for callers that register inside a larger change. */
  create(input: RegisterPersonInput & { kind?: PersonKind }): Person {
    authorize(this.ctx.identity, 'person:write', 'register persons');
    checkDateOfBirth(input.dateOfBirth);
    const person = this.ctx.em.create(Person, {
      kind: input.kind ?? PersonKind.PERSON,
      reference: newReference('P'),
      givenName: input.givenName.trim(),
      familyName: input.familyName.trim(),
      dateOfBirth: input.dateOfBirth ?? null,
      address: input.address ? Object.assign(new Address(), input.address) : null,
      phone: input.phone ?? null,
      email: input.email?.toLowerCase() ?? null,
      preferredCommunicationMethod: input.preferredCommunicationMethod ?? null,
    });
    audit(this.ctx, {
      subjectId: person.id,
      entityType: 'Person',
      entityId: person.id,
      action: 'CREATED',
      after: snapshot(person, AUDITED),
    });
    return person;
  }

  /** Completes a prospect's details and makes it a person (R4.5): date of birth and address are required. */
  async convertProspect(id: string, input: UpdatePersonInput): Promise<Person> {
    authorize(this.ctx.identity, 'person:write', 'change persons');
    const person = await this.get(id);
    if (person.kind !== PersonKind.PROSPECT)
      throw refuse('ALREADY_REGISTERED_PERSON', { field: 'id', params: { name: person.name } });
    requireFullDetails(
      input.dateOfBirth === undefined ? person.dateOfBirth : input.dateOfBirth,
      input.address === undefined ? person.address : input.address,
    );
    return this.update(id, input, PersonKind.PERSON);
  }

  /** A person with full details (R4.5); `registerProspectPerson` takes minimal ones. */
  async register(input: RegisterPersonInput): Promise<Person> {
    authorize(this.ctx.identity, 'person:write', 'register persons');
    checkDateOfBirth(input.dateOfBirth);
    requireFullDetails(input.dateOfBirth, input.address);
    const person = this.create(input);
    await this.ctx.em.flush();
    this.ctx.logger.info({ personId: person.id }, 'person registered');
    return person;
  }

  async update(id: string, input: UpdatePersonInput, kind?: PersonKind): Promise<Person> {
    authorize(this.ctx.identity, 'person:write', 'change persons');
    const person = await this.get(id);
    checkDateOfBirth(input.dateOfBirth);
    const before = snapshot(person, AUDITED);
    if (kind) person.kind = kind;
    const { version, address, email, givenName, familyName, ...rest } = input;
    if (givenName !== undefined) person.givenName = givenName.trim();
    if (familyName !== undefined) person.familyName = familyName.trim();
    if (email !== undefined) person.email = email?.toLowerCase() ?? null;
    if (address !== undefined)
      person.address = address ? Object.assign(new Address(), address) : null;
    for (const [key, value] of Object.entries(rest)) {
      if (value !== undefined) Object.assign(person, { [key]: value });
    }
    audit(this.ctx, {
      subjectId: person.id,
      entityType: 'Person',
      entityId: person.id,
      action: kind ? 'CONVERTED_TO_PERSON' : 'UPDATED',
      before,
      after: snapshot(person, AUDITED),
    });
    await flushVersioned(this.ctx.em, person, 'Person', version);
    return person;
  }
}

function checkDateOfBirth(value: string | null | undefined): void {
  if (value && value > new Date().toISOString().slice(0, 10)) {
    throw refuse('DATE_IN_FUTURE', {
      field: 'input.dateOfBirth',
      params: { property: 'dateOfBirth' },
    });
  }
}
