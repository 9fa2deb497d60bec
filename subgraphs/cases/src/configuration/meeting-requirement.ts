import { registerEnumType } from 'type-graphql';

/** When a programme needs a meeting with the client before it can be authorised (R3.1). */
export enum MeetingRequirement {
  NONE = 'NONE',
  ALWAYS = 'ALWAYS',
  WHEN_PROBLEMS = 'WHEN_PROBLEMS',
}

registerEnumType(MeetingRequirement, {
  name: 'MeetingRequirement',
  description: 'When a client meeting is required before a programme is authorised (R3.1)',
  valuesConfig: {
    NONE: { description: 'No meeting is required' },
    ALWAYS: { description: 'A meeting with the client must always be held first' },
    WHEN_PROBLEMS: {
      description:
        'Required while the application has an open problem (missing or conflicting information) that no held meeting resolved',
    },
  },
});

/** Keeps the older boolean and the requirement in step, whichever of them the caller gave. */
export function meetingSettings(input: {
  meetingRequired?: boolean | null;
  meetingRequirement?: MeetingRequirement | null;
}): { meetingRequired: boolean; meetingRequirement: MeetingRequirement } | null {
  if (input.meetingRequirement)
    return {
      meetingRequirement: input.meetingRequirement,
      meetingRequired: input.meetingRequirement === MeetingRequirement.ALWAYS,
    };
  if (input.meetingRequired === undefined || input.meetingRequired === null) return null;
  return {
    meetingRequired: input.meetingRequired,
    meetingRequirement: input.meetingRequired ? MeetingRequirement.ALWAYS : MeetingRequirement.NONE,
  };
}
