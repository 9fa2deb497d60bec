import {
  audit,
  snapshot,
  assertUuid,
  authorize,
  type Connection,
  flushVersioned,
  groupByKeys,
  newReference,
  notFound,
  refuse,
  paginate,
  type RequestContext,
} from '@casework/kit';
import { type FilterQuery } from '@mikro-orm/core';
import { CaseReason, CaseReasonKind } from '../configuration/case-reason.entity.js';
import { CaseType } from '../configuration/case-type.entity.js';
import { ConfigurationService } from '../configuration/configuration.service.js';
import { ACTIVE_PRODUCT_DELIVERY, ACTIVE_SERVICE_DELIVERY } from '../delivery/delivery-status.js';
import { ProductDeliveryCase } from '../delivery/product-delivery.entity.js';
import { ServiceDelivery } from '../delivery/service-delivery.entity.js';
import { Person, PersonKind } from '../person/person.entity.js';
import { PersonService, requireFullDetails } from '../person/person.service.js';
import { today } from '../shared/dates.js';
import { CaseHistoryEntry } from './case-history.entity.js';
import { CaseMember } from './case-member.entity.js';
import { CaseEvent, CaseOrigin, CaseStatus, MemberRole } from './case-status.js';
import { IntegratedCase } from './integrated-case.entity.js';
import {
  type CaseMemberInput,
  type CloseCaseInput,
  type CreateIntegratedCaseInput,
  type ReopenCaseInput,
  type UpdateCaseMemberInput,
} from './integrated-case.input.js';

const AUDITED: (keyof IntegratedCase & string)[] = [
  'status',
  'closureReason',
  'closedOn',
  'outcome',
];
const MEMBER_AUDITED: (keyof CaseMember & string)[] = ['person', 'role', 'startDate', 'endDate'];

export interface CaseFilter {
  personId?: string | null;
  status?: CaseStatus | null;
  mine?: boolean | null;
}

/** Integrated cases (R4): creation by hand or by intake, members, closing and reopening. */
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
    const members = await this.checkMembers(input.members, startDate, input.primaryClientId);
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
      this.newMember(integratedCase, person, m.role, m.startDate ?? startDate, m.endDate ?? null),
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
    audit(this.ctx, {
      subjectId: integratedCase.id,
      entityType: 'IntegratedCase',
      entityId: integratedCase.id,
      action: 'CREATED',
      after: snapshot(integratedCase, AUDITED),
    });
    return integratedCase;
  }

  newMember(
    integratedCase: IntegratedCase,
    person: Person,
    role: MemberRole,
    startDate: string,
    endDate: string | null,
  ): CaseMember {
    const member = this.ctx.em.create(CaseMember, {
      integratedCase,
      person,
      role,
      startDate,
      endDate,
    });
    this.history(integratedCase, CaseEvent.MEMBER_ADDED, {
      detail: `${person.name} (${role})`,
    });
    audit(this.ctx, {
      subjectId: integratedCase.id,
      entityType: 'CaseMember',
      entityId: member.id,
      action: 'CREATED',
      after: snapshot(member, MEMBER_AUDITED),
    });
    return member;
  }

  /** Members exist, are not the primary client or listed twice, and their dates fit the case. */
  private async checkMembers(
    members: CaseMemberInput[],
    caseStart: string,
    primaryClientId?: string | null,
    existing: string[] = [],
  ): Promise<{ input: CaseMemberInput; person: Person }[]> {
    const seen = new Set(existing);
    if (primaryClientId) seen.add(primaryClientId);
    const persons = await this.ctx.em.find(Person, {
      id: { $in: members.map((m) => m.personId) },
    });
    return members.map((m, i) => {
      const field = `input.members.${i}`;
      const person = persons.find((p) => p.id === m.personId);
      if (!person) throw notFound('Person', m.personId);
      if (seen.has(m.personId))
        throw refuse('ALREADY_MEMBER', {
          field: `${field}.personId`,
          params: { name: person.name },
        });
      seen.add(m.personId);
      if (m.role === MemberRole.PRIMARY_CLIENT)
        throw refuse('ONE_PRIMARY_CLIENT', { field: `${field}.role` });
      const start = m.startDate ?? caseStart;
      if (start < caseStart)
        throw refuse('DATE_BEFORE_CASE_START', {
          field: `${field}.startDate`,
          params: { property: 'startDate', date: start, caseStart },
        });
      if (m.endDate && m.endDate < caseStart)
        throw refuse('DATE_BEFORE_CASE_START', {
          field: `${field}.endDate`,
          params: { property: 'endDate', date: m.endDate, caseStart },
        });
      if (m.endDate && m.endDate < start)
        throw refuse('DATE_BEFORE_MEMBER_START', {
          field: `${field}.endDate`,
          params: { property: 'endDate', date: m.endDate, memberStart: start },
        });
      return { input: m, person };
    });
  }

  async addMember(caseId: string, input: CaseMemberInput): Promise<CaseMember> {
    authorize(this.ctx.identity, 'case:write', 'change cases');
    const integratedCase = await this.getOpen(caseId, 'add members to');
    const existing = (await this.membersOf([caseId]))[0]!.map((m) => m.person.id);
    const [checked] = await this.checkMembers([input], integratedCase.startDate, null, existing);
    const member = this.newMember(
      integratedCase,
      checked!.person,
      input.role,
      input.startDate ?? integratedCase.startDate,
      input.endDate ?? null,
    );
    await this.ctx.em.flush();
    return member;
  }

  async updateMember(memberId: string, input: UpdateCaseMemberInput): Promise<CaseMember> {
    authorize(this.ctx.identity, 'case:write', 'change cases');
    assertUuid(memberId, 'id');
    const member = await this.ctx.em.findOne(
      CaseMember,
      { id: memberId },
      { populate: ['integratedCase', 'person'] },
    );
    if (!member) throw notFound('CaseMember', memberId);
    const before = snapshot(member, MEMBER_AUDITED);
    if (input.role) {
      if (
        (input.role === MemberRole.PRIMARY_CLIENT) !==
        (member.role === MemberRole.PRIMARY_CLIENT)
      )
        throw refuse('PRIMARY_CLIENT_FIXED', { field: 'input.role' });
      member.role = input.role;
    }
    if (input.endDate !== undefined) {
      const start = member.integratedCase.startDate;
      if (input.endDate && input.endDate < member.startDate)
        throw refuse('MEMBER_END_BEFORE_START', {
          field: 'input.endDate',
          params: { date: input.endDate, memberStart: member.startDate, caseStart: start },
        });
      member.endDate = input.endDate;
    }
    this.history(member.integratedCase, CaseEvent.MEMBER_CHANGED, {
      detail: `${member.person.name} (${member.role}${member.endDate ? ` until ${member.endDate}` : ''})`,
    });
    audit(this.ctx, {
      subjectId: member.integratedCase.id,
      entityType: 'CaseMember',
      entityId: member.id,
      action: 'UPDATED',
      before,
      after: snapshot(member, MEMBER_AUDITED),
    });
    await flushVersioned(this.ctx.em, member, 'CaseMember', input.version);
    return member;
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

  private async reason(id: string, kind: CaseReasonKind): Promise<CaseReason> {
    const reason = await this.ctx.em.findOne(CaseReason, { id });
    if (!reason) throw notFound('CaseReason', id);
    if (reason.kind !== kind || !reason.active)
      throw refuse('REASON_NOT_AVAILABLE', {
        field: 'input.reasonId',
        params: {
          name: reason.name,
          kind: kind === CaseReasonKind.CLOSURE ? 'closure' : 'reopening',
        },
      });
    return reason;
  }

  /** What still runs in a case: active or suspended product deliveries, planned or active services. */
  async activeDeliveries(caseId: string): Promise<string[]> {
    const [products, services] = await Promise.all([
      this.ctx.em.find(ProductDeliveryCase, {
        integratedCase: caseId,
        status: { $in: ACTIVE_PRODUCT_DELIVERY },
      }),
      this.ctx.em.find(ServiceDelivery, {
        integratedCase: caseId,
        status: { $in: ACTIVE_SERVICE_DELIVERY },
      }),
    ]);
    return [
      ...products.map((p) => `product delivery ${p.product} (${p.reference}, ${p.status})`),
      ...services.map((s) => `service delivery ${s.service} (${s.status})`),
    ];
  }

  /** R4.7: closes with a configured reason, date and outcome; refused while deliveries run unless the agency allows it. */
  async close(id: string, input: CloseCaseInput): Promise<IntegratedCase> {
    authorize(this.ctx.identity, 'case:write', 'close cases');
    const integratedCase = await this.get(id);
    if (integratedCase.status === CaseStatus.CLOSED)
      throw refuse('CASE_ALREADY_CLOSED', {
        field: 'id',
        params: { reference: integratedCase.reference },
        extensions: { status: integratedCase.status },
      });
    const reason = await this.reason(input.reasonId, CaseReasonKind.CLOSURE);
    if (input.closedOn < integratedCase.startDate)
      throw refuse('DATE_BEFORE_CASE_START', {
        field: 'input.closedOn',
        params: { property: 'closedOn', date: input.closedOn, caseStart: integratedCase.startDate },
      });
    if (input.closedOn > today())
      throw refuse('DATE_IN_FUTURE', { field: 'input.closedOn', params: { property: 'closedOn' } });
    const settings = await new ConfigurationService(this.ctx).settings();
    if (!settings.allowClosingWithActiveDeliveries) {
      const active = await this.activeDeliveries(id);
      if (active.length)
        throw refuse('ACTIVE_DELIVERIES', {
          field: 'id',
          params: { reference: integratedCase.reference, active: active.join('; ') },
          extensions: { rule: 'R4.7', active },
        });
    }
    const before = snapshot(integratedCase, AUDITED);
    Object.assign(integratedCase, {
      status: CaseStatus.CLOSED,
      closureReason: reason,
      closedOn: input.closedOn,
      outcome: input.outcome.trim(),
    });
    this.history(integratedCase, CaseEvent.CLOSED, {
      reason: reason.name,
      detail: input.outcome.trim(),
    });
    this.auditCase(integratedCase, 'CLOSED', before);
    await flushVersioned(this.ctx.em, integratedCase, 'IntegratedCase', input.version);
    return integratedCase;
  }

  /** R4.7: a closed case opens again (status OPEN) with a configured reason. */
  async reopen(id: string, input: ReopenCaseInput): Promise<IntegratedCase> {
    authorize(this.ctx.identity, 'case:write', 'reopen cases');
    const integratedCase = await this.get(id);
    if (integratedCase.status === CaseStatus.OPEN)
      throw refuse('CASE_NOT_CLOSED', {
        field: 'id',
        params: { reference: integratedCase.reference },
        extensions: { status: integratedCase.status },
      });
    const reason = await this.reason(input.reasonId, CaseReasonKind.REOPENING);
    const before = snapshot(integratedCase, AUDITED);
    integratedCase.status = CaseStatus.OPEN;
    this.history(integratedCase, CaseEvent.REOPENED, {
      reason: reason.name,
      detail: input.comment?.trim() || null,
    });
    this.auditCase(integratedCase, 'REOPENED', before);
    await flushVersioned(this.ctx.em, integratedCase, 'IntegratedCase', input.version);
    return integratedCase;
  }

  private auditCase(
    integratedCase: IntegratedCase,
    action: string,
    before: Record<string, string | null>,
  ): void {
    audit(this.ctx, {
      subjectId: integratedCase.id,
      entityType: 'IntegratedCase',
      entityId: integratedCase.id,
      action,
      before,
      after: snapshot(integratedCase, AUDITED),
    });
  }

  /** Adds a step to the case's timeline (flushed with the change it describes). */
  history(
    integratedCase: IntegratedCase,
    event: CaseEvent,
    { reason, detail }: { reason?: string | null; detail?: string | null } = {},
  ): void {
    this.ctx.em.create(CaseHistoryEntry, {
      integratedCase,
      event,
      by: this.ctx.identity.name,
      reason: reason ?? null,
      detail: detail ?? null,
    });
  }

  async historyOf(caseIds: readonly string[]): Promise<CaseHistoryEntry[][]> {
    const rows = await this.ctx.em.find(
      CaseHistoryEntry,
      { integratedCase: { $in: [...caseIds] } },
      { orderBy: { at: 'desc', createdAt: 'desc' } },
    );
    return groupByKeys(caseIds, rows, (r) => r.integratedCase.id);
  }

  async membersOf(caseIds: readonly string[]): Promise<CaseMember[][]> {
    const rows = await this.ctx.em.find(
      CaseMember,
      { integratedCase: { $in: [...caseIds] } },
      { populate: ['person'], orderBy: { startDate: 'asc', createdAt: 'asc' } },
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
    const members = await this.membersOf(candidates.map((c) => c.id));
    return candidates.filter((_c, i) => {
      const current = members[i]!.filter((m) => !m.endDate || m.endDate >= today())
        .map((m) => m.person.id)
        .sort();
      return current.length === wanted.length && current.every((id, j) => id === wanted[j]);
    });
  }
}
