import { type FieldError, fieldRefusal } from '@casework/kit';
import { InviteeKind } from './meeting-enums.js';
import { type MeetingInviteeInput } from './meeting.input.js';

/** Whether the runtime knows the IANA time zone (Intl throws a RangeError for unknown ones). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** Start, end and zone of a meeting planned for the future (R3.1 scheduling). */
export function timeProblems(
  times: { startsAt: Date; endsAt: Date; timeZone?: string },
  now: Date,
): FieldError[] {
  const problems: FieldError[] = [];
  const { startsAt, endsAt, timeZone } = times;
  if (startsAt.getTime() < now.getTime())
    problems.push(
      fieldRefusal('input.startsAt', 'MEETING_IN_PAST', {
        property: 'startsAt',
        date: startsAt.toISOString(),
      }),
    );
  if (endsAt.getTime() <= startsAt.getTime())
    problems.push(
      fieldRefusal('input.endsAt', 'MEETING_ENDS_BEFORE_START', {
        end: endsAt.toISOString(),
        start: startsAt.toISOString(),
      }),
    );
  if (timeZone !== undefined && !isTimeZone(timeZone))
    problems.push(fieldRefusal('input.timeZone', 'INVALID_TIME_ZONE', { property: 'timeZone' }));
  return problems;
}

/** Each invitee names what its kind needs, and whoever gets mail has an address. */
export function inviteeProblems(invitees: readonly MeetingInviteeInput[]): FieldError[] {
  const problems: FieldError[] = [];
  invitees.forEach((invitee, n) => {
    const at = `input.invitees.${n}`;
    if (invitee.kind === InviteeKind.CLIENT && !invitee.personId)
      problems.push(
        fieldRefusal(`${at}.personId`, 'INVITEE_REFERENCE_REQUIRED', {
          kind: 'client',
          property: 'personId',
        }),
      );
    if (invitee.kind === InviteeKind.STAFF && !invitee.accountId)
      problems.push(
        fieldRefusal(`${at}.accountId`, 'INVITEE_REFERENCE_REQUIRED', {
          kind: 'staff',
          property: 'accountId',
        }),
      );
    if (invitee.receivesMail && !invitee.email)
      problems.push(fieldRefusal(`${at}.email`, 'INVITEE_EMAIL_REQUIRED', { name: invitee.name }));
  });
  if (!invitees.some((i) => i.kind === InviteeKind.CLIENT))
    problems.push(fieldRefusal('input.invitees', 'CLIENT_INVITEE_REQUIRED'));
  return problems;
}
