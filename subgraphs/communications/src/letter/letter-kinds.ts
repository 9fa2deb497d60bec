import { registerEnumType } from 'type-graphql';

/** What a letter template is for (R2.4); more kinds come with later features. */
export enum LetterKind {
  REFERRAL_CLIENT = 'REFERRAL_CLIENT',
  REFERRAL_PROVIDER = 'REFERRAL_PROVIDER',
  FREE_LETTER = 'FREE_LETTER',
  MEETING_MINUTES = 'MEETING_MINUTES',
}

/** The languages letters are written in; a party's language is chosen, English is the fallback. */
export enum LetterLanguage {
  EN = 'EN',
  DE = 'DE',
  IT = 'IT',
}

registerEnumType(LetterKind, { name: 'LetterKind', description: 'What a letter template is for' });
registerEnumType(LetterLanguage, { name: 'LetterLanguage', description: 'Language of a letter' });

/** One placeholder a template of a kind may use, with its description and preview value. */
export interface PlaceholderSpec {
  name: string;
  description: string;
  sample: string;
}

const COMMON: PlaceholderSpec[] = [
  { name: 'recipient.name', description: 'Name of the addressee', sample: 'Anna Müller' },
  { name: 'agency.name', description: 'Name of the agency (letterhead)', sample: 'Sozialamt' },
  { name: 'caseworker.name', description: 'The caseworker who writes', sample: 'Clara Weiß' },
  { name: 'date', description: 'Date of the letter (YYYY-MM-DD)', sample: '2026-11-29' },
  { name: 'reference', description: 'Reference of the case', sample: 'IC-4H7K2M9Q' },
  { name: 'text', description: 'The text the caseworker enters (R2.2)', sample: 'Grüße' },
];

const REFERRAL: PlaceholderSpec[] = [
  ...COMMON,
  { name: 'service.name', description: 'The service referred to', sample: 'Häusliche Pflege' },
  { name: 'provider.name', description: 'The provider', sample: 'Sonnenhof Pflegedienst' },
  { name: 'client.name', description: 'The client referred', sample: 'Anna Müller' },
  {
    name: 'referredOn',
    description: "Date of the referral, in the letter's language (29 November 2026)",
    sample: '29 November 2026',
  },
];

/** The documented placeholders per kind: a template using any other name is refused. */
export const PLACEHOLDERS: Readonly<Record<LetterKind, readonly PlaceholderSpec[]>> = {
  [LetterKind.REFERRAL_CLIENT]: REFERRAL,
  [LetterKind.REFERRAL_PROVIDER]: REFERRAL,
  [LetterKind.FREE_LETTER]: COMMON,
  [LetterKind.MEETING_MINUTES]: [
    ...COMMON,
    { name: 'meeting.title', description: 'Title of the meeting', sample: 'Erstgespräch' },
  ],
};

/** Nested data for the template engine from dotted placeholder names and values. */
export function placeholderData(values: Readonly<Record<string, string>>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(values)) {
    const parts = path.split('.');
    let node = data;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  return data;
}

/** Sample values of a kind's placeholders, for previews. */
export function sampleValues(kind: LetterKind): Record<string, string> {
  return Object.fromEntries(PLACEHOLDERS[kind].map((p) => [p.name, p.sample]));
}

/** A party's letter language from its country (the records keep no language), English otherwise. */
export function languageForCountry(country: string | null | undefined): LetterLanguage {
  const c = (country ?? '').toUpperCase();
  if (c === 'DE' || c === 'AT' || c === 'LI') return LetterLanguage.DE;
  if (c === 'IT' || c === 'SM' || c === 'VA') return LetterLanguage.IT;
  return LetterLanguage.EN;
}

/** A calendar date (YYYY-MM-DD) as a letter in that language writes it: 29. November 2026. */
export function formatLetterDate(date: string, language: LetterLanguage): string {
  const locale = { EN: 'en-GB', DE: 'de-DE', IT: 'it-IT' }[language];
  return new Date(`${date}T12:00:00Z`).toLocaleDateString(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
