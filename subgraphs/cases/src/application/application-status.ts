import { registerEnumType } from 'type-graphql';

export enum ApplicationStatus {
  OPEN = 'OPEN',
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DENIED = 'DENIED',
  WITHDRAWN = 'WITHDRAWN',
  CLOSED = 'CLOSED',
}

registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'Follows the programme decisions until withdrawn or closed',
  valuesConfig: {
    OPEN: { description: 'No programme decided yet' },
    PENDING: { description: 'Some programmes decided, others still waiting' },
    APPROVED: { description: 'All decided, at least one approved' },
    DENIED: { description: 'All programmes denied' },
    WITHDRAWN: { description: 'The clients withdrew the application' },
    CLOSED: { description: 'Closed by the agency' },
  },
});

export enum ProgrammeDecision {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DENIED = 'DENIED',
}

registerEnumType(ProgrammeDecision, {
  name: 'ProgrammeDecision',
  description: "A supervisor's decision on one programme of an application",
});

export enum MeetingSource {
  RECORDED = 'RECORDED',
  MEETINGS = 'MEETINGS',
}

registerEnumType(MeetingSource, {
  name: 'MeetingSource',
  description: 'Recorded on the application by a caseworker, or fed by the meetings feature',
});

/** The application's status from its programme decisions, while it is neither withdrawn nor closed. */
export function statusFromDecisions(decisions: ProgrammeDecision[]): ApplicationStatus {
  const pending = decisions.filter((d) => d === ProgrammeDecision.PENDING).length;
  if (pending === decisions.length) return ApplicationStatus.OPEN;
  if (pending > 0) return ApplicationStatus.PENDING;
  return decisions.includes(ProgrammeDecision.APPROVED)
    ? ApplicationStatus.APPROVED
    : ApplicationStatus.DENIED;
}
