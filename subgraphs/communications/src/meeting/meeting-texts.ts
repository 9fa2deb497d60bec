import { LetterLanguage } from '../letter/letter-kinds.js';
import { type LinkResponse } from './meeting-response-links.js';

/**
 * The words of a meeting's invitation, update and cancellation mails and of its iCalendar
 * description, in the invitee's language (R3.1, R6.4), like the minutes' words (`MINUTES_WORDS`).
 */
export interface MeetingWords {
  /** Intl locale for the meeting's date and times. */
  locale: string;
  subject: (kind: 'invitation' | 'update' | 'cancellation', meetingSubject: string) => string;
  greeting: (name: string) => string;
  invites: (organiser: string, meetingSubject: string) => string;
  changed: (organiser: string, meetingSubject: string) => string;
  cancelled: (organiser: string, meetingSubject: string) => string;
  reason: string;
  when: string;
  where: string;
  call: string;
  timeZone: string;
  answer: (organiserEmail: string) => string;
  removed: string;
  links: Record<LinkResponse, string>;
}

export const MEETING_WORDS: Record<LetterLanguage, MeetingWords> = {
  [LetterLanguage.EN]: {
    locale: 'en-GB',
    subject: (kind, s) =>
      ({
        invitation: `Invitation: ${s}`,
        update: `Updated invitation: ${s}`,
        cancellation: `Cancelled: ${s}`,
      })[kind],
    greeting: (name) => `Dear ${name},`,
    invites: (o, s) => `${o} invites you to the meeting "${s}".`,
    changed: (o, s) => `${o} has changed the meeting "${s}".`,
    cancelled: (o, s) => `${o} has cancelled the meeting "${s}".`,
    reason: 'Reason',
    when: 'When',
    where: 'Where',
    call: 'Call',
    timeZone: 'Time zone',
    answer: (email) =>
      `Please answer with your calendar, with one of these links, or reply to ${email}.`,
    removed: 'The calendar entry attached removes the meeting from your calendar.',
    links: { ACCEPTED: 'Accept', DECLINED: 'Decline', TENTATIVE: 'Maybe / propose another time' },
  },
  [LetterLanguage.DE]: {
    locale: 'de-DE',
    subject: (kind, s) =>
      ({
        invitation: `Einladung: ${s}`,
        update: `Geänderte Einladung: ${s}`,
        cancellation: `Abgesagt: ${s}`,
      })[kind],
    greeting: (name) => `Guten Tag ${name},`,
    invites: (o, s) => `${o} lädt Sie zur Besprechung „${s}“ ein.`,
    changed: (o, s) => `${o} hat die Besprechung „${s}“ geändert.`,
    cancelled: (o, s) => `${o} hat die Besprechung „${s}“ abgesagt.`,
    reason: 'Grund',
    when: 'Wann',
    where: 'Wo',
    call: 'Anruf',
    timeZone: 'Zeitzone',
    answer: (email) =>
      `Bitte antworten Sie mit Ihrem Kalender, mit einem dieser Links oder per E-Mail an ${email}.`,
    removed: 'Der angehängte Kalendereintrag entfernt die Besprechung aus Ihrem Kalender.',
    links: {
      ACCEPTED: 'Zusagen',
      DECLINED: 'Absagen',
      TENTATIVE: 'Vielleicht / anderen Termin vorschlagen',
    },
  },
  [LetterLanguage.IT]: {
    locale: 'it-IT',
    subject: (kind, s) =>
      ({
        invitation: `Invito: ${s}`,
        update: `Invito modificato: ${s}`,
        cancellation: `Annullata: ${s}`,
      })[kind],
    greeting: (name) => `Gentile ${name},`,
    invites: (o, s) => `${o} la invita alla riunione «${s}».`,
    changed: (o, s) => `${o} ha modificato la riunione «${s}».`,
    cancelled: (o, s) => `${o} ha annullato la riunione «${s}».`,
    reason: 'Motivo',
    when: 'Quando',
    where: 'Dove',
    call: 'Chiamata',
    timeZone: 'Fuso orario',
    answer: (email) =>
      `Risponda con il suo calendario, con uno di questi link oppure scrivendo a ${email}.`,
    removed: 'La voce di calendario allegata rimuove la riunione dal suo calendario.',
    links: {
      ACCEPTED: 'Accetto',
      DECLINED: 'Rifiuto',
      TENTATIVE: 'Forse / proponi un altro orario',
    },
  },
};
