import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import pdfmake from 'pdfmake';
import { type Content, type TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { formatLetterDate, LetterLanguage } from './letter-kinds.js';
import { type Letterhead } from './letterhead.js';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

// Roboto (shipped with pdfmake) is embedded in every PDF: umlauts, ß and Italian accents are right.
pdfmake.setFonts({
  Roboto: {
    normal: join(fontDir, 'Roboto-Regular.ttf'),
    bold: join(fontDir, 'Roboto-Medium.ttf'),
    italics: join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
});
// Letters never load anything from a URL or another local path named in a document.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));

const LABELS: Record<LetterLanguage, { reference: string; page: string; of: string }> = {
  [LetterLanguage.EN]: { reference: 'Reference', page: 'Page', of: 'of' },
  [LetterLanguage.DE]: { reference: 'Aktenzeichen', page: 'Seite', of: 'von' },
  [LetterLanguage.IT]: { reference: 'Riferimento', page: 'Pagina', of: 'di' },
};

/** What one letter page set shows. */
export interface LetterContent {
  language: LetterLanguage;
  recipientName: string;
  /** Postal address lines; empty for an emailed letter to a party without one. */
  addressLines: string[];
  /** YYYY-MM-DD. */
  date: string;
  reference: string;
  subject: string;
  body: string;
}

function letterPages(letterhead: Letterhead, letter: LetterContent): Content[] {
  const labels = LABELS[letter.language];
  return [
    {
      columns: [
        {
          width: '*',
          stack: [
            { text: letterhead.name, style: 'agency' },
            { text: [...letterhead.addressLines, letterhead.contact].join(' · '), style: 'small' },
          ],
        },
        ...(letterhead.logo
          ? [{ width: 48, ...letterhead.logo, fit: [48, 48] as [number, number] }]
          : []),
      ],
      columnGap: 12,
      margin: [0, 0, 0, 30],
    },
    {
      columns: [
        {
          width: '*',
          stack: [
            { text: `${letterhead.name} · ${letterhead.addressLines.join(' · ')}`, style: 'tiny' },
            { text: letter.recipientName, margin: [0, 6, 0, 0] },
            ...letter.addressLines.map((line) => ({ text: line })),
          ],
        },
        {
          width: 180,
          stack: [
            { text: formatLetterDate(letter.date, letter.language), alignment: 'right' },
            { text: `${labels.reference}: ${letter.reference}`, alignment: 'right' },
          ],
        },
      ],
      margin: [0, 0, 0, 40],
    },
    { text: letter.subject, style: 'subject', margin: [0, 0, 0, 16] },
    ...letter.body.split(/\n{2,}/).map((paragraph) => ({
      text: paragraph,
      margin: [0, 0, 0, 8] as [number, number, number, number],
    })),
  ];
}

/** Renders one letter: A4 with the letterhead, address block, date, reference and page numbers. */
export async function renderLetterPdf(
  letterhead: Letterhead,
  letter: LetterContent,
): Promise<Buffer> {
  const labels = LABELS[letter.language];
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [60, 50, 60, 60],
    info: { title: letter.subject, creator: letterhead.name },
    content: letterPages(letterhead, letter),
    footer: (currentPage, pageCount) => ({
      text: `${labels.page} ${currentPage} ${labels.of} ${pageCount}`,
      alignment: 'center',
      style: 'small',
      margin: [0, 20, 0, 0],
    }),
    styles: {
      agency: { fontSize: 16, bold: true },
      small: { fontSize: 8, color: '#444444' },
      tiny: { fontSize: 7, color: '#444444', decoration: 'underline' },
      subject: { bold: true, fontSize: 12 },
    },
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.25 },
  };
  return pdfmake.createPdf(doc).getBuffer();
}

/** One PDF of several letters' PDFs in order (a print batch: one page set per letter). */
export async function mergePdfs(pdfs: Buffer[]): Promise<Buffer> {
  const merged = await PDFDocument.create();
  for (const bytes of pdfs) {
    const source = await PDFDocument.load(bytes);
    const pages = await merged.copyPages(source, source.getPageIndices());
    for (const page of pages) merged.addPage(page);
  }
  return Buffer.from(await merged.save());
}
