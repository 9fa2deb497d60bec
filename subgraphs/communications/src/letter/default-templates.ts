import { LetterKind, LetterLanguage } from './letter-kinds.js';

/**
 * The texts used while an administrator has published no template of a kind (R2.4): letters are
 * never blocked by missing configuration. A letter made from one records no template version.
 */
export const DEFAULT_TEMPLATES: Readonly<
  Record<LetterKind, Record<LetterLanguage, { subject: string; body: string }>>
> = {
  [LetterKind.REFERRAL_CLIENT]: {
    [LetterLanguage.EN]: {
      subject: 'Your referral to {{ provider.name }}',
      body: 'Dear {{ recipient.name }},\n\nwe have referred you to {{ provider.name }} for {{ service.name }} ({{ referredOn }}).\n\n{{ text }}\n\nKind regards\n{{ caseworker.name }}',
    },
    [LetterLanguage.DE]: {
      subject: 'Ihre Überweisung an {{ provider.name }}',
      body: 'Guten Tag {{ recipient.name }},\n\nwir haben Sie am {{ referredOn }} für {{ service.name }} an {{ provider.name }} überwiesen.\n\n{{ text }}\n\nMit freundlichen Grüßen\n{{ caseworker.name }}',
    },
    [LetterLanguage.IT]: {
      subject: 'Il suo invio a {{ provider.name }}',
      body: 'Gentile {{ recipient.name }},\n\nil {{ referredOn }} l’abbiamo inviata a {{ provider.name }} per {{ service.name }}.\n\n{{ text }}\n\nCordiali saluti\n{{ caseworker.name }}',
    },
  },
  [LetterKind.REFERRAL_PROVIDER]: {
    [LetterLanguage.EN]: {
      subject: 'Referral of {{ client.name }} for {{ service.name }}',
      body: 'Dear {{ recipient.name }},\n\nwe have referred {{ client.name }} to you for {{ service.name }} ({{ referredOn }}).\n\n{{ text }}\n\nKind regards\n{{ caseworker.name }}',
    },
    [LetterLanguage.DE]: {
      subject: 'Überweisung von {{ client.name }}: {{ service.name }}',
      body: 'Sehr geehrte Damen und Herren von {{ recipient.name }},\n\nwir haben {{ client.name }} am {{ referredOn }} für {{ service.name }} an Sie überwiesen.\n\n{{ text }}\n\nMit freundlichen Grüßen\n{{ caseworker.name }}',
    },
    [LetterLanguage.IT]: {
      subject: 'Invio di {{ client.name }}: {{ service.name }}',
      body: 'Gentili signori di {{ recipient.name }},\n\nil {{ referredOn }} abbiamo inviato {{ client.name }} presso di voi per {{ service.name }}.\n\n{{ text }}\n\nCordiali saluti\n{{ caseworker.name }}',
    },
  },
  [LetterKind.FREE_LETTER]: {
    [LetterLanguage.EN]: {
      subject: '{{ agency.name }}',
      body: 'Dear {{ recipient.name }},\n\n{{ text }}\n\nKind regards\n{{ caseworker.name }}',
    },
    [LetterLanguage.DE]: {
      subject: '{{ agency.name }}',
      body: 'Guten Tag {{ recipient.name }},\n\n{{ text }}\n\nMit freundlichen Grüßen\n{{ caseworker.name }}',
    },
    [LetterLanguage.IT]: {
      subject: '{{ agency.name }}',
      body: 'Gentile {{ recipient.name }},\n\n{{ text }}\n\nCordiali saluti\n{{ caseworker.name }}',
    },
  },
  [LetterKind.MEETING_MINUTES]: {
    [LetterLanguage.EN]: { subject: 'Minutes: {{ meeting.title }}', body: '{{ text }}' },
    [LetterLanguage.DE]: { subject: 'Protokoll: {{ meeting.title }}', body: '{{ text }}' },
    [LetterLanguage.IT]: { subject: 'Verbale: {{ meeting.title }}', body: '{{ text }}' },
  },
};
