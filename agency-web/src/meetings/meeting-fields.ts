import { graphql } from '../gql/index.js';

/** What the meetings screens show of a meeting (R3.1). */
export const MeetingFields = graphql(`
  fragment MeetingFields on Meeting {
    id
    version
    caseType
    caseId
    subject
    startsAt
    endsAt
    timeZone
    location
    callDetails
    status
    sequence
    organiserName
    heldAt
    cancellationReason
    invitees {
      id
      kind
      accountId
      name
      email
      receivesMail
      response
      attended
      mailedAt
    }
  }
`);

export const MEETING_QUERIES = ['CaseMeetings', 'MyMeetings'];

/** The browser's time zone, the default for new meetings. */
export const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** "2026-12-01T10:00" (datetime-local) in the browser's zone to an ISO instant. */
export const fromLocalInput = (value: string) => new Date(value).toISOString();

/** An instant as a datetime-local value in the browser's zone. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
