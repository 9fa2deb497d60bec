import {
  audit,
  assertUuid,
  authorize,
  type Connection,
  flushVersioned,
  newReference,
  notFound,
  refuse,
  paginate,
  type RequestContext,
} from '@casework/kit';
import { type FilterQuery } from '@mikro-orm/core';
import { IntakeStrategy } from '../configuration/agency-settings.entity.js';
import { ConfigurationService } from '../configuration/configuration.service.js';
import { MeetingRequirement } from '../configuration/meeting-requirement.js';
import { Programme } from '../configuration/programme.entity.js';
import { DeliveryService } from '../delivery/delivery.service.js';
import { CaseOrigin, MemberRole } from '../integrated-case/case-status.js';
import { type IntegratedCase } from '../integrated-case/integrated-case.entity.js';
import { addCaseMember } from '../integrated-case/case-members.js';
import { IntegratedCaseService } from '../integrated-case/integrated-case.service.js';
import { Person } from '../person/person.entity.js';
import { today } from '../shared/dates.js';
import { ApplicationCase } from './application-case.entity.js';
import { ApplicationProblem } from './application-problem.entity.js';
import { ApplicationProgramme } from './application-programme.entity.js';
import {
  ApplicationStatus,
  MeetingSource,
  ProgrammeDecision,
  statusFromDecisions,
} from './application-status.js';
import {
  type ApplicationProblemInput,
  type CreateApplicationInput,
  type MeetingHeldInput,
  type ProgrammeDecisionInput,
} from './application.input.js';
import { recordMeetingHeld } from './meeting-held.js';

const FINAL = [ApplicationStatus.WITHDRAWN, ApplicationStatus.CLOSED];

/** Applications for programmes: decisions (R3.1 meeting rule) and the intake process (R4.1, R4.3). */
export class ApplicationService {
  constructor(private readonly ctx: RequestContext) {}

  async get(id: string): Promise<ApplicationCase> {
    authorize(this.ctx.identity, 'case:read', 'read applications');
    assertUuid(id, 'id');
    const application = await this.ctx.em.findOne(
      ApplicationCase,
      { id },
      { populate: ['clients', 'programmes.programme', 'meetings'] },
    );
    if (!application) throw notFound('ApplicationCase', id);
    return application;
  }

  async list(
    filter: {
      personId?: string | null;
      status?: ApplicationStatus | null;
      mine?: boolean | null;
      awaitingDecision?: boolean | null;
    },
    page: { first: number; after?: string | null },
  ): Promise<Connection<ApplicationCase>> {
    authorize(this.ctx.identity, 'case:read', 'read applications');
    const where: FilterQuery<ApplicationCase>[] = [];
    if (filter.personId) {
      assertUuid(filter.personId, 'personId');
      where.push({ clients: filter.personId });
    }
    if (filter.status) where.push({ status: filter.status });
    if (filter.mine) where.push({ createdById: this.ctx.identity.id });
    if (filter.awaitingDecision)
      where.push({ status: { $in: [ApplicationStatus.OPEN, ApplicationStatus.PENDING] } });
    const connection = await paginate(
      this.ctx.em,
      ApplicationCase,
      { $and: where },
      { createdAt: 'desc', id: 'desc' },
      page,
    );
    await this.ctx.em.populate(connection.nodes, ['clients', 'programmes.programme', 'meetings']);
    return connection;
  }

  async create(input: CreateApplicationInput): Promise<ApplicationCase> {
    authorize(this.ctx.identity, 'case:write', 'open applications');
    const { em } = this.ctx;
    const personIds = [...new Set(input.personIds)];
    const programmeIds = [...new Set(input.programmeIds)];
    const persons = await em.find(Person, { id: { $in: personIds } });
    const missingPerson = personIds.find((id) => !persons.some((p) => p.id === id));
    if (missingPerson) throw notFound('Person', missingPerson);
    const programmes = await em.find(Programme, { id: { $in: programmeIds } });
    const missingProgramme = programmeIds.find((id) => !programmes.some((p) => p.id === id));
    if (missingProgramme) throw notFound('Programme', missingProgramme);
    const inactive = programmes.find((p) => !p.active);
    if (inactive)
      throw refuse('PROGRAMME_NOT_OFFERED', {
        field: 'input.programmeIds',
        params: { name: inactive.name },
      });
    const application = em.create(ApplicationCase, {
      reference: newReference('AP'),
      createdBy: this.ctx.identity.name,
      createdById: this.ctx.identity.id,
    });
    // Keep the order given: the first person is the primary client of intake cases.
    personIds.forEach((id) => application.clients.add(persons.find((p) => p.id === id)!));
    for (const programme of programmes) em.create(ApplicationProgramme, { application, programme });
    audit(this.ctx, {
      subjectId: application.id,
      entityType: 'ApplicationCase',
      entityId: application.id,
      action: 'CREATED',
      after: {
        clients: persons.map((p) => p.name).join(', '),
        programmes: programmes.map((p) => p.name).join(', '),
        status: application.status,
      },
    });
    await em.flush();
    return application;
  }

  /** A caseworker records that a meeting with the clients was held (R3.1). */
  async recordMeeting(id: string, input: MeetingHeldInput): Promise<ApplicationCase> {
    authorize(this.ctx.identity, 'case:write', 'record meetings');
    const application = await this.get(id);
    if (input.heldOn > today())
      throw refuse('DATE_IN_FUTURE', { field: 'input.heldOn', params: { property: 'heldOn' } });
    await recordMeetingHeld(this.ctx.em, {
      applicationId: application.id,
      heldOn: input.heldOn,
      attendees: input.attendees,
      recordedBy: this.ctx.identity.name,
      source: MeetingSource.RECORDED,
    });
    return application;
  }

  async approve(id: string, input: ProgrammeDecisionInput): Promise<ApplicationCase> {
    return this.decide(id, input, ProgrammeDecision.APPROVED);
  }

  async deny(id: string, input: ProgrammeDecisionInput): Promise<ApplicationCase> {
    return this.decide(id, input, ProgrammeDecision.DENIED);
  }

  /**
   * A supervisor decides one programme. Approving one that requires a meeting is refused until a
   * meeting is recorded (R3.1). With an intake process, approval also places a product delivery
   * case in the integrated case the strategy picks (R4.1, R4.3), all in one flush.
   */
  private async decide(
    id: string,
    input: ProgrammeDecisionInput,
    decision: ProgrammeDecision,
  ): Promise<ApplicationCase> {
    authorize(this.ctx.identity, 'application:decide', 'approve or deny programmes');
    const application = await this.get(id);
    if (FINAL.includes(application.status))
      throw refuse('APPLICATION_FINAL', {
        field: 'id',
        params: { reference: application.reference, status: application.status },
        extensions: { status: application.status },
      });
    const line = application.programmes
      .getItems()
      .find((p) => p.programme.id === input.programmeId);
    if (!line) {
      const exists = await this.ctx.em.count(Programme, { id: input.programmeId });
      if (!exists) throw notFound('Programme', input.programmeId);
      throw refuse('PROGRAMME_NOT_IN_APPLICATION', { field: 'input.programmeId' });
    }
    if (line.decision !== ProgrammeDecision.PENDING)
      throw refuse('PROGRAMME_ALREADY_DECIDED', {
        field: 'input.programmeId',
        params: { name: line.programme.name, decision: line.decision.toLowerCase() },
        extensions: { decision: line.decision },
      });
    if (decision === ProgrammeDecision.APPROVED) await this.checkMeetingRule(application, line);
    Object.assign(line, {
      decision,
      reason: input.reason.trim(),
      decidedBy: this.ctx.identity.name,
      decidedAt: new Date(),
    });
    if (decision === ProgrammeDecision.APPROVED) await this.intake(application, line);
    const before = application.status;
    application.status = statusFromDecisions(
      application.programmes.getItems().map((p) => p.decision),
    );
    audit(this.ctx, {
      subjectId: application.id,
      entityType: 'ApplicationProgramme',
      entityId: line.id,
      action: decision,
      before: { [line.programme.name]: ProgrammeDecision.PENDING, status: before },
      after: { [line.programme.name]: decision, status: application.status },
    });
    // Two supervisors deciding at once: the second gets CONFLICT, not a second decision.
    await flushVersioned(this.ctx.em, line, 'ApplicationProgramme', line.version);
    return application;
  }

  /** R3.1, both kinds: a meeting always, or while a problem is open that no held meeting resolved. */
  private async checkMeetingRule(application: ApplicationCase, line: ApplicationProgramme) {
    const { meetingRequirement, name } = line.programme;
    if (meetingRequirement === MeetingRequirement.ALWAYS && application.meetings.length === 0)
      throw refuse('MEETING_REQUIRED', {
        field: 'input.programmeId',
        params: { name },
        extensions: { rule: 'R3.1' },
      });
    if (meetingRequirement !== MeetingRequirement.WHEN_PROBLEMS) return;
    const open = await this.ctx.em.count(ApplicationProblem, { application, resolvedAt: null });
    if (open > 0)
      throw refuse('MEETING_REQUIRED_FOR_PROBLEMS', {
        field: 'input.programmeId',
        params: { name, count: open },
        extensions: { rule: 'R3.1' },
      });
  }

  /** Staff record missing or conflicting information (R3.1); audited on the application. */
  async recordProblem(id: string, input: ApplicationProblemInput): Promise<ApplicationProblem> {
    authorize(this.ctx.identity, 'case:write', 'record problems on applications');
    const application = await this.get(id);
    if (FINAL.includes(application.status))
      throw refuse('APPLICATION_FINAL', {
        field: 'id',
        params: { reference: application.reference, status: application.status },
        extensions: { status: application.status },
      });
    const problem = this.ctx.em.create(ApplicationProblem, {
      application,
      kind: input.kind,
      description: input.description.trim(),
      recordedBy: this.ctx.identity.name,
    });
    audit(this.ctx, {
      subjectId: application.id,
      entityType: 'ApplicationProblem',
      entityId: problem.id,
      action: 'PROBLEM_RECORDED',
      after: { kind: problem.kind, description: problem.description },
    });
    await this.ctx.em.flush();
    return problem;
  }

  /** R4.1, R4.3: the integrated case by the agency's strategy, and the programme's product delivery in it. */
  private async intake(application: ApplicationCase, line: ApplicationProgramme): Promise<void> {
    const settings = await new ConfigurationService(this.ctx).settings();
    if (!settings.intakeProcessDefined) return;
    const clients = application.clients.getItems();
    const cases = new IntegratedCaseService(this.ctx);
    let integratedCase: IntegratedCase | undefined;
    if (settings.intakeStrategy !== IntakeStrategy.ALWAYS_NEW) {
      [integratedCase] = await cases.openCasesWithExactly(clients.map((c) => c.id));
      if (!integratedCase && settings.intakeStrategy === IntakeStrategy.EXISTING_SAME_CLIENTS)
        throw refuse('NO_MATCHING_OPEN_CASE', {
          field: 'input.programmeId',
          extensions: { rule: 'R4.1' },
        });
    }
    const start = today();
    if (!integratedCase) {
      integratedCase = cases.build(
        clients[0]!,
        CaseOrigin.INTAKE,
        start,
        null,
        `intake: application ${application.reference}`,
      );
      for (const client of clients.slice(1))
        addCaseMember(this.ctx, integratedCase, client, MemberRole.MEMBER, start, null);
    }
    line.integratedCase = integratedCase;
    line.productDelivery = new DeliveryService(this.ctx).newProductDelivery(
      integratedCase,
      { product: line.programme.product, periodFrom: start },
      { programme: line.programme, applicationId: application.id },
    );
  }

  async withdraw(id: string): Promise<ApplicationCase> {
    return this.finish(id, ApplicationStatus.WITHDRAWN, 'withdrawn');
  }

  async close(id: string): Promise<ApplicationCase> {
    return this.finish(id, ApplicationStatus.CLOSED, 'closed');
  }

  private async finish(id: string, status: ApplicationStatus, what: string) {
    authorize(
      this.ctx.identity,
      'case:write',
      `${what === 'closed' ? 'close' : 'withdraw'} applications`,
    );
    const application = await this.get(id);
    if (FINAL.includes(application.status))
      throw refuse('APPLICATION_ALREADY_FINAL', {
        field: 'id',
        params: { reference: application.reference, status: application.status },
        extensions: { status: application.status },
      });
    audit(this.ctx, {
      subjectId: application.id,
      entityType: 'ApplicationCase',
      entityId: application.id,
      action: status,
      before: { status: application.status },
      after: { status },
    });
    application.status = status;
    await this.ctx.em.flush();
    return application;
  }

  async ofPersons(personIds: readonly string[]): Promise<ApplicationCase[][]> {
    const rows = await this.ctx.em.find(
      ApplicationCase,
      { clients: { $in: [...personIds] } },
      { populate: ['clients'], orderBy: { createdAt: 'desc' } },
    );
    return personIds.map((id) => rows.filter((a) => a.clients.getItems().some((c) => c.id === id)));
  }
}
