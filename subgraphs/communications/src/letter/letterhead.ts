/** The agency's letterhead, configured once for all letters (environment; defaults for the demo). */
export interface Letterhead {
  name: string;
  addressLines: string[];
  /** A line under the address, such as phone and email. */
  contact: string;
}

export function readLetterhead(env: NodeJS.ProcessEnv = process.env): Letterhead {
  return {
    name: env.AGENCY_NAME?.trim() || 'Sozialamt Musterstadt',
    addressLines: (env.AGENCY_ADDRESS ?? 'Rathausplatz 1|80331 München|Deutschland')
      .split('|')
      .map((line) => line.trim())
      .filter(Boolean),
    contact: env.AGENCY_CONTACT?.trim() || 'Tel. +49 89 1234-0 · sozialamt@demo.casework',
  };
}
