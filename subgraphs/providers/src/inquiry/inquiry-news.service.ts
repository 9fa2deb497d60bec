import { authorize, type RequestContext, withTransaction } from '@casework/kit';
import { type FilterQuery } from '@mikro-orm/core';
import { Inquiry } from './inquiry.entity.js';
import { InquiryLook } from './inquiry-look.entity.js';
import { InquiryStatus } from './inquiry-status.js';

export interface InquiryNews {
  lookedAt: Date | null;
  answeredCount: number;
  answered: Inquiry[];
}

const ANSWERED = [InquiryStatus.ANSWERED_AVAILABLE, InquiryStatus.ANSWERED_NOT_AVAILABLE];

/**
 * "Since I last looked" (issue 16): answers to my inquiries that arrived after the time I last
 * marked them seen, kept server-side so every device and replica agrees.
 */
export class InquiryNewsService {
  constructor(private readonly ctx: RequestContext) {}

  async news(first: number): Promise<InquiryNews> {
    authorize(this.ctx.identity, 'inquiry:read', 'see inquiries');
    const { em, identity } = this.ctx;
    const look = await em.findOne(InquiryLook, { accountId: identity.id });
    const where: FilterQuery<Inquiry> = {
      createdById: identity.id,
      status: { $in: ANSWERED },
      ...(look ? { answeredAt: { $gt: look.lookedAt } } : {}),
    };
    const [answered, answeredCount] = await em.findAndCount(Inquiry, where, {
      orderBy: { answeredAt: 'desc', id: 'desc' },
      limit: Math.min(Math.max(first, 0), 20),
      populate: ['provider', 'service'],
    });
    return { lookedAt: look?.lookedAt ?? null, answeredCount, answered };
  }

  /** Marks every answer so far as seen; returns the time stored. */
  async markSeen(): Promise<Date> {
    authorize(this.ctx.identity, 'inquiry:read', 'see inquiries');
    const { em, identity } = this.ctx;
    const lookedAt = new Date();
    await withTransaction(em, async () => {
      await em.upsert(InquiryLook, { accountId: identity.id, lookedAt });
    });
    return lookedAt;
  }
}
