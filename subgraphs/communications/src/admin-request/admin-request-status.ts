import { AdminRequestSide, AdminRequestStatus } from './admin-request-enums.js';

const { NEW, IN_PROGRESS, WAITING_FOR_PROVIDER, RESOLVED, CLOSED } = AdminRequestStatus;

/** How long after resolving or closing a request it may be reopened. */
export const REOPEN_PERIOD_DAYS = 30;

/** Status changes each side may make by hand (replies move the status on their own, see below). */
const ALLOWED: Record<
  AdminRequestSide,
  Partial<Record<AdminRequestStatus, AdminRequestStatus[]>>
> = {
  [AdminRequestSide.AGENCY]: {
    [NEW]: [IN_PROGRESS, WAITING_FOR_PROVIDER, RESOLVED],
    [IN_PROGRESS]: [WAITING_FOR_PROVIDER, RESOLVED],
    [WAITING_FOR_PROVIDER]: [IN_PROGRESS, RESOLVED],
    [RESOLVED]: [CLOSED, IN_PROGRESS],
    [CLOSED]: [IN_PROGRESS],
  },
  // The provider closes its own request at any time, and reopens it within the period.
  [AdminRequestSide.PROVIDER]: {
    [NEW]: [CLOSED],
    [IN_PROGRESS]: [CLOSED],
    [WAITING_FOR_PROVIDER]: [CLOSED],
    [RESOLVED]: [CLOSED, IN_PROGRESS],
    [CLOSED]: [IN_PROGRESS],
  },
};

export type TransitionRefusal = 'STATUS_CHANGE_NOT_ALLOWED' | 'REOPEN_PERIOD_OVER';

/** Whether `side` may move a request from `from` to `to` now; reopening counts from the last resolution or closing. */
export function checkTransition(
  side: AdminRequestSide,
  from: AdminRequestStatus,
  to: AdminRequestStatus,
  settledAt: Date | null,
  now = new Date(),
): TransitionRefusal | null {
  if (!(ALLOWED[side][from] ?? []).includes(to)) return 'STATUS_CHANGE_NOT_ALLOWED';
  const reopening = (from === RESOLVED || from === CLOSED) && to === IN_PROGRESS;
  if (
    reopening &&
    settledAt &&
    now.getTime() - settledAt.getTime() > REOPEN_PERIOD_DAYS * 86_400_000
  )
    return 'REOPEN_PERIOD_OVER';
  return null;
}

/** The status after a reply: the agency's first reply starts the work, the provider's answer resumes it. */
export function statusAfterReply(
  side: AdminRequestSide,
  status: AdminRequestStatus,
): AdminRequestStatus {
  if (side === AdminRequestSide.AGENCY && status === NEW) return IN_PROGRESS;
  if (side === AdminRequestSide.PROVIDER && status === WAITING_FOR_PROVIDER) return IN_PROGRESS;
  return status;
}

export const OPEN_STATUSES = [NEW, IN_PROGRESS, WAITING_FOR_PROVIDER] as const;
