import { graphql } from '../gql/index.js';

/** What the minutes screens show of one version (R3.2). */
export const MinutesFields = graphql(`
  fragment MinutesFields on MeetingMinutes {
    id
    version
    number
    status
    lastStep
    heldOn
    startTime
    endTime
    location
    chair
    minuteTaker
    notes
    decisions
    correctionReason
    createdBy
    finalisedAt
    finalisedBy
    issuedAt
    attendance {
      inviteeId
      name
      attendance
    }
    uninvited {
      name
      email
    }
    actions {
      id
      what
      assigneeName
      assigneeAccountId
      dueOn
    }
    cases {
      caseType
      caseId
    }
    files {
      id
      fileName
      size
    }
    deliveries {
      id
      name
      email
      reason
      status
      sentAt
      lastError
    }
  }
`);

export const MeetingMinutesQuery = graphql(`
  query MeetingMinutes($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
      minutes {
        ...MinutesFields
      }
    }
  }
`);

export const StartMinutes = graphql(`
  mutation StartMinutes($meetingId: ID!) {
    startMinutes(meetingId: $meetingId) {
      ...MinutesFields
    }
  }
`);

export const SaveMinutesDraft = graphql(`
  mutation SaveMinutesDraft($id: ID!, $input: MinutesDraftInput!) {
    saveMinutesDraft(id: $id, input: $input) {
      ...MinutesFields
    }
  }
`);

export const FinaliseMinutes = graphql(`
  mutation FinaliseMinutes($id: ID!, $input: MinutesVersionInput!) {
    finaliseMinutes(id: $id, input: $input) {
      ...MinutesFields
    }
  }
`);

export const CorrectMinutes = graphql(`
  mutation CorrectMinutes($id: ID!, $input: CorrectMinutesInput!) {
    correctMinutes(id: $id, input: $input) {
      ...MinutesFields
    }
  }
`);

export const IssueMinutes = graphql(`
  mutation IssueMinutes($id: ID!, $input: IssueMinutesInput!) {
    issueMinutes(id: $id, input: $input) {
      ...MinutesFields
    }
  }
`);

export const RetryMinutesDelivery = graphql(`
  mutation RetryMinutesDelivery($deliveryId: ID!) {
    retryMinutesDelivery(deliveryId: $deliveryId) {
      id
      status
    }
  }
`);

export const MINUTES_QUERIES = ['MeetingMinutes', 'CaseMeetings', 'MyMeetings'];
