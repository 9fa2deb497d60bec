import { audit, groupByKeys, notFound, refuse, type RequestContext, snapshot } from '@casework/kit';
import { type EntityManager } from '@mikro-orm/postgresql';
import { Person } from '../person/person.entity.js';
import { recordCaseHistory } from './case-history.js';
import { CaseMember } from './case-member.entity.js';
import { CaseEvent, MemberRole } from './case-status.js';
import { type IntegratedCase } from './integrated-case.entity.js';
import { type CaseMemberInput } from './integrated-case.input.js';

/** The member fields the audit trail keeps before and after a change. */
export const MEMBER_AUDITED: (keyof CaseMember & string)[] = [
  'person',
  'role',
  'startDate',
  'endDate',
];

/** A new member of a case (not yet flushed), with its timeline step and audit entry. */
export function addCaseMember(
  ctx: RequestContext,
  integratedCase: IntegratedCase,
  person: Person,
  role: MemberRole,
  startDate: string,
  endDate: string | null,
): CaseMember {
  const member = ctx.em.create(CaseMember, { integratedCase, person, role, startDate, endDate });
  recordCaseHistory(ctx, integratedCase, CaseEvent.MEMBER_ADDED, {
    detail: `${person.name} (${role})`,
  });
  audit(ctx, {
    subjectId: integratedCase.id,
    entityType: 'CaseMember',
    entityId: member.id,
    action: 'CREATED',
    after: snapshot(member, MEMBER_AUDITED),
  });
  return member;
}

/** Members exist, are not the primary client or listed twice, and their dates fit the case. */
export async function checkCaseMembers(
  em: EntityManager,
  members: CaseMemberInput[],
  caseStart: string,
  primaryClientId?: string | null,
  existing: string[] = [],
): Promise<{ input: CaseMemberInput; person: Person }[]> {
  const seen = new Set(existing);
  if (primaryClientId) seen.add(primaryClientId);
  const persons = await em.find(Person, { id: { $in: members.map((m) => m.personId) } });
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

/** The members of each case (persons populated), in the order of `caseIds`. */
export async function membersOfCases(
  em: EntityManager,
  caseIds: readonly string[],
): Promise<CaseMember[][]> {
  const rows = await em.find(
    CaseMember,
    { integratedCase: { $in: [...caseIds] } },
    { populate: ['person'], orderBy: { startDate: 'asc', createdAt: 'asc' } },
  );
  return groupByKeys(caseIds, rows, (r) => r.integratedCase.id);
}
