import { InvitationResponse } from './meeting-enums.js';

/** The languages of the page an invitee's response link opens (R3.1; en/de/it). */
export type PageLanguage = 'en' | 'de' | 'it';

interface PageTexts {
  title: string;
  confirm: Record<string, string>;
  question: string;
  recorded: string;
  alreadyRecorded: string;
  answer: Record<string, string>;
  invalid: string;
  expired: string;
  stale: string;
  closed: string;
  when: string;
}

const TEXTS: Record<PageLanguage, PageTexts> = {
  en: {
    title: 'Your answer to the invitation',
    question: 'Please confirm your answer to “{subject}”.',
    confirm: {
      [InvitationResponse.ACCEPTED]: 'Yes, I will attend',
      [InvitationResponse.DECLINED]: 'No, I cannot attend',
      [InvitationResponse.TENTATIVE]: 'Maybe – please propose another time',
    },
    recorded: 'Thank you. Your answer “{answer}” to “{subject}” is recorded.',
    alreadyRecorded: 'Your answer “{answer}” to “{subject}” was already recorded.',
    answer: {
      [InvitationResponse.ACCEPTED]: 'I will attend',
      [InvitationResponse.DECLINED]: 'I cannot attend',
      [InvitationResponse.TENTATIVE]: 'Maybe, please propose another time',
    },
    invalid:
      'This link is not valid: it was changed or is incomplete. Use the link from your invitation, or answer the organiser by email.',
    expired:
      'This link has expired: the meeting is over. Please contact the organiser if you have questions.',
    stale:
      'The meeting has changed since this invitation was sent. Please use the links in the latest invitation.',
    closed: 'The meeting was cancelled or has already taken place, so answers are no longer taken.',
    when: 'When',
  },
  de: {
    title: 'Ihre Antwort auf die Einladung',
    question: 'Bitte bestätigen Sie Ihre Antwort auf „{subject}“.',
    confirm: {
      [InvitationResponse.ACCEPTED]: 'Ja, ich nehme teil',
      [InvitationResponse.DECLINED]: 'Nein, ich kann nicht teilnehmen',
      [InvitationResponse.TENTATIVE]: 'Vielleicht – bitte schlagen Sie einen anderen Termin vor',
    },
    recorded: 'Vielen Dank. Ihre Antwort „{answer}“ auf „{subject}“ ist gespeichert.',
    alreadyRecorded: 'Ihre Antwort „{answer}“ auf „{subject}“ war bereits gespeichert.',
    answer: {
      [InvitationResponse.ACCEPTED]: 'Ich nehme teil',
      [InvitationResponse.DECLINED]: 'Ich kann nicht teilnehmen',
      [InvitationResponse.TENTATIVE]: 'Vielleicht, bitte einen anderen Termin vorschlagen',
    },
    invalid:
      'Dieser Link ist ungültig: Er wurde verändert oder ist unvollständig. Verwenden Sie den Link aus Ihrer Einladung oder antworten Sie der einladenden Person per E-Mail.',
    expired:
      'Dieser Link ist abgelaufen: Die Besprechung ist vorbei. Bei Fragen wenden Sie sich bitte an die einladende Person.',
    stale:
      'Die Besprechung wurde seit dieser Einladung geändert. Bitte verwenden Sie die Links der neuesten Einladung.',
    closed:
      'Die Besprechung wurde abgesagt oder hat bereits stattgefunden; Antworten werden nicht mehr angenommen.',
    when: 'Wann',
  },
  it: {
    title: 'La vostra risposta all’invito',
    question: 'Confermate la vostra risposta a «{subject}».',
    confirm: {
      [InvitationResponse.ACCEPTED]: 'Sì, partecipo',
      [InvitationResponse.DECLINED]: 'No, non posso partecipare',
      [InvitationResponse.TENTATIVE]: 'Forse – proponete un altro orario',
    },
    recorded: 'Grazie. La vostra risposta «{answer}» a «{subject}» è registrata.',
    alreadyRecorded: 'La vostra risposta «{answer}» a «{subject}» era già registrata.',
    answer: {
      [InvitationResponse.ACCEPTED]: 'Partecipo',
      [InvitationResponse.DECLINED]: 'Non posso partecipare',
      [InvitationResponse.TENTATIVE]: 'Forse, proponete un altro orario',
    },
    invalid:
      'Questo link non è valido: è stato modificato o è incompleto. Usate il link del vostro invito o rispondete all’organizzatore via email.',
    expired:
      'Questo link è scaduto: la riunione è terminata. Per domande contattate l’organizzatore.',
    stale:
      'La riunione è cambiata dopo l’invio di questo invito. Usate i link dell’invito più recente.',
    closed: 'La riunione è stata annullata o si è già svolta; non si accettano più risposte.',
    when: 'Quando',
  },
};

/** The best of en/de/it for an Accept-Language header; `fallback` (English) otherwise. */
export function pageLanguage(
  acceptLanguage: string | undefined,
  fallback: PageLanguage = 'en',
): PageLanguage {
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { lang: tag.slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q) || 0 };
    })
    .sort((a, b) => b.q - a.q);
  const found = wanted.find((w) => w.lang === 'de' || w.lang === 'it' || w.lang === 'en');
  return (found?.lang as PageLanguage | undefined) ?? fallback;
}

export function pageTexts(language: PageLanguage): PageTexts {
  return TEXTS[language];
}

/** Fills `{name}` placeholders; the page escapes the result. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}
