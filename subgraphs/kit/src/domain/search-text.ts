/**
 * What a global search text can mean (issue 16): a reference (or its start), a date of birth,
 * an email address (or its start), or words of a name. Each subgraph searches what it owns with
 * these patterns, so every one reads the text the same way.
 */
export interface SearchText {
  /** Trimmed and lower-cased, for similarity and name matching. */
  lower: string;
  /** `LIKE` pattern for references, e.g. `IQ-7K%`, when the text looks like one (letters, dash). */
  referencePrefix: string | null;
  /** The reference's letters, e.g. `IQ`, to search only the kinds that carry them. */
  referenceKind: string | null;
  /** ISO date when the text is a date (YYYY-MM-DD or DD.MM.YYYY). */
  date: string | null;
  /** `LIKE` pattern (lower case) for email addresses, when the text holds an `@`. */
  emailPrefix: string | null;
  /** `LIKE` pattern (lower case) for names containing the text, when it is at least 2 characters. */
  nameContains: string | null;
}

/** Escapes `LIKE` wildcards so user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A date typed as YYYY-MM-DD or DD.MM.YYYY (or D.M.YYYY), in ISO form; null when not a real date. */
export function searchDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const european = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const parts = iso
    ? [iso[1]!, iso[2]!, iso[3]!]
    : european
      ? [european[3]!, european[2]!.padStart(2, '0'), european[1]!.padStart(2, '0')]
      : null;
  if (!parts) return null;
  const value = parts.join('-');
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

const REFERENCE = /^([A-Za-z]{1,3})-([0-9A-Za-z]{0,8})$/;

export function parseSearchText(text: string): SearchText {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const lower = trimmed.toLowerCase();
  const reference = REFERENCE.exec(trimmed);
  const date = searchDate(trimmed);
  return {
    lower,
    referencePrefix: reference ? `${escapeLike(trimmed.toUpperCase())}%` : null,
    referenceKind: reference ? reference[1]!.toUpperCase() : null,
    date,
    emailPrefix: trimmed.includes('@') ? `${escapeLike(lower)}%` : null,
    nameContains: !date && !reference && lower.length >= 2 ? `%${escapeLike(lower)}%` : null,
  };
}
