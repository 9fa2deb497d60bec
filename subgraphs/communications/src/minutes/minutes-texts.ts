import { LetterLanguage } from '../letter/letter-kinds.js';
import { Attendance } from './minutes-enums.js';

/** The words of the minutes' PDF and mail in the recipient's language (en/de/it). */
export interface MinutesWords {
  title: string;
  meeting: string;
  version: string;
  date: string;
  time: string;
  location: string;
  chair: string;
  minuteTaker: string;
  attendance: string;
  alsoPresent: string;
  notes: string;
  decisions: string;
  actions: string;
  what: string;
  who: string;
  due: string;
  cases: string;
  files: string;
  finalised: (by: string, at: string) => string;
  correction: (reason: string) => string;
  attendanceValue: Record<Attendance, string>;
  caseKind: { APPLICATION_CASE: string; INTEGRATED_CASE: string };
  none: string;
  page: (n: number, of: number) => string;
  mailSubject: (subject: string) => string;
  mailText: (name: string, subject: string, date: string, version: number, by: string) => string;
}

export const MINUTES_WORDS: Record<LetterLanguage, MinutesWords> = {
  [LetterLanguage.EN]: {
    title: 'Minutes',
    meeting: 'Meeting',
    version: 'Version',
    date: 'Date',
    time: 'Time',
    location: 'Location',
    chair: 'Chair',
    minuteTaker: 'Minute taker',
    attendance: 'Attendance',
    alsoPresent: 'Also present (not invited)',
    notes: 'Notes',
    decisions: 'Decisions',
    actions: 'Actions',
    what: 'What',
    who: 'Who',
    due: 'Due',
    cases: 'Cases discussed',
    files: 'Files',
    finalised: (by, at) => `Finalised by ${by} on ${at}`,
    correction: (reason) => `Correction of the previous version: ${reason}`,
    attendanceValue: { ATTENDED: 'attended', DECLINED: 'declined', ABSENT: 'absent' },
    caseKind: { APPLICATION_CASE: 'Application case', INTEGRATED_CASE: 'Integrated case' },
    none: '—',
    page: (n, of) => `Page ${n} of ${of}`,
    mailSubject: (subject) => `Minutes: ${subject}`,
    mailText: (name, subject, date, version, by) =>
      `Dear ${name},\n\nplease find attached the minutes of the meeting "${subject}" of ${date} (version ${version}).\n\nKind regards\n${by}`,
  },
  [LetterLanguage.DE]: {
    title: 'Protokoll',
    meeting: 'Besprechung',
    version: 'Version',
    date: 'Datum',
    time: 'Zeit',
    location: 'Ort',
    chair: 'Leitung',
    minuteTaker: 'Protokoll',
    attendance: 'Anwesenheit',
    alsoPresent: 'Außerdem anwesend (nicht eingeladen)',
    notes: 'Notizen',
    decisions: 'Beschlüsse',
    actions: 'Aufgaben',
    what: 'Was',
    who: 'Wer',
    due: 'Fällig',
    cases: 'Besprochene Fälle',
    files: 'Dateien',
    finalised: (by, at) => `Abgeschlossen von ${by} am ${at}`,
    correction: (reason) => `Berichtigung der vorigen Version: ${reason}`,
    attendanceValue: { ATTENDED: 'anwesend', DECLINED: 'abgesagt', ABSENT: 'abwesend' },
    caseKind: { APPLICATION_CASE: 'Antragsfall', INTEGRATED_CASE: 'Integrierter Fall' },
    none: '—',
    page: (n, of) => `Seite ${n} von ${of}`,
    mailSubject: (subject) => `Protokoll: ${subject}`,
    mailText: (name, subject, date, version, by) =>
      `Guten Tag ${name},\n\nim Anhang finden Sie das Protokoll der Besprechung „${subject}“ vom ${date} (Version ${version}).\n\nMit freundlichen Grüßen\n${by}`,
  },
  [LetterLanguage.IT]: {
    title: 'Verbale',
    meeting: 'Riunione',
    version: 'Versione',
    date: 'Data',
    time: 'Orario',
    location: 'Luogo',
    chair: 'Presidente',
    minuteTaker: 'Verbalizzante',
    attendance: 'Presenze',
    alsoPresent: 'Presenti anche (non invitati)',
    notes: 'Note',
    decisions: 'Decisioni',
    actions: 'Azioni',
    what: 'Cosa',
    who: 'Chi',
    due: 'Scadenza',
    cases: 'Casi discussi',
    files: 'File',
    finalised: (by, at) => `Finalizzato da ${by} il ${at}`,
    correction: (reason) => `Correzione della versione precedente: ${reason}`,
    attendanceValue: { ATTENDED: 'presente', DECLINED: 'ha declinato', ABSENT: 'assente' },
    caseKind: { APPLICATION_CASE: 'Pratica di domanda', INTEGRATED_CASE: 'Caso integrato' },
    none: '—',
    page: (n, of) => `Pagina ${n} di ${of}`,
    mailSubject: (subject) => `Verbale: ${subject}`,
    mailText: (name, subject, date, version, by) =>
      `Gentile ${name},\n\nin allegato trova il verbale della riunione «${subject}» del ${date} (versione ${version}).\n\nCordiali saluti\n${by}`,
  },
};
