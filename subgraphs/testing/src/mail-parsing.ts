import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';

/** The iCalendar event of an invitation mail, as a calendar program reads it. */
export interface ParsedCalendar {
  method: string;
  uid: string;
  sequence: number;
  summary: string;
  description: string | null;
  location: string | null;
  status: string | null;
  /** ISO instants. */
  start: string;
  end: string;
  organizer: string;
  /** `mailto:` addresses. */
  attendees: string[];
}

export interface ParsedInvitation {
  subject: string;
  text: string;
  calendar: ParsedCalendar;
}

/**
 * Parses a raw mail (as a test's SMTP server received it) with mailparser and its text/calendar
 * part with ical.js, so a test checks what a mail client and a calendar would see.
 */
export async function parseInvitation(raw: string): Promise<ParsedInvitation> {
  const mail = await simpleParser(raw);
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!part) throw new Error(`no text/calendar part in the mail "${mail.subject ?? ''}"`);
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT in the calendar part');
  const value = (name: string) => {
    const v = event.getFirstPropertyValue(name);
    return v === null || v === undefined ? null : String(v);
  };
  const time = (name: string) => {
    const v = event.getFirstPropertyValue(name);
    if (!(v instanceof ICAL.Time)) throw new Error(`${name} is not a date-time`);
    return v.toJSDate().toISOString();
  };
  return {
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    calendar: {
      method: String(calendar.getFirstPropertyValue('method')),
      uid: value('uid') ?? '',
      sequence: Number(value('sequence') ?? 0),
      summary: value('summary') ?? '',
      description: value('description'),
      location: value('location'),
      status: value('status'),
      start: time('dtstart'),
      end: time('dtend'),
      organizer: value('organizer') ?? '',
      attendees: event
        .getAllProperties('attendee')
        .map((p) => String(p.getFirstValue()).replace(/^mailto:/i, 'mailto:')),
    },
  };
}
