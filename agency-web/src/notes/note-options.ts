import { type NotePriority, type NoteSensitivity } from '../gql/graphql.js';

export const PRIORITIES: NotePriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

const LEVEL: Record<NoteSensitivity, number> = { STANDARD: 1, CONFIDENTIAL: 2, RESTRICTED: 3 };

/** The sensitivities a user may give a note: those their clearance reaches (the server checks too). */
export function sensitivitiesFor(clearance: number): NoteSensitivity[] {
  return (Object.keys(LEVEL) as NoteSensitivity[]).filter((s) => LEVEL[s] <= clearance);
}
