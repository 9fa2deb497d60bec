import { GENERIC_REFUSALS } from './codes/generic.js';
import { INPUT_REFUSALS } from './codes/input.js';
import { TEXT_POLICY_REFUSALS } from './codes/text-policy.js';
import { DATES_REFUSALS } from './codes/dates.js';
import { PERSONS_REFUSALS } from './codes/persons.js';
import { CASES_REFUSALS } from './codes/cases.js';
import { MEETINGS_REFUSALS } from './codes/meetings.js';
import { NOTES_REFUSALS } from './codes/notes.js';
import { PROVIDERS_REFUSALS } from './codes/providers.js';
import { INQUIRIES_REFUSALS } from './codes/inquiries.js';
import { FILES_REFUSALS } from './codes/files.js';
import { ADMIN_REQUESTS_REFUSALS } from './codes/admin-requests.js';
import { LETTERS_REFUSALS } from './codes/letters.js';
import { INTEGRATIONS_REFUSALS } from './codes/integrations.js';
import { MINUTES_REFUSALS } from './codes/minutes.js';
import { ACCOUNTS_REFUSALS } from './codes/accounts.js';
import { type RefusalDefinitions } from './codes/refusal-definition.js';

export { type RefusalCategory } from './codes/refusal-definition.js';

/**
 * Every refusal the API gives, by stable machine code (`extensions.reason`, and `code` of each
 * entry in `extensions.fields`): its category (`extensions.code`, which clients already rely on)
 * and its English message, a template with `{{param}}` placeholders (i18next's syntax) filled from
 * `extensions.params`. The apps translate each code into en/de/it (web-kit's completeness test
 * reads this registry). Pure data, one file per concern under `codes/` (a new feature adds its
 * own file and spreads it here), so any workspace can read it.
 */
export const REFUSALS = {
  ...GENERIC_REFUSALS,
  ...INPUT_REFUSALS,
  ...TEXT_POLICY_REFUSALS,
  ...DATES_REFUSALS,
  ...PERSONS_REFUSALS,
  ...CASES_REFUSALS,
  ...MEETINGS_REFUSALS,
  ...NOTES_REFUSALS,
  ...PROVIDERS_REFUSALS,
  ...INQUIRIES_REFUSALS,
  ...FILES_REFUSALS,
  ...ADMIN_REQUESTS_REFUSALS,
  ...LETTERS_REFUSALS,
  ...INTEGRATIONS_REFUSALS,
  ...MINUTES_REFUSALS,
  ...ACCOUNTS_REFUSALS,
} as const satisfies RefusalDefinitions;

export type RefusalReason = keyof typeof REFUSALS;

/** The placeholder names in a template: `'{{a}} and {{b}}'` gives `'a' | 'b'`. */
type Placeholders<S extends string> = S extends `${string}{{${infer P}}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/** A parameter: a fact for the client's own wording (lists are joined with ", " in English). */
export type RefusalParamValue = string | number | boolean | readonly string[];

/** The parameters a refusal's message needs, checked at compile time against its template. */
export type RefusalParams<R extends RefusalReason> = {
  [P in Placeholders<(typeof REFUSALS)[R]['message']>]: RefusalParamValue;
};

/** The placeholder names a template uses, for checks at run time. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '');
}

/** Fills a template's placeholders; a missing parameter stays visible as `{{name}}`. */
export function renderTemplate(
  template: string,
  params: Readonly<Record<string, RefusalParamValue | null | undefined>>,
): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return whole;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}
