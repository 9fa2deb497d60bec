import { registerEnumType } from 'type-graphql';

/** A version of the minutes is a DRAFT until finalised; a finalised version is never changed. */
export enum MinutesStatus {
  DRAFT = 'DRAFT',
  FINAL = 'FINAL',
}

export enum Attendance {
  ATTENDED = 'ATTENDED',
  DECLINED = 'DECLINED',
  ABSENT = 'ABSENT',
}

/** Why someone receives the issued minutes (R3.2). */
export enum MinutesRecipientReason {
  ATTENDEE = 'ATTENDEE',
  DECLINED = 'DECLINED',
  INTERESTED = 'INTERESTED',
}

registerEnumType(MinutesStatus, {
  name: 'MinutesStatus',
  description: 'DRAFT: saved step by step; FINAL: read-only (a correction is a new version)',
});
registerEnumType(Attendance, { name: 'Attendance', description: 'Attendance of an invitee' });
registerEnumType(MinutesRecipientReason, {
  name: 'MinutesRecipientReason',
  description: 'Why someone receives the minutes: attended, declined, or chosen as interested',
});
