import { authorize, type RequestContext } from '@casework/kit';
import { MinutesStatus } from './minutes-enums.js';
import { MeetingMinutes } from './minutes.entity.js';
import { type AssignedAction } from './assigned-action.js';

/** The most actions listed at once; the start page shows the first few. */
const MAX_ACTIONS = 200;

/**
 * Actions assigned to the caller in the minutes of their meetings (R3.2): only the newest final
 * version of each meeting's minutes counts, since a correction replaces the earlier version.
 * Soonest due first.
 */
export class AssignedActionsService {
  constructor(private readonly ctx: RequestContext) {}

  async mine(): Promise<AssignedAction[]> {
    authorize(this.ctx.identity, 'case:read', 'read meeting minutes');
    const me = this.ctx.identity.id;
    const withMine = await this.ctx.em.find(
      MeetingMinutes,
      { status: MinutesStatus.FINAL, actions: { $contains: [{ assigneeAccountId: me }] } },
      { populate: ['meeting'] },
    );
    if (withMine.length === 0) return [];
    // A newer final version without my action replaces the one with it.
    const newest = await this.ctx.em.find(
      MeetingMinutes,
      { status: MinutesStatus.FINAL, meeting: { $in: withMine.map((m) => m.meeting.id) } },
      { fields: ['id', 'number', 'meeting'] },
    );
    const newestNumber = new Map<string, number>();
    for (const m of newest)
      newestNumber.set(m.meeting.id, Math.max(newestNumber.get(m.meeting.id) ?? 0, m.number));
    return withMine
      .filter((m) => m.number === newestNumber.get(m.meeting.id))
      .flatMap((m) =>
        m.actions
          .filter((a) => a.assigneeAccountId === me)
          .map((a) => ({
            id: a.id,
            what: a.what,
            dueOn: a.dueOn,
            meetingId: m.meeting.id,
            meetingSubject: m.meeting.subject,
            caseType: m.meeting.caseType,
            caseId: m.meeting.caseId,
          })),
      )
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.what.localeCompare(b.what))
      .slice(0, MAX_ACTIONS);
  }
}
