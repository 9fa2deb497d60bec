import { randomUUID } from 'node:crypto';
import { startTestSubgraph, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesSubgraph } from '../index.js';
import {
  admin,
  caseworker,
  ok,
  registerPerson,
  supervisor,
  todayIso,
} from '../testing/cases-test-kit.js';
import { MeetingSource } from './application-status.js';
import { recordMeetingHeld } from './meeting-held.js';

const PROGRAMME = `mutation($input: ProgrammeInput!) { createProgramme(input: $input) { id meetingRequired meetingRequirement } }`;
const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`;
const PROBLEM = `mutation($id: ID!, $input: ApplicationProblemInput!) {
  recordApplicationProblem(id: $id, input: $input) { id kind description recordedBy resolvedAt }
}`;
const APPROVE = `mutation($id: ID!, $input: ProgrammeDecisionInput!) {
  approveProgramme(id: $id, input: $input) { programmes { decision } }
}`;
const READ = `query($id: ID!) { application(id: $id) { problems { description resolvedAt resolvedByMeetingId } } }`;

let subgraph: TestSubgraph;
let whenProblems: string;
let anna: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(casesSubgraph);
  const created = await ok<{
    createProgramme: { id: string; meetingRequired: boolean; meetingRequirement: string };
  }>(
    subgraph,
    PROGRAMME,
    {
      input: {
        name: 'Energy allowance',
        meetingRequired: false,
        meetingRequirement: 'WHEN_PROBLEMS',
        product: 'Energy allowance',
      },
    },
    admin,
  );
  expect(created.createProgramme).toMatchObject({
    meetingRequired: false,
    meetingRequirement: 'WHEN_PROBLEMS',
  });
  whenProblems = created.createProgramme.id;
  anna = (await registerPerson(subgraph, { givenName: 'Anna', familyName: 'Rossi' })).id;
});
afterAll(() => subgraph.stop());

async function application(): Promise<string> {
  const data = await ok<{ createApplication: { id: string } }>(subgraph, CREATE, {
    input: { personIds: [anna], programmeIds: [whenProblems] },
  });
  return data.createApplication.id;
}

const approve = (id: string) =>
  subgraph.query(
    APPROVE,
    { id, input: { programmeId: whenProblems, reason: 'Eligible' } },
    supervisor,
  );

describe('R3.1: programmes that need a meeting only when there are problems', () => {
  it('R3.1: without open problems the programme is authorised without a meeting', async () => {
    const id = await application();
    expect((await approve(id)).errors).toBeUndefined();
  });

  it('R3.1: an open problem blocks authorisation until a held meeting resolves it', async () => {
    const id = await application();
    const problem = await ok<{ recordApplicationProblem: { kind: string; recordedBy: string } }>(
      subgraph,
      PROBLEM,
      {
        id,
        input: { kind: 'CONFLICTING_INFORMATION', description: 'Two different incomes given' },
      },
      caseworker,
    );
    expect(problem.recordApplicationProblem).toMatchObject({
      kind: 'CONFLICTING_INFORMATION',
      recordedBy: 'Clara Caseworker',
    });
    const refused = await approve(id);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MEETING_REQUIRED_FOR_PROBLEMS',
      rule: 'R3.1',
      params: { name: 'Energy allowance', count: 1 },
    });
    const meetingId = randomUUID();
    await recordMeetingHeld(subgraph.orm.em.fork(), {
      applicationId: id,
      meetingId,
      heldOn: todayIso(),
      attendees: 'Anna Rossi',
      recordedBy: 'Meetings',
      source: MeetingSource.MEETINGS,
    });
    const read = await ok<{
      application: { problems: { resolvedAt: string | null; resolvedByMeetingId: string }[] };
    }>(subgraph, READ, { id });
    expect(read.application.problems[0]).toMatchObject({ resolvedByMeetingId: meetingId });
    expect((await approve(id)).errors).toBeUndefined();
  });

  it('R3.1: a problem found after the last meeting blocks again; a meeting held before it does not count', async () => {
    const id = await application();
    await recordMeetingHeld(subgraph.orm.em.fork(), {
      applicationId: id,
      meetingId: randomUUID(),
      heldOn: '2020-01-01',
      attendees: 'Anna Rossi',
      recordedBy: 'Meetings',
      source: MeetingSource.MEETINGS,
    });
    await ok(subgraph, PROBLEM, {
      id,
      input: { kind: 'MISSING_INFORMATION', description: 'No bank statement' },
    });
    expect((await approve(id)).errors?.[0]?.extensions).toMatchObject({
      reason: 'MEETING_REQUIRED_FOR_PROBLEMS',
    });
  });

  it('R3.1: a blank description or a problem recorded by a supervisor-only role is refused and nothing is stored', async () => {
    const id = await application();
    const blank = await subgraph.query(PROBLEM, {
      id,
      input: { kind: 'MISSING_INFORMATION', description: '   ' },
    });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const forbidden = await subgraph.query(
      PROBLEM,
      { id, input: { kind: 'MISSING_INFORMATION', description: 'x' } },
      admin,
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = await ok<{ application: { problems: unknown[] } }>(subgraph, READ, { id });
    expect(read.application.problems).toEqual([]);
    expect((await approve(id)).errors).toBeUndefined();
  });
});
