import {
  audit,
  assertUuid,
  authorize,
  flushVersioned,
  groupByKeys,
  newReference,
  notFound,
  refuse,
  type RequestContext,
  withTransaction,
} from '@casework/kit';
import {
  INTEGRATION_EVENTS_QUEUE,
  REFERRAL_MADE_QUEUE,
  type ReferralMadeIntegrationEvent,
  type ReferralMadeV1,
} from '@casework/contracts';
import { randomUUID } from 'node:crypto';
import { type EntityName } from '@mikro-orm/core';
import { type Programme } from '../configuration/programme.entity.js';
import { CaseEvent } from '../integrated-case/case-status.js';
import { type IntegratedCase } from '../integrated-case/integrated-case.entity.js';
import { IntegratedCaseService } from '../integrated-case/integrated-case.service.js';
import { today } from '../shared/dates.js';
import { ProductDeliveryCase } from './product-delivery.entity.js';
import { Referral } from './referral.entity.js';
import { ServiceDelivery } from './service-delivery.entity.js';
import {
  type ProductDeliveryInput,
  type ReferralInput,
  type ReferralLettersInput,
  type ServiceDeliveryInput,
} from './delivery.input.js';

type Delivery = ProductDeliveryCase | ServiceDelivery | Referral;

function checkPeriod(from: string, to: string | null | undefined): void {
  if (to && to < from)
    throw refuse('PERIOD_ENDS_BEFORE_START', {
      field: 'input.periodTo',
      params: { endField: 'periodTo', end: to, startField: 'periodFrom', start: from },
    });
}

/** What an integrated case holds (R4.3, R4.4): product deliveries, service deliveries, referrals. */
export class DeliveryService {
  private readonly cases: IntegratedCaseService;

  constructor(private readonly ctx: RequestContext) {
    this.cases = new IntegratedCaseService(ctx);
  }

  /** A product delivery case in an open case (not yet flushed); intake calls this on approval (R4.3). */
  newProductDelivery(
    integratedCase: IntegratedCase,
    input: ProductDeliveryInput,
    origin: { programme?: Programme; applicationId?: string } = {},
  ): ProductDeliveryCase {
    checkPeriod(input.periodFrom, input.periodTo);
    const delivery = this.ctx.em.create(ProductDeliveryCase, {
      reference: newReference('PD'),
      integratedCase,
      product: input.product.trim(),
      programme: origin.programme ?? null,
      applicationId: origin.applicationId ?? null,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo ?? null,
    });
    this.cases.history(integratedCase, CaseEvent.PRODUCT_DELIVERY_ADDED, {
      detail: `${delivery.product} (${delivery.reference})`,
    });
    this.auditCreated(integratedCase, 'ProductDeliveryCase', delivery.id, {
      product: delivery.product,
      status: delivery.status,
    });
    return delivery;
  }

  async addProductDelivery(caseId: string, input: ProductDeliveryInput) {
    authorize(this.ctx.identity, 'case:write', 'change cases');
    const integratedCase = await this.cases.getOpen(caseId, 'add product deliveries to');
    const delivery = this.newProductDelivery(integratedCase, input);
    await this.ctx.em.flush();
    return delivery;
  }

  async addServiceDelivery(caseId: string, input: ServiceDeliveryInput) {
    authorize(this.ctx.identity, 'case:write', 'change cases');
    const integratedCase = await this.cases.getOpen(caseId, 'add services to');
    checkPeriod(input.periodFrom, input.periodTo);
    await this.checkProvider(input.providerId);
    const delivery = this.ctx.em.create(ServiceDelivery, {
      integratedCase,
      service: input.service.trim(),
      providerId: input.providerId ?? null,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo ?? null,
    });
    this.cases.history(integratedCase, CaseEvent.SERVICE_DELIVERY_ADDED, {
      detail: delivery.service,
    });
    this.auditCreated(integratedCase, 'ServiceDelivery', delivery.id, {
      service: delivery.service,
      status: delivery.status,
    });
    await this.ctx.em.flush();
    return delivery;
  }

  /** The provider must exist in the providers subgraph (issue 14 item 11). */
  private async checkProvider(providerId: string | null | undefined): Promise<void> {
    await this.ctx.references?.assertExist([
      providerId ? { type: 'Provider', id: providerId, field: 'input.providerId' } : null,
    ]);
  }

  /**
   * A referral to a provider names a service from the catalogue that this provider offers
   * (R2.1, R4.4); the providers subgraph, which owns the offers, answers (never copied here).
   */
  private async checkServiceOffered(input: ReferralInput): Promise<void> {
    if (input.serviceId && !input.providerId)
      throw refuse('REQUIRED', { field: 'input.providerId', params: { property: 'providerId' } });
    if (!input.providerId) return;
    if (!input.serviceId)
      throw refuse('REQUIRED', { field: 'input.serviceId', params: { property: 'serviceId' } });
    await this.ctx.references?.assertExist([
      {
        type: 'OfferedService',
        id: input.serviceId,
        within: input.providerId,
        field: 'input.serviceId',
        reason: 'SERVICE_NOT_OFFERED_BY_PROVIDER',
      },
    ]);
  }

  async addReferral(caseId: string, input: ReferralInput) {
    authorize(this.ctx.identity, 'case:write', 'change cases');
    const integratedCase = await this.cases.getOpen(caseId, 'add referrals to');
    await this.checkProvider(input.providerId);
    await this.checkServiceOffered(input);
    const referral = this.ctx.em.create(Referral, {
      integratedCase,
      service: input.service.trim(),
      serviceId: input.serviceId ?? null,
      providerId: input.providerId ?? null,
      referredOn: input.referredOn ?? today(),
      notes: input.notes?.trim() || null,
    });
    this.cases.history(integratedCase, CaseEvent.REFERRAL_ADDED, { detail: referral.service });
    this.auditCreated(integratedCase, 'Referral', referral.id, {
      service: referral.service,
      serviceId: referral.serviceId ?? null,
      status: referral.status,
    });
    const letters = input.letters;
    // The letters' job and the webhook event commit or roll back with the referral (R2.1).
    await withTransaction(this.ctx.em, async () => {
      await this.ctx.em.flush();
      if (letters) await this.requestLetters(integratedCase, referral, letters);
      await this.announceReferral(integratedCase, referral);
    });
    return referral;
  }

  /**
   * For the agency's other systems' webhooks (issue 17): every referral to a provider, with or
   * without letters; ids and facts, no client details. The referral's id is the event id.
   */
  private async announceReferral(
    integratedCase: IntegratedCase,
    referral: Referral,
  ): Promise<void> {
    if (!referral.providerId) return;
    if (!this.ctx.jobs) throw new Error('the cases subgraph runs without its job queue');
    const integration: ReferralMadeIntegrationEvent = {
      version: 1,
      eventId: referral.id,
      occurredAt: new Date().toISOString(),
      type: 'REFERRAL_MADE',
      data: {
        referralId: referral.id,
        integratedCaseId: integratedCase.id,
        providerId: referral.providerId,
        referredOn: referral.referredOn,
      },
    };
    await this.ctx.jobs.enqueue(this.ctx.em, INTEGRATION_EVENTS_QUEUE, integration, {
      id: referral.id,
    });
  }

  /**
   * R2.1: asks the communications subgraph for the notification letters, queued in the
   * referral's transaction (job id = event id) with the facts it needs about the client.
   */
  private async requestLetters(
    integratedCase: IntegratedCase,
    referral: Referral,
    letters: ReferralLettersInput,
  ): Promise<void> {
    if (!referral.providerId) {
      throw refuse('REQUIRED', { field: 'input.providerId', params: { property: 'providerId' } });
    }
    if (!this.ctx.jobs) throw new Error('the cases subgraph runs without its job queue');
    const client = integratedCase.primaryClient;
    const { identity } = this.ctx;
    const event: ReferralMadeV1 = {
      version: 1,
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      referralId: referral.id,
      integratedCaseId: integratedCase.id,
      caseReference: integratedCase.reference,
      serviceName: referral.service,
      referredOn: referral.referredOn,
      delivery: letters.delivery,
      caseworker: { id: identity.id, name: identity.name, email: identity.email || null },
      client: {
        personId: client.id,
        name: `${client.givenName} ${client.familyName}`,
        email: client.email ?? null,
        address: client.address
          ? {
              line1: client.address.line1,
              line2: client.address.line2 ?? null,
              postalCode: client.address.postalCode,
              city: client.address.city,
              country: client.address.country,
            }
          : null,
        preferredCommunicationMethod: client.preferredCommunicationMethod ?? null,
        text: letters.clientText,
      },
      provider: { providerId: referral.providerId, text: letters.providerText },
    };
    await this.ctx.jobs.enqueue(this.ctx.em, REFERRAL_MADE_QUEUE, event, { id: event.eventId });
  }

  /** Changes the status of a delivery or referral, audited on its case (R6.3). */
  async setStatus<T extends Delivery>(
    entity: EntityName<T>,
    what: string,
    id: string,
    input: { version: number; status: T['status'] },
  ): Promise<T> {
    authorize(this.ctx.identity, 'case:write', 'change cases');
    assertUuid(id, 'id');
    const found = (await this.ctx.em.findOne(entity, { id } as never)) as T | null;
    if (!found) throw notFound(what, id);
    const before = found.status;
    found.status = input.status;
    audit(this.ctx, {
      subjectId: found.integratedCase.id,
      entityType: what,
      entityId: found.id,
      action: 'UPDATED',
      before: { status: before },
      after: { status: found.status },
    });
    await flushVersioned(this.ctx.em, found, what, input.version);
    return found;
  }

  private auditCreated(
    integratedCase: IntegratedCase,
    entityType: string,
    entityId: string,
    after: Record<string, string | null>,
  ): void {
    audit(this.ctx, {
      subjectId: integratedCase.id,
      entityType,
      entityId,
      action: 'CREATED',
      after,
    });
  }

  async ofCases<T extends Delivery>(entity: EntityName<T>, caseIds: readonly string[]) {
    const rows = (await this.ctx.em.find(
      entity,
      { integratedCase: { $in: [...caseIds] } } as never,
      { orderBy: { createdAt: 'asc' } as never },
    )) as T[];
    return groupByKeys(caseIds, rows, (r) => r.integratedCase.id);
  }
}
