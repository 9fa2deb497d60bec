import { authorize, refuse, type RequestContext } from '@casework/kit';
import { Service } from './service.entity.js';
import { type CreateServiceInput } from './service.input.js';

/** The agency's service catalogue: everyone signed in reads it, agency administrators keep it. */
export class ServiceCatalogue {
  constructor(private readonly ctx: RequestContext) {}

  list(includeInactive: boolean): Promise<Service[]> {
    return this.ctx.em.find(Service, includeInactive ? {} : { active: true }, {
      orderBy: { name: 'asc' },
    });
  }

  async create(input: CreateServiceInput): Promise<Service> {
    authorize(this.ctx.identity, 'service:manage', 'change the service catalogue');
    if (await this.ctx.em.count(Service, { code: input.code })) {
      throw refuse('SERVICE_CODE_TAKEN', {
        field: 'input.code',
        params: { serviceCode: input.code },
      });
    }
    const service = this.ctx.em.create(Service, {
      code: input.code,
      name: input.name.trim(),
      description: input.description ?? null,
    });
    await this.ctx.em.flush();
    return service;
  }
}
