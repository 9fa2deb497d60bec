import { fileTypeFromBuffer } from 'file-type';

/** One kind of file the agency may allow: its media type and what `file-type` detects in it. */
export interface KnownFileType {
  mime: string;
  /** Extensions `file-type` reports for such content; `text` for plain UTF-8 text it cannot detect. */
  detected: readonly string[];
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Every type the allow-list may name (R3.4: Word, Excel, PDF, plain text, scans). Old Word and
 * Excel files are OLE compound files, which `file-type` reports as `cfb` for both.
 */
export const KNOWN_FILE_TYPES: Readonly<Record<string, KnownFileType>> = {
  pdf: { mime: 'application/pdf', detected: ['pdf'] },
  doc: { mime: 'application/msword', detected: ['cfb'] },
  docx: { mime: DOCX, detected: ['docx'] },
  xls: { mime: 'application/vnd.ms-excel', detected: ['cfb'] },
  xlsx: { mime: XLSX, detected: ['xlsx'] },
  txt: { mime: 'text/plain', detected: ['text'] },
  jpg: { mime: 'image/jpeg', detected: ['jpg'] },
  jpeg: { mime: 'image/jpeg', detected: ['jpg'] },
  png: { mime: 'image/png', detected: ['png'] },
  tif: { mime: 'image/tiff', detected: ['tif'] },
  tiff: { mime: 'image/tiff', detected: ['tif'] },
};

export const DEFAULT_ALLOWED_EXTENSIONS = Object.keys(KNOWN_FILE_TYPES);

/** Types a browser may show inline in the apps' preview (never HTML, SVG or scripts). */
export const INLINE_PREVIEW_TYPES: ReadonlySet<string> = new Set([
  'application/pdf',
  'image/jpeg',
  'image/png',
]);

/** How many leading bytes are read before the type is decided (zip-based Office files need some). */
export const SNIFF_BYTES = 256 * 1024;

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The allowed type a file name stands for, or a reason in words. */
export function typeForName(
  fileName: string,
  allowed: readonly string[],
): { ext: string; type: KnownFileType } | { refusal: string } {
  const ext = extensionOf(fileName);
  const type = KNOWN_FILE_TYPES[ext];
  if (!type || !allowed.includes(ext)) {
    return {
      refusal: `files of type .${ext || '(none)'} are not allowed; allowed: ${allowed.map((e) => `.${e}`).join(', ')}`,
    };
  }
  return { ext, type };
}

/** What the content is, as a `file-type` extension, `text` for plain UTF-8 text, or undefined. */
export async function detectContent(sample: Uint8Array): Promise<string | undefined> {
  const found = await fileTypeFromBuffer(sample);
  if (found) return found.ext;
  return looksLikeText(sample) ? 'text' : undefined;
}

function looksLikeText(sample: Uint8Array): boolean {
  if (sample.includes(0)) return false;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // The sample may end inside a multi-byte character: allow up to three trailing bytes off.
  for (let cut = 0; cut < 4 && cut < sample.length; cut++) {
    try {
      decoder.decode(sample.subarray(0, sample.length - cut));
      return true;
    } catch {
      // try a shorter prefix
    }
  }
  return sample.length === 0;
}

/** Refuses content that is not what the name says (an .exe renamed .pdf, a PDF renamed .docx). */
export function contentMatches(type: KnownFileType, detected: string | undefined): boolean {
  return detected !== undefined && type.detected.includes(detected);
}
