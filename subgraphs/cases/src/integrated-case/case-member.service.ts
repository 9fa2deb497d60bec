import {
  assertUuid,
  audit,
  authorize,
  flushVersioned,
  notFound,
  refuse,
  type RequestContext,
  snapshot,
} from '@casework/kit';
import { recordCaseHistory } from './case-history.js';
import { CaseMember } from './case-member.entity.js';
import { addCaseMember, checkCaseMembers, MEMBER_AUDITED, membersOfCases } from './case-members.js';
import { CaseEvent, MemberRole } from './case-status.js';
import { type CaseMemberInput, type UpdateCaseMemberInput } from './integrated-case.input.js';
import { IntegratedCaseService } from './integrated-case.service.js';

/** The members of an integrated case (R4.3): adding them to an open case, roles and end dates. */
export class CaseMemberService {
  constructor(private readonly ctx: RequestContext) {}

  async addMember(caseId: string, input: CaseMemberInput): Promise<CaseMember> {
    authorize(this.ctx.identity, 'case:write', 'change cases');
    const integratedCase = await new IntegratedCaseService(this.ctx).getOpen(
      caseId,
      'add members to',
    );
    const [current = []] = await membersOfCases(this.ctx.em, [caseId]);
    const existing = current.map((m) => m.person.id);
    const [checked] = await checkCaseMembers(
      this.ctx.em,
      [input],
      integratedCase.startDate,
      null,
      existing,
    );
    if (!checked) throw new Error('checkCaseMembers returns one entry per input');
    const member = addCaseMember(
      this.ctx,
      integratedCase,
      checked.person,
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
    recordCaseHistory(this.ctx, member.integratedCase, CaseEvent.MEMBER_CHANGED, {
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

  membersOf(caseIds: readonly string[]): Promise<CaseMember[][]> {
    return membersOfCases(this.ctx.em, caseIds);
  }
}
