import { audit, type RequestContext, snapshot } from '@casework/kit';
import { CaseHistoryEntry } from './case-history.entity.js';
import { type CaseEvent } from './case-status.js';
import { type IntegratedCase } from './integrated-case.entity.js';

/** The case fields the audit trail keeps before and after a change. */
export const CASE_AUDITED: (keyof IntegratedCase & string)[] = [
  'status',
  'closureReason',
  'closedOn',
  'outcome',
];

/** Adds a step to the case's timeline (flushed with the change it describes). */
export function recordCaseHistory(
  ctx: RequestContext,
  integratedCase: IntegratedCase,
  event: CaseEvent,
  { reason, detail }: { reason?: string | null; detail?: string | null } = {},
): void {
  ctx.em.create(CaseHistoryEntry, {
    integratedCase,
    event,
    by: ctx.identity.name,
    reason: reason ?? null,
    detail: detail ?? null,
  });
}

/** An audit entry for the case itself; `before` is absent when the case is new. */
export function auditCase(
  ctx: RequestContext,
  integratedCase: IntegratedCase,
  action: string,
  before?: Record<string, string | null>,
): void {
  audit(ctx, {
    subjectId: integratedCase.id,
    entityType: 'IntegratedCase',
    entityId: integratedCase.id,
    action,
    before,
    after: snapshot(integratedCase, CASE_AUDITED),
  });
}
