import {
  assertUuid,
  authorize,
  refuse,
  flushVersioned,
  notFound,
  type RequestContext,
} from '@casework/kit';
import { type EntityName, UniqueConstraintViolationException } from '@mikro-orm/core';
import { AGENCY_SETTINGS_ID, AgencySettings } from './agency-settings.entity.js';
import { CaseReason, type CaseReasonKind } from './case-reason.entity.js';
import { CaseType } from './case-type.entity.js';
import { meetingSettings } from './meeting-requirement.js';
import { Programme } from './programme.entity.js';
import {
  type CaseReasonInput,
  type NamedInput,
  type ProgrammeInput,
  type UpdateAgencySettingsInput,
  type UpdateNamedInput,
  type UpdateProgrammeInput,
} from './configuration.input.js';

type Configured = Programme | CaseType | CaseReason;

/** Agency configuration: programmes, case types, reasons and the intake settings. */
export class ConfigurationService {
  constructor(private readonly ctx: RequestContext) {}

  private mayConfigure(what: string): void {
    authorize(this.ctx.identity, 'case:configure', `configure ${what}`);
  }

  private mayRead(): void {
    authorize(this.ctx.identity, 'case:read', 'read the case configuration');
  }

  /** The settings row, created with its defaults on first use. */
  async settings(): Promise<AgencySettings> {
    this.mayRead();
    const found = await this.ctx.em.findOne(AgencySettings, { id: AGENCY_SETTINGS_ID });
    if (found) return found;
    const created = this.ctx.em.create(AgencySettings, { id: AGENCY_SETTINGS_ID });
    try {
      await this.ctx.em.flush();
      return created;
    } catch (error) {
      // Another request created the row first: use that one.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      this.ctx.em.clear();
      return this.ctx.em.findOneOrFail(AgencySettings, { id: AGENCY_SETTINGS_ID });
    }
  }

  async updateSettings(input: UpdateAgencySettingsInput): Promise<AgencySettings> {
    this.mayConfigure('the agency settings');
    const settings = await this.settings();
    const { version, ...changes } = input;
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined && value !== null) Object.assign(settings, { [key]: value });
    }
    await flushVersioned(this.ctx.em, settings, 'AgencySettings', version);
    return settings;
  }

  programmes(includeInactive: boolean): Promise<Programme[]> {
    this.mayRead();
    return this.ctx.em.find(Programme, includeInactive ? {} : { active: true }, {
      orderBy: { name: 'asc' },
    });
  }

  caseTypes(includeInactive: boolean): Promise<CaseType[]> {
    this.mayRead();
    return this.ctx.em.find(CaseType, includeInactive ? {} : { active: true }, {
      orderBy: { name: 'asc' },
    });
  }

  caseReasons(kind: CaseReasonKind | null | undefined, includeInactive: boolean) {
    this.mayRead();
    return this.ctx.em.find(
      CaseReason,
      { ...(kind ? { kind } : {}), ...(includeInactive ? {} : { active: true }) },
      { orderBy: { kind: 'asc', name: 'asc' } },
    );
  }

  async get<T extends Configured>(entity: EntityName<T>, what: string, id: string): Promise<T> {
    this.mayRead();
    assertUuid(id, 'id');
    const found = await this.ctx.em.findOne(entity, { id } as never);
    if (!found) throw notFound(what, id);
    return found as T;
  }

  async createProgramme(input: ProgrammeInput): Promise<Programme> {
    this.mayConfigure('programmes');
    const programme = this.ctx.em.create(Programme, {
      name: input.name.trim(),
      ...meetingSettings(input)!,
      product: input.product.trim(),
    });
    await this.saveNamed(programme, 'programme');
    return programme;
  }

  async updateProgramme(id: string, input: UpdateProgrammeInput): Promise<Programme> {
    this.mayConfigure('programmes');
    const programme = await this.get(Programme, 'Programme', id);
    // Both meeting fields are set together (R3.1), the rest generically.
    Object.assign(programme, meetingSettings(input) ?? {});
    return this.applyChanges(programme, 'programme', {
      ...input,
      meetingRequired: undefined,
      meetingRequirement: undefined,
    });
  }

  async createCaseType(input: NamedInput): Promise<CaseType> {
    this.mayConfigure('case types');
    const type = this.ctx.em.create(CaseType, { name: input.name.trim() });
    await this.saveNamed(type, 'case type');
    return type;
  }

  async updateCaseType(id: string, input: UpdateNamedInput): Promise<CaseType> {
    this.mayConfigure('case types');
    return this.applyChanges(await this.get(CaseType, 'CaseType', id), 'case type', input);
  }

  async createCaseReason(input: CaseReasonInput): Promise<CaseReason> {
    this.mayConfigure('case reasons');
    const reason = this.ctx.em.create(CaseReason, { kind: input.kind, name: input.name.trim() });
    await this.saveNamed(reason, 'reason');
    return reason;
  }

  async updateCaseReason(id: string, input: UpdateNamedInput): Promise<CaseReason> {
    this.mayConfigure('case reasons');
    return this.applyChanges(await this.get(CaseReason, 'CaseReason', id), 'reason', input);
  }

  private async applyChanges<T extends Configured>(
    entity: T,
    what: string,
    input: UpdateNamedInput | UpdateProgrammeInput,
  ): Promise<T> {
    const { version, ...changes } = input;
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === null) continue;
      Object.assign(entity, { [key]: typeof value === 'string' ? value.trim() : value });
    }
    await this.saveNamed(entity, what, version);
    return entity;
  }

  /** Flushes, turning a duplicate name into a clear input error. */
  private async saveNamed(entity: Configured, what: string, version?: number): Promise<void> {
    try {
      if (version === undefined) await this.ctx.em.flush();
      else await flushVersioned(this.ctx.em, entity, what, version);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        this.ctx.em.clear();
        throw refuse('NAME_TAKEN', { field: 'input.name', params: { what, name: entity.name } });
      }
      throw error;
    }
  }
}
