import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

/** The agency's logo on every letter: an SVG text or a PNG/JPEG as a data URL (pdfmake's forms). */
export type LetterheadLogo = { svg: string } | { image: string };

/** The agency's letterhead, configured once for all letters (environment; defaults for the demo). */
export interface Letterhead {
  name: string;
  addressLines: string[];
  /** A line under the address, such as phone and email. */
  contact: string;
  logo: LetterheadLogo | null;
}

/** The demo agency's mark: a simple emblem, so the letters show where a logo goes. */
const DEMO_LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48">
<rect width="48" height="48" rx="8" fill="#0f62fe"/>
<path d="M12 34 L24 12 L36 34 Z" fill="#ffffff"/>
<rect x="21" y="26" width="6" height="8" fill="#0f62fe"/>
</svg>`;

const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

const logos = new Map<string, LetterheadLogo>();

/**
 * `AGENCY_LOGO`: path of an SVG, PNG or JPEG file, read once per process; `none` for no logo;
 * unset: the demo emblem. A file that cannot be read or is of another type stops with a clear
 * error instead of letters silently going out without it.
 */
function readLogo(setting: string | undefined): LetterheadLogo | null {
  const path = setting?.trim();
  if (!path) return { svg: DEMO_LOGO };
  if (path === 'none') return null;
  const cached = logos.get(path);
  if (cached) return cached;
  const extension = extname(path).toLowerCase();
  let logo: LetterheadLogo;
  if (extension === '.svg') {
    logo = { svg: readFileSync(path, 'utf8') };
  } else if (IMAGE_TYPES[extension]) {
    logo = {
      image: `data:${IMAGE_TYPES[extension]};base64,${readFileSync(path).toString('base64')}`,
    };
  } else {
    throw new Error(`AGENCY_LOGO must be an .svg, .png or .jpg file, not ${path}`);
  }
  logos.set(path, logo);
  return logo;
}

export function readLetterhead(env: NodeJS.ProcessEnv = process.env): Letterhead {
  return {
    name: env.AGENCY_NAME?.trim() || 'Sozialamt Musterstadt',
    addressLines: (env.AGENCY_ADDRESS ?? 'Rathausplatz 1|80331 München|Deutschland')
      .split('|')
      .map((line) => line.trim())
      .filter(Boolean),
    contact: env.AGENCY_CONTACT?.trim() || 'Tel. +49 89 1234-0 · sozialamt@demo.casework',
    logo: readLogo(env.AGENCY_LOGO),
  };
}
