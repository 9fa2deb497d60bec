/** Tells staff assignees of a finalised version's actions, each action once (R3.2, R6.1). */
export const MINUTES_ACTIONS_QUEUE = 'communications.minutes-actions';

export interface MinutesActionsJob {
  minutesId: string;
}
