import pdfmake from 'pdfmake';
import { type Content, type TDocumentDefinitions } from 'pdfmake/interfaces.js';
// Sets pdfmake's fonts (Roboto, embedded) and its access policies once for every PDF made here.
import '../letter/letter-pdf.js';
import { type LetterLanguage } from '../letter/letter-kinds.js';
import { type Letterhead } from '../letter/letterhead.js';
import { type Meeting } from '../meeting/meeting.entity.js';
import { MINUTES_WORDS } from './minutes-texts.js';
import { type MeetingMinutes } from './minutes.entity.js';

const section = (title: string, body: Content[]): Content[] => [
  { text: title, style: 'heading', margin: [0, 14, 0, 4] },
  ...body,
];

const paragraphs = (text: string | null | undefined, none: string): Content[] =>
  (text?.trim() ? text.split(/\n{2,}/) : [none]).map((p) => ({ text: p, margin: [0, 0, 0, 4] }));

/** The minutes as an A4 PDF in the given language (R3.2): every part the wizard records. */
export async function renderMinutesPdf(
  letterhead: Letterhead,
  meeting: Meeting,
  minutes: MeetingMinutes,
  fileNames: string[],
  language: LetterLanguage,
): Promise<Buffer> {
  const w = MINUTES_WORDS[language];
  const row = (label: string, value: string | null | undefined): Content => ({
    columns: [
      { width: 110, text: label, bold: true },
      { width: '*', text: value?.trim() || w.none },
    ],
    margin: [0, 0, 0, 2],
  });
  const times = [minutes.startTime, minutes.endTime].filter(Boolean).join(' – ');
  const content: Content[] = [
    { text: letterhead.name, style: 'agency' },
    { text: [...letterhead.addressLines, letterhead.contact].join(' · '), style: 'small' },
    {
      text: `${w.title}: ${meeting.subject}`,
      style: 'title',
      margin: [0, 24, 0, 4],
    },
    { text: `${w.version} ${minutes.number}`, style: 'small', margin: [0, 0, 0, 10] },
    minutes.correctionReason ? { text: w.correction(minutes.correctionReason), italics: true } : '',
    row(w.date, minutes.heldOn),
    row(w.time, times),
    row(w.location, minutes.location),
    row(w.chair, minutes.chair),
    row(w.minuteTaker, minutes.minuteTaker),
    ...section(w.attendance, [
      {
        ul: minutes.attendance.map((a) => `${a.name}: ${w.attendanceValue[a.attendance]}`),
      },
    ]),
    ...(minutes.uninvited.length > 0
      ? section(w.alsoPresent, [{ ul: minutes.uninvited.map((u) => u.name) }])
      : []),
    ...section(w.notes, paragraphs(minutes.notes, w.none)),
    ...section(w.decisions, paragraphs(minutes.decisions, w.none)),
    ...section(w.actions, [
      minutes.actions.length === 0
        ? { text: w.none }
        : {
            table: {
              headerRows: 1,
              widths: ['*', 140, 70],
              body: [
                [
                  { text: w.what, bold: true },
                  { text: w.who, bold: true },
                  { text: w.due, bold: true },
                ],
                ...minutes.actions.map((a) => [a.what, a.assigneeName, a.dueOn]),
              ],
            },
          },
    ]),
    ...section(w.cases, [
      minutes.cases.length === 0
        ? { text: w.none }
        : { ul: minutes.cases.map((c) => `${w.caseKind[c.caseType]} ${c.caseId}`) },
    ]),
    ...section(w.files, [fileNames.length === 0 ? { text: w.none } : { ul: fileNames }]),
    minutes.finalisedBy && minutes.finalisedAt
      ? {
          text: w.finalised(minutes.finalisedBy, minutes.finalisedAt.toISOString().slice(0, 10)),
          style: 'small',
          margin: [0, 20, 0, 0],
        }
      : '',
  ];
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [60, 50, 60, 60],
    info: { title: `${w.title}: ${meeting.subject}`, creator: letterhead.name },
    content,
    footer: (page, pages) => ({
      text: w.page(page, pages),
      alignment: 'center',
      style: 'small',
      margin: [0, 20, 0, 0],
    }),
    styles: {
      agency: { fontSize: 16, bold: true },
      small: { fontSize: 8, color: '#444444' },
      title: { fontSize: 14, bold: true },
      heading: { fontSize: 12, bold: true },
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25 },
  };
  return pdfmake.createPdf(doc).getBuffer();
}
