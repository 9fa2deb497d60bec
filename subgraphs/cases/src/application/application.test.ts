import { createLogger, JobQueue } from '@casework/kit';
import { MEETING_HELD_QUEUE, type MeetingHeldEvent } from '@casework/contracts';
import { startTestSubgraph, type TestSubgraph } from '@casework/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesSubgraph } from '../index.js';
import {
  admin,
  caseworker,
  ok,
  refusedWith,
  registerPerson,
  setSettings,
  supervisor,
  todayIso,
} from '../testing/cases-test-kit.js';
import { MeetingSource } from './application-status.js';
import { recordMeetingHeld } from './meeting-held.js';

const CREATE = `mutation($input: CreateApplicationInput!) {
  createApplication(input: $input) { id reference status programmes { decision programme { id name } } }
}`;
const APPROVE = `mutation($id: ID!, $input: ProgrammeDecisionInput!) {
  approveProgramme(id: $id, input: $input) {
    status
    programmes {
      decision reason decidedBy
      programme { name }
      integratedCase { id origin status members { role person { id } } }
      productDelivery { id product status }
    }
  }
}`;
const DENY = `mutation($id: ID!, $input: ProgrammeDecisionInput!) {
  denyProgramme(id: $id, input: $input) { status programmes { decision reason } }
}`;
const MEETING = `mutation($id: ID!, $input: MeetingHeldInput!) {
  recordApplicationMeeting(id: $id, input: $input) { meetings { heldOn attendees source recordedBy } }
}`;
const PROGRAMME = `mutation($input: ProgrammeInput!) { createProgramme(input: $input) { id } }`;

interface Approved {
  approveProgramme: {
    status: string;
    programmes: {
      decision: string;
      reason: string;
      decidedBy: string;
      programme: { name: string };
      integratedCase: {
        id: string;
        origin: string;
        members: { role: string; person: { id: string } }[];
      } | null;
      productDelivery: { id: string; product: string; status: string } | null;
    }[];
  };
}

let subgraph: TestSubgraph;
let withMeeting: string;
let withoutMeeting: string;
let anna: string;
let ben: string;

async function programme(name: string, meetingRequired: boolean, product: string) {
  const data = await ok<{ createProgramme: { id: string } }>(
    subgraph,
    PROGRAMME,
    { input: { name, meetingRequired, product } },
    admin,
  );
  return data.createProgramme.id;
}

async function apply(personIds: string[], programmeIds: string[]) {
  const data = await ok<{ createApplication: { id: string; status: string } }>(subgraph, CREATE, {
    input: { personIds, programmeIds },
  });
  return data.createApplication;
}

const approve = (id: string, programmeId: string, reason = 'Eligible') =>
  subgraph.query<Approved>(APPROVE, { id, input: { programmeId, reason } }, supervisor);

beforeAll(async () => {
  subgraph = await startTestSubgraph(casesSubgraph);
  withMeeting = await programme('Housing support', true, 'Housing benefit');
  withoutMeeting = await programme('Child benefit', false, 'Child allowance');
  anna = (await registerPerson(subgraph, { givenName: 'Anna', familyName: 'Novak' })).id;
  ben = (await registerPerson(subgraph, { givenName: 'Ben', familyName: 'Novak' })).id;
});
afterAll(() => subgraph.stop());

describe('applications and programme decisions (R3.1)', () => {
  it('opens an application for persons and programmes, each programme pending', async () => {
    const data = await ok<{
      createApplication: { status: string; programmes: { decision: string }[] };
    }>(subgraph, CREATE, {
      input: { personIds: [anna], programmeIds: [withMeeting, withoutMeeting] },
    });
    expect(data.createApplication.status).toBe('OPEN');
    expect(data.createApplication.programmes.map((p) => p.decision)).toEqual([
      'PENDING',
      'PENDING',
    ]);
  });

  it('R3.1: approving a programme that always requires a meeting is refused until a meeting held is recorded', async () => {
    const application = await apply([anna], [withMeeting]);
    const refused = await approve(application.id, withMeeting);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'R3.1' });
    expect(refused.errors?.[0]?.message).toMatch(
      /Housing support requires a meeting with the client/,
    );
    const meeting = await ok<{ recordApplicationMeeting: { meetings: unknown[] } }>(
      subgraph,
      MEETING,
      {
        id: application.id,
        input: { heldOn: todayIso(), attendees: 'Anna Novak, Clara Caseworker' },
      },
    );
    expect(meeting.recordApplicationMeeting.meetings).toEqual([
      {
        heldOn: todayIso(),
        attendees: 'Anna Novak, Clara Caseworker',
        source: 'RECORDED',
        recordedBy: 'Clara Caseworker',
      },
    ]);
    const approved = await approve(application.id, withMeeting);
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.approveProgramme).toMatchObject({
      status: 'APPROVED',
      programmes: [{ decision: 'APPROVED', reason: 'Eligible', decidedBy: 'Sam Supervisor' }],
    });
  });

  it('R3.1: programmes without the requirement are approved without a meeting', async () => {
    const application = await apply([anna], [withoutMeeting]);
    expect((await approve(application.id, withoutMeeting)).errors).toBeUndefined();
  });

  it('R3.1: the meetings feature feeds the same fact through the job queue, once per meeting', async () => {
    const application = await apply([anna], [withMeeting]);
    const queue = await JobQueue.start(
      subgraph.orm.config.get('clientUrl')!,
      createLogger('test'),
      [],
    );
    try {
      const event: MeetingHeldEvent = {
        version: 1,
        applicationId: application.id,
        meetingId: randomUUID(),
        heldOn: todayIso(),
        attendees: 'Anna Novak',
        recordedBy: 'Meetings',
      };
      await queue.enqueue(subgraph.orm.em.fork(), MEETING_HELD_QUEUE, event);
      await expect
        .poll(
          async () =>
            (await approve(application.id, withMeeting)).errors?.[0]?.message ?? 'approved',
        )
        .toBe('approved');
      // The same meeting reported again (a retried job) is not recorded twice.
      await recordMeetingHeld(subgraph.orm.em.fork(), { ...event, source: MeetingSource.MEETINGS });
      const read = await ok<{ application: { meetings: { source: string }[] } }>(
        subgraph,
        'query($id: ID!) { application(id: $id) { meetings { source } } }',
        { id: application.id },
      );
      expect(read.application.meetings).toEqual([{ source: 'MEETINGS' }]);
    } finally {
      await queue.stop();
    }
  });

  it('denies with a reason; approving twice or deciding a denied programme is refused and changes nothing', async () => {
    const application = await apply([anna], [withoutMeeting, withMeeting]);
    const denied = await ok<{
      denyProgramme: { status: string; programmes: { decision: string; reason: string | null }[] };
    }>(
      subgraph,
      DENY,
      { id: application.id, input: { programmeId: withMeeting, reason: 'Income above the limit' } },
      supervisor,
    );
    expect(denied.denyProgramme.status).toBe('PENDING');
    expect((await approve(application.id, withoutMeeting)).errors).toBeUndefined();
    const twice = await approve(application.id, withoutMeeting, 'Again');
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      decision: 'APPROVED',
    });
    expect(twice.errors?.[0]?.message).toMatch(/Child benefit is already approved/);
    const deniedAgain = await approve(application.id, withMeeting);
    expect(deniedAgain.errors?.[0]?.message).toMatch(/already denied/);
    const read = await ok<{ application: { status: string; programmes: { reason: string }[] } }>(
      subgraph,
      'query($id: ID!) { application(id: $id) { status programmes { reason } } }',
      { id: application.id },
    );
    expect(read.application.status).toBe('APPROVED');
    expect(read.application.programmes.map((p) => p.reason).sort()).toEqual([
      'Eligible',
      'Income above the limit',
    ]);
  });

  it('a withdrawn application takes no decisions, and cannot be withdrawn or closed again', async () => {
    const application = await apply([anna], [withoutMeeting]);
    const withdrawn = await ok<{ withdrawApplication: { status: string } }>(
      subgraph,
      'mutation($id: ID!) { withdrawApplication(id: $id) { status } }',
      { id: application.id },
    );
    expect(withdrawn.withdrawApplication.status).toBe('WITHDRAWN');
    const approved = await approve(application.id, withoutMeeting);
    expect(approved.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      status: 'WITHDRAWN',
    });
    const closed = await refusedWith(
      subgraph,
      'mutation($id: ID!) { closeApplication(id: $id) { status } }',
      { id: application.id },
    );
    expect(closed.message).toMatch(/already WITHDRAWN/);
  });

  it('only supervisors approve or deny; unknown ids are NOT_FOUND', async () => {
    const application = await apply([anna], [withoutMeeting]);
    const byCaseworker = await refusedWith(
      subgraph,
      APPROVE,
      {
        id: application.id,
        input: { programmeId: withoutMeeting, reason: 'x' },
      },
      caseworker,
    );
    expect(byCaseworker.extensions?.code).toBe('FORBIDDEN');
    const unknownApplication = await refusedWith(
      subgraph,
      APPROVE,
      {
        id: '00000000-0000-4000-8000-000000000000',
        input: { programmeId: withoutMeeting, reason: 'x' },
      },
      supervisor,
    );
    expect(unknownApplication.extensions).toMatchObject({
      code: 'NOT_FOUND',
      entity: 'ApplicationCase',
    });
    const unknownPerson = await refusedWith(subgraph, CREATE, {
      input: {
        personIds: ['00000000-0000-4000-8000-000000000000'],
        programmeIds: [withoutMeeting],
      },
    });
    expect(unknownPerson.extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Person' });
  });
});

describe('intake process (R4.1, R4.3)', () => {
  it('R4.1: without an intake process, approval creates no integrated case', async () => {
    await setSettings(subgraph, { intakeProcessDefined: false });
    const application = await apply([anna, ben], [withoutMeeting]);
    const approved = await approve(application.id, withoutMeeting);
    expect(approved.data?.approveProgramme.programmes[0]).toMatchObject({
      integratedCase: null,
      productDelivery: null,
    });
  });

  it('R4.1, R4.3 ALWAYS_NEW: approval creates a new integrated case for the clients with the product delivery case', async () => {
    await setSettings(subgraph, { intakeProcessDefined: true, intakeStrategy: 'ALWAYS_NEW' });
    const first = await approve((await apply([anna, ben], [withoutMeeting])).id, withoutMeeting);
    const second = await approve((await apply([anna, ben], [withoutMeeting])).id, withoutMeeting);
    const a = first.data!.approveProgramme.programmes[0]!;
    const b = second.data!.approveProgramme.programmes[0]!;
    expect(a.integratedCase).toMatchObject({
      origin: 'INTAKE',
      status: 'OPEN',
      members: [
        { role: 'PRIMARY_CLIENT', person: { id: anna } },
        { role: 'MEMBER', person: { id: ben } },
      ],
    });
    expect(a.productDelivery).toMatchObject({ product: 'Child allowance', status: 'ACTIVE' });
    expect(b.integratedCase!.id).not.toBe(a.integratedCase!.id);
  });

  it('R4.1 EXISTING_ELSE_NEW: uses the open case with exactly the same clients, else creates one', async () => {
    await setSettings(subgraph, {
      intakeProcessDefined: true,
      intakeStrategy: 'EXISTING_ELSE_NEW',
    });
    const carla = (await registerPerson(subgraph, { givenName: 'Carla', familyName: 'Neu' })).id;
    const first = await approve((await apply([carla], [withoutMeeting])).id, withoutMeeting);
    const second = await approve((await apply([carla], [withoutMeeting])).id, withoutMeeting);
    const caseId = first.data!.approveProgramme.programmes[0]!.integratedCase!.id;
    expect(second.data!.approveProgramme.programmes[0]!.integratedCase!.id).toBe(caseId);
    const read = await ok<{ integratedCase: { productDeliveries: unknown[] } }>(
      subgraph,
      'query($id: ID!) { integratedCase(id: $id) { productDeliveries { id } } }',
      { id: caseId },
    );
    expect(read.integratedCase.productDeliveries).toHaveLength(2);
  });

  it('R4.1 EXISTING_SAME_CLIENTS: refuses approval without such a case and changes nothing; uses it once it exists', async () => {
    await setSettings(subgraph, {
      intakeProcessDefined: true,
      intakeStrategy: 'EXISTING_SAME_CLIENTS',
    });
    const dora = (await registerPerson(subgraph, { givenName: 'Dora', familyName: 'Alt' })).id;
    const application = await apply([dora], [withoutMeeting]);
    const refused = await approve(application.id, withoutMeeting);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'R4.1' });
    const { createCaseType } = await ok<{ createCaseType: { id: string } }>(
      subgraph,
      'mutation { createCaseType(input: { name: "Intake test" }) { id } }',
      {},
      admin,
    );
    const { createIntegratedCase } = await ok<{ createIntegratedCase: { id: string } }>(
      subgraph,
      'mutation($input: CreateIntegratedCaseInput!) { createIntegratedCase(input: $input) { id } }',
      { input: { caseTypeId: createCaseType.id, primaryClientId: dora } },
    );
    const approved = await approve(application.id, withoutMeeting);
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveProgramme.programmes[0]!.integratedCase!.id).toBe(
      createIntegratedCase.id,
    );
  });
});
