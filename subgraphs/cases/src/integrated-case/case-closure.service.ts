import {
  authorize,
  flushVersioned,
  notFound,
  refuse,
  type RequestContext,
  snapshot,
} from '@casework/kit';
import { CaseReason, CaseReasonKind } from '../configuration/case-reason.entity.js';
import { ConfigurationService } from '../configuration/configuration.service.js';
import { ACTIVE_PRODUCT_DELIVERY, ACTIVE_SERVICE_DELIVERY } from '../delivery/delivery-status.js';
import { ProductDeliveryCase } from '../delivery/product-delivery.entity.js';
import { ServiceDelivery } from '../delivery/service-delivery.entity.js';
import { today } from '../shared/dates.js';
import { auditCase, CASE_AUDITED, recordCaseHistory } from './case-history.js';
import { CaseEvent, CaseStatus } from './case-status.js';
import { type IntegratedCase } from './integrated-case.entity.js';
import { type CloseCaseInput, type ReopenCaseInput } from './integrated-case.input.js';
import { IntegratedCaseService } from './integrated-case.service.js';

/** Closing and reopening integrated cases (R4.7) with configured reasons. */
export class CaseClosureService {
  constructor(private readonly ctx: RequestContext) {}

  private get(id: string): Promise<IntegratedCase> {
    return new IntegratedCaseService(this.ctx).get(id);
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
    const before = snapshot(integratedCase, CASE_AUDITED);
    Object.assign(integratedCase, {
      status: CaseStatus.CLOSED,
      closureReason: reason,
      closedOn: input.closedOn,
      outcome: input.outcome.trim(),
    });
    recordCaseHistory(this.ctx, integratedCase, CaseEvent.CLOSED, {
      reason: reason.name,
      detail: input.outcome.trim(),
    });
    auditCase(this.ctx, integratedCase, 'CLOSED', before);
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
    const before = snapshot(integratedCase, CASE_AUDITED);
    integratedCase.status = CaseStatus.OPEN;
    recordCaseHistory(this.ctx, integratedCase, CaseEvent.REOPENED, {
      reason: reason.name,
      detail: input.comment?.trim() || null,
    });
    auditCase(this.ctx, integratedCase, 'REOPENED', before);
    await flushVersioned(this.ctx.em, integratedCase, 'IntegratedCase', input.version);
    return integratedCase;
  }
}
