import {
  type Attendance,
  type MeetingFieldsFragment,
  type MinutesDraftInput,
  type MinutesFieldsFragment,
} from '../gql/graphql.js';

/** Someone an action can be given to: an invitee, the signed-in user, or an uninvited attendee. */
export interface Assignee {
  key: string;
  name: string;
  accountId: string | null;
}

export interface ActionDraft {
  id: string | null;
  what: string;
  assignee: string;
  dueOn: string;
}

/** The wizard's editable copy of a draft version (R3.2); each step saves its own part. */
export interface MinutesDraft {
  heldOn: string;
  startTime: string;
  endTime: string;
  location: string;
  chair: string;
  minuteTaker: string;
  notes: string;
  decisions: string;
  attendance: Record<string, Attendance>;
  uninvited: { name: string; email: string }[];
  actions: ActionDraft[];
  files: { id: string; fileName: string }[];
  cases: { caseType: MeetingFieldsFragment['caseType']; caseId: string }[];
}

export const STEPS = [
  'details',
  'notes',
  'decisions',
  'attendance',
  'actions',
  'files',
  'cases',
  'review',
] as const;
export type StepName = (typeof STEPS)[number];

export function assigneesOf(
  meeting: MeetingFieldsFragment,
  me: { id: string; name: string } | null,
  uninvited: { name: string }[],
): Assignee[] {
  const list: Assignee[] = meeting.invitees.map((i) => ({
    key: `invitee:${i.id}`,
    name: i.name,
    accountId: i.kind === 'STAFF' ? (i.accountId ?? null) : null,
  }));
  if (me && !list.some((a) => a.accountId === me.id))
    list.push({ key: `me:${me.id}`, name: me.name, accountId: me.id });
  uninvited.forEach((u, n) => {
    if (u.name.trim()) list.push({ key: `guest:${n}`, name: u.name, accountId: null });
  });
  return list;
}

export function draftOf(
  minutes: MinutesFieldsFragment,
  meeting: MeetingFieldsFragment,
  assignees: (uninvited: { name: string }[]) => Assignee[],
): MinutesDraft {
  const attendance: Record<string, Attendance> = {};
  for (const invitee of meeting.invitees)
    attendance[invitee.id] =
      minutes.attendance.find((a) => a.inviteeId === invitee.id)?.attendance ??
      (invitee.response === 'DECLINED' ? 'DECLINED' : 'ATTENDED');
  const uninvited = minutes.uninvited.map((u) => ({ name: u.name, email: u.email ?? '' }));
  const people = assignees(uninvited);
  return {
    heldOn: minutes.heldOn ?? '',
    startTime: minutes.startTime ?? '',
    endTime: minutes.endTime ?? '',
    location: minutes.location ?? '',
    chair: minutes.chair ?? '',
    minuteTaker: minutes.minuteTaker ?? '',
    notes: minutes.notes ?? '',
    decisions: minutes.decisions ?? '',
    attendance,
    uninvited,
    actions: minutes.actions.map((a) => ({
      id: a.id,
      what: a.what,
      assignee:
        people.find((p) =>
          a.assigneeAccountId ? p.accountId === a.assigneeAccountId : p.name === a.assigneeName,
        )?.key ?? '',
      dueOn: a.dueOn,
    })),
    files: minutes.files.map((f) => ({ id: f.id, fileName: f.fileName })),
    cases: minutes.cases.map((c) => ({ caseType: c.caseType, caseId: c.caseId })),
  };
}

/** The part of the draft one step saves. */
export function stepInput(
  step: StepName,
  draft: MinutesDraft,
  people: Assignee[],
): Omit<MinutesDraftInput, 'version'> {
  const blank = (value: string) => value.trim() || null;
  switch (step) {
    case 'details':
      return {
        details: {
          heldOn: blank(draft.heldOn),
          startTime: blank(draft.startTime),
          endTime: blank(draft.endTime),
          location: blank(draft.location),
          chair: blank(draft.chair),
          minuteTaker: blank(draft.minuteTaker),
        },
      };
    case 'notes':
      return { notes: draft.notes };
    case 'decisions':
      return { decisions: draft.decisions };
    case 'attendance':
      return {
        attendance: Object.entries(draft.attendance).map(([inviteeId, attendance]) => ({
          inviteeId,
          attendance,
        })),
        uninvited: draft.uninvited
          .filter((u) => u.name.trim())
          .map((u) => ({ name: u.name, email: blank(u.email) })),
      };
    case 'actions':
      return {
        actions: draft.actions.map((a) => {
          const who = people.find((p) => p.key === a.assignee);
          return {
            id: a.id,
            what: a.what,
            assigneeName: who?.name ?? null,
            assigneeAccountId: who?.accountId ?? null,
            dueOn: blank(a.dueOn),
          };
        }),
      };
    case 'files':
      return { fileIds: draft.files.map((f) => f.id) };
    case 'cases':
      return { cases: draft.cases };
    case 'review':
      return {};
  }
}
