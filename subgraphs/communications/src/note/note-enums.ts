import { registerEnumType } from 'type-graphql';

export enum NotePriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

/** How sensitive a note is; a reader's clearance must reach the level (see `sensitivityLevel`). */
export enum NoteSensitivity {
  STANDARD = 'STANDARD',
  CONFIDENTIAL = 'CONFIDENTIAL',
  RESTRICTED = 'RESTRICTED',
}

/** What a note is about: a person or one of their cases (R3.3), a federated reference. */
export enum NoteSubject {
  PERSON = 'PERSON',
  APPLICATION_CASE = 'APPLICATION_CASE',
  INTEGRATED_CASE = 'INTEGRATED_CASE',
}

export enum NoteStatus {
  ACTIVE = 'ACTIVE',
  CANCELLED = 'CANCELLED',
}

registerEnumType(NotePriority, { name: 'NotePriority' });
registerEnumType(NoteSensitivity, {
  name: 'NoteSensitivity',
  description: 'STANDARD needs clearance 1, CONFIDENTIAL 2, RESTRICTED 3',
});
registerEnumType(NoteSubject, {
  name: 'NoteSubject',
  description: 'A person, an application case or an integrated case (cases subgraph)',
});
registerEnumType(NoteStatus, {
  name: 'NoteStatus',
  description: 'CANCELLED notes are kept with their history, never deleted (R3.3)',
});

const LEVELS: Record<NoteSensitivity, number> = {
  [NoteSensitivity.STANDARD]: 1,
  [NoteSensitivity.CONFIDENTIAL]: 2,
  [NoteSensitivity.RESTRICTED]: 3,
};

export function sensitivityLevel(sensitivity: NoteSensitivity): number {
  return LEVELS[sensitivity];
}

/** The sensitivities a clearance may read, for filtering in SQL. */
export function readableSensitivities(clearance: number): NoteSensitivity[] {
  return Object.values(NoteSensitivity).filter((s) => LEVELS[s] <= clearance);
}
