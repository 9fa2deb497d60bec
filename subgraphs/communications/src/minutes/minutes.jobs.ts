import { type JobQueue, type WorkerDeps } from '@casework/kit';
import { CaseKind } from '../case/case-kind.js';
import { derivedEventId } from '../letter/letter-email.jobs.js';
import { storeNotification } from '../notification/notification.service.js';
import { MINUTES_ACTIONS_QUEUE, type MinutesActionsJob } from './minutes-events.js';
import { MeetingMinutes } from './minutes.entity.js';

/**
 * Tells each agency staff assignee of a finalised version's actions in their inbox, live (R6.1).
 * The event id comes from the action's id, which later versions keep: an action is told once,
 * however often the job runs or the minutes are corrected.
 */
export async function startMinutesWorkers(
  jobs: JobQueue,
  { orm, logger }: WorkerDeps,
): Promise<void> {
  await jobs.work<MinutesActionsJob>(MINUTES_ACTIONS_QUEUE, async ({ minutesId }) => {
    const em = orm.em.fork();
    const minutes = await em.findOne(MeetingMinutes, minutesId, { populate: ['meeting'] });
    if (!minutes) return;
    const meeting = minutes.meeting;
    const link =
      meeting.caseType === CaseKind.APPLICATION_CASE
        ? `/agency/applications/${meeting.caseId}`
        : `/agency/cases/${meeting.caseId}`;
    let told = 0;
    for (const action of minutes.actions) {
      if (!action.assigneeAccountId) continue;
      const stored = await storeNotification(em, {
        eventId: derivedEventId(action.id, 'minutes-action'),
        recipientId: action.assigneeAccountId,
        kind: 'MEETING_ACTION_ASSIGNED',
        params: {
          reference: meeting.subject,
          what: action.what,
          dueOn: action.dueOn,
          assignedBy: minutes.finalisedBy ?? minutes.createdBy,
        },
        subjectType: 'Meeting',
        subjectId: meeting.id,
        link,
      });
      if (stored) told++;
    }
    logger.info({ minutesId, told }, 'minutes actions told');
  });
}
