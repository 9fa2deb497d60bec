import {
  Address,
  assertUuid,
  authorize,
  type Connection,
  fieldError,
  flushVersioned,
  newReference,
  notFound,
  type RequestContext,
  searchTerms,
  paginate,
  findInKeyOrder,
} from '@casework/kit';
import { type FilterQuery } from '@mikro-orm/core';
import { Person } from './person.entity.js';
import { type RegisterPersonInput, type UpdatePersonInput } from './person.input.js';

export interface PersonSearch {
  search?: string | null;
  first: number;
  after?: string | null;
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
  async findByIds(ids: readonly string[]): Promise<(Person | null)[]> {
    authorize(this.ctx.identity, 'person:read', 'read persons');
    return findInKeyOrder(this.ctx.em, Person, ids);
  }

  async search({ search, first, after }: PersonSearch): Promise<Connection<Person>> {
    authorize(this.ctx.identity, 'person:read', 'read persons');
    const where: FilterQuery<Person> = {
      $and: searchTerms(search).map((term) => ({
        $or: [
          { givenName: { $ilike: term } },
          { familyName: { $ilike: term } },
          { reference: { $ilike: term } },
          { email: { $ilike: term } },
        ],
      })),
    };
    return paginate(
      this.ctx.em,
      Person,
      where,
      { familyName: 'asc', givenName: 'asc', id: 'asc' },
      { first, after },
    );
  }

  async register(input: RegisterPersonInput): Promise<Person> {
    authorize(this.ctx.identity, 'person:write', 'register persons');
    checkDateOfBirth(input.dateOfBirth);
    const person = this.ctx.em.create(Person, {
      reference: newReference('P'),
      givenName: input.givenName.trim(),
      familyName: input.familyName.trim(),
      dateOfBirth: input.dateOfBirth ?? null,
      address: input.address ? Object.assign(new Address(), input.address) : null,
      phone: input.phone ?? null,
      email: input.email?.toLowerCase() ?? null,
      preferredCommunicationMethod: input.preferredCommunicationMethod ?? null,
    });
    await this.ctx.em.flush();
    this.ctx.logger.info({ personId: person.id }, 'person registered');
    return person;
  }

  async update(id: string, input: UpdatePersonInput): Promise<Person> {
    authorize(this.ctx.identity, 'person:write', 'change persons');
    const person = await this.get(id);
    checkDateOfBirth(input.dateOfBirth);
    const { version, address, email, givenName, familyName, ...rest } = input;
    if (givenName !== undefined) person.givenName = givenName.trim();
    if (familyName !== undefined) person.familyName = familyName.trim();
    if (email !== undefined) person.email = email?.toLowerCase() ?? null;
    if (address !== undefined)
      person.address = address ? Object.assign(new Address(), address) : null;
    for (const [key, value] of Object.entries(rest)) {
      if (value !== undefined) Object.assign(person, { [key]: value });
    }
    await flushVersioned(this.ctx.em, person, 'Person', version);
    return person;
  }
}

function checkDateOfBirth(value: string | null | undefined): void {
  if (value && value > new Date().toISOString().slice(0, 10)) {
    throw fieldError('input.dateOfBirth', 'dateOfBirth cannot be in the future');
  }
}
