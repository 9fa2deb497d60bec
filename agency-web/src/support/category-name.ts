/** A request category's name in the user's language. */
export function localName(c: { nameEn: string; nameDe: string; nameIt: string }, language: string) {
  return language.startsWith('de') ? c.nameDe : language.startsWith('it') ? c.nameIt : c.nameEn;
}
