import {
  assertUuid,
  authorize,
  type Connection,
  groupByKeys,
  newReference,
  notFound,
  refuse,
  paginate,
  type RequestContext,
} from '@casework/kit';
import { type FilterQuery } from '@mikro-orm/core';
import { CaseType } from '../configuration/case-type.entity.js';
import { type Person, PersonKind } from '../person/person.entity.js';
import { PersonService, requireFullDetails } from '../person/person.service.js';
import { today } from '../shared/dates.js';
import { CaseHistoryEntry } from './case-history.entity.js';
import { auditCase, recordCaseHistory } from './case-history.js';
import { CaseMember } from './case-member.entity.js';
import { addCaseMember, checkCaseMembers, membersOfCases } from './case-members.js';
import { CaseEvent, CaseOrigin, CaseStatus, MemberRole } from './case-status.js';
import { IntegratedCase } from './integrated-case.entity.js';
import { type CreateIntegratedCaseInput } from './integrated-case.input.js';

export interface CaseFilter {
  personId?: string | null;
  status?: CaseStatus | null;
  mine?: boolean | null;
}

/**
 * Integrated cases (R4): reading, creation by hand or by intake, the timeline. Members are
 * changed in `case-member.service.ts`, closing and reopening in `case-closure.service.ts`.
 */
export class IntegratedCaseService {
  constructor(private readonly ctx: RequestContext) {}

  async get(id: string): Promise<IntegratedCase> {
    authorize(this.ctx.identity, 'case:read', 'read cases');
    assertUuid(id, 'id');
    const found = await this.ctx.em.findOne(
      IntegratedCase,
      { id },
      { populate: ['caseType', 'primaryClient', 'closureReason'] },
    );
    if (!found) throw notFound('IntegratedCase', id);
    return found;
  }

  async list(
    filter: CaseFilter,
    page: { first: number; after?: string | null },
  ): Promise<Connection<IntegratedCase>> {
    authorize(this.ctx.identity, 'case:read', 'read cases');
    const where: FilterQuery<IntegratedCase>[] = [];
    if (filter.personId) {
      assertUuid(filter.personId, 'personId');
      where.push({ members: { person: filter.personId } });
    }
    if (filter.status) where.push({ status: filter.status });
    if (filter.mine) where.push({ createdById: this.ctx.identity.id });
    const connection = await paginate(
      this.ctx.em,
      IntegratedCase,
      { $and: where },
      { createdAt: 'desc', id: 'desc' },
      page,
    );
    await this.ctx.em.populate(connection.nodes, ['caseType', 'primaryClient', 'closureReason']);
    return connection;
  }

  /** A standalone integrated case (R4.1): its type (R4.6), primary client, maybe registered now (R4.5), members. */
  async create(input: CreateIntegratedCaseInput): Promise<IntegratedCase> {
    authorize(this.ctx.identity, 'case:write', 'create cases');
    const { em } = this.ctx;
    if (Boolean(input.primaryClientId) === Boolean(input.newPrimaryClient)) {
      throw refuse('PRIMARY_CLIENT_CHOICE', { field: 'input.primaryClientId' });
    }
    const caseType = await em.findOne(CaseType, { id: input.caseTypeId });
    if (!caseType) throw notFound('CaseType', input.caseTypeId);
    if (!caseType.active)
      throw refuse('CASE_TYPE_INACTIVE', {
        field: 'input.caseTypeId',
        params: { name: caseType.name },
      });
    const startDate = input.startDate ?? today();
    const members = await checkCaseMembers(em, input.members, startDate, input.primaryClientId);
    const persons = new PersonService(this.ctx);
    if (input.newPrimaryClient && !input.newPrimaryClient.prospect)
      requireFullDetails(
        input.newPrimaryClient.dateOfBirth,
        input.newPrimaryClient.address,
        'input.newPrimaryClient',
      );
    const primaryClient = input.newPrimaryClient
      ? persons.create({
          ...input.newPrimaryClient,
          kind: input.newPrimaryClient.prospect ? PersonKind.PROSPECT : PersonKind.PERSON,
        })
      : await persons.get(input.primaryClientId!);
    const integratedCase = this.build(primaryClient, CaseOrigin.MANUAL, startDate, caseType);
    members.forEach(({ input: m, person }) =>
      addCaseMember(
        this.ctx,
        integratedCase,
        person,
        m.role,
        m.startDate ?? startDate,
        m.endDate ?? null,
      ),
    );
    await em.flush();
    return integratedCase;
  }

  /**
   * A new open case with its primary client and members (not yet flushed); also used by intake,
   * where the application's first client is the primary client (R4.1).
   */
  build(
    primaryClient: Person,
    origin: CaseOrigin,
    startDate: string,
    caseType: CaseType | null,
    detail?: string,
  ): IntegratedCase {
    const integratedCase = this.ctx.em.create(IntegratedCase, {
      reference: newReference('IC'),
      caseType,
      origin,
      startDate,
      primaryClient,
      createdBy: this.ctx.identity.name,
      createdById: this.ctx.identity.id,
    });
    this.ctx.em.create(CaseMember, {
      integratedCase,
      person: primaryClient,
      role: MemberRole.PRIMARY_CLIENT,
      startDate,
    });
    this.history(integratedCase, CaseEvent.CREATED, { detail });
    auditCase(this.ctx, integratedCase, 'CREATED');
    return integratedCase;
  }

  /** The case, refused when closed: nothing is added to a closed case. */
  async getOpen(id: string, what: string): Promise<IntegratedCase> {
    const integratedCase = await this.get(id);
    if (integratedCase.status !== CaseStatus.OPEN)
      throw refuse('CASE_CLOSED', {
        field: 'id',
        params: { reference: integratedCase.reference, action: what },
        extensions: { status: integratedCase.status },
      });
    return integratedCase;
  }

  /** Adds a step to the case's timeline (flushed with the change it describes). */
  history(
    integratedCase: IntegratedCase,
    event: CaseEvent,
    { reason, detail }: { reason?: string | null; detail?: string | null } = {},
  ): void {
    recordCaseHistory(this.ctx, integratedCase, event, { reason, detail });
  }

  async historyOf(caseIds: readonly string[]): Promise<CaseHistoryEntry[][]> {
    const rows = await this.ctx.em.find(
      CaseHistoryEntry,
      { integratedCase: { $in: [...caseIds] } },
      { orderBy: { at: 'desc', createdAt: 'desc' } },
    );
    return groupByKeys(caseIds, rows, (r) => r.integratedCase.id);
  }

  /** Open cases whose current members (no end date) are exactly these persons, oldest first (intake). */
  async openCasesWithExactly(personIds: string[]): Promise<IntegratedCase[]> {
    const wanted = [...new Set(personIds)].sort();
    const candidates = await this.ctx.em.find(
      IntegratedCase,
      { status: CaseStatus.OPEN, members: { person: { $in: wanted } } },
      { orderBy: { createdAt: 'asc' } },
    );
    if (!candidates.length) return [];
    const members = await membersOfCases(
      this.ctx.em,
      candidates.map((c) => c.id),
    );
    return candidates.filter((_c, i) => {
      const current = (members[i] ?? [])
        .filter((m) => !m.endDate || m.endDate >= today())
        .map((m) => m.person.id)
        .sort();
      return current.length === wanted.length && current.every((id, j) => id === wanted[j]);
    });
  }
}
