import { type FieldError, fieldRefusal } from '@casework/kit';
import { type MeetingInvitee } from '../meeting/meeting-invitee.entity.js';
import { type MinutesActionInput, type MinutesDetailsInput } from './minutes.input.js';
import { type AttendanceEntry } from './minutes-parts.js';

/** Every action names who does it and by when (R3.2). */
export function actionProblems(actions: readonly MinutesActionInput[]): FieldError[] {
  const problems: FieldError[] = [];
  actions.forEach((action, n) => {
    const at = `input.actions.${n}`;
    if (!action.assigneeName?.trim())
      problems.push(
        fieldRefusal(`${at}.assigneeName`, 'MINUTES_ACTION_ASSIGNEE_REQUIRED', {
          what: action.what,
        }),
      );
    if (!action.dueOn)
      problems.push(
        fieldRefusal(`${at}.dueOn`, 'MINUTES_ACTION_DUE_REQUIRED', { what: action.what }),
      );
  });
  return problems;
}

/** The end of the meeting comes after its start, when both are given. */
export function detailProblems(details: MinutesDetailsInput): FieldError[] {
  const { startTime, endTime } = details;
  if (startTime && endTime && endTime <= startTime)
    return [
      fieldRefusal('input.details.endTime', 'MINUTES_TIMES', { start: startTime, end: endTime }),
    ];
  return [];
}

/** Invitees whose attendance the minutes do not record yet (finalising needs none). */
export function missingAttendance(
  invitees: readonly MeetingInvitee[],
  attendance: readonly AttendanceEntry[],
): MeetingInvitee[] {
  const recorded = new Set(attendance.map((a) => a.inviteeId));
  return invitees.filter((i) => !recorded.has(i.id));
}
