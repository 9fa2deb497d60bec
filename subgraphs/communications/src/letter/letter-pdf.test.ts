import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { LetterLanguage } from './letter-kinds.js';
import { mergePdfs, renderLetterPdf } from './letter-pdf.js';
import { readLetterhead } from './letterhead.js';

async function textOf(pdf: Buffer): Promise<{ totalPages: number; text: string[] }> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(doc, { mergePages: false });
  return { totalPages, text };
}

const letterhead = readLetterhead({});

describe('letter PDFs (R2.4)', () => {
  it('R2.4: a German letter is an A4 PDF with letterhead, address, reference, umlauts and page numbers', async () => {
    const pdf = await renderLetterPdf(letterhead, {
      language: LetterLanguage.DE,
      recipientName: 'Jürgen Größe',
      addressLines: ['Straße der Äpfel 3', '80331 München'],
      date: '2026-11-29',
      reference: 'IC-4H7K2M9Q',
      subject: 'Überweisung an Sonnenhof Pflegedienst',
      body: 'Sehr geehrter Herr Größe,\n\nwir haben Sie an den Dienst überwiesen. Grüße',
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { totalPages, text } = await textOf(pdf);
    expect(totalPages).toBe(1);
    const page = text[0] ?? '';
    for (const expected of [
      'Sozialamt Musterstadt',
      'Jürgen Größe',
      'Straße der Äpfel 3',
      'Aktenzeichen: IC-4H7K2M9Q',
      '29. November 2026',
      'Überweisung an Sonnenhof Pflegedienst',
      'wir haben Sie an den Dienst überwiesen. Grüße',
      'Seite 1 von 1',
    ]) {
      expect(page).toContain(expected);
    }
    const size = await import('pdf-lib').then(async ({ PDFDocument }) =>
      (await PDFDocument.load(pdf)).getPage(0).getSize(),
    );
    expect(Math.round(size.width)).toBe(595);
    expect(Math.round(size.height)).toBe(842);
  });

  it('R2.4: an Italian letter of several pages numbers them, and a batch keeps one page set per letter', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `Paragrafo ${i + 1}: è già così, perché sì.`);
    const italian = await renderLetterPdf(letterhead, {
      language: LetterLanguage.IT,
      recipientName: 'Niccolò Bellà',
      addressLines: ['Via Roma 1', '00100 Roma'],
      date: '2026-11-29',
      reference: 'IC-1',
      subject: 'Comunicazione',
      body: long.join('\n\n'),
    });
    const it1 = await textOf(italian);
    expect(it1.totalPages).toBeGreaterThan(1);
    expect(it1.text[0]).toContain('Niccolò Bellà');
    expect(it1.text[0]).toContain('Riferimento: IC-1');
    expect(it1.text[0]).toContain(`Pagina 1 di ${it1.totalPages}`);
    const english = await renderLetterPdf(letterhead, {
      language: LetterLanguage.EN,
      recipientName: 'Sam Smith',
      addressLines: [],
      date: '2026-11-29',
      reference: 'IC-2',
      subject: 'Hello',
      body: 'Text',
    });
    const batch = await textOf(await mergePdfs([italian, english]));
    expect(batch.totalPages).toBe(it1.totalPages + 1);
    expect(batch.text[it1.totalPages]).toContain('Page 1 of 1');
    expect(batch.text[it1.totalPages]).toContain('Sam Smith');
  });

  it('R2.4: the letterhead carries the agency logo configured once (AGENCY_LOGO), PNG or the demo emblem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casework-logo-'));
    const png = join(dir, 'logo.png');
    writeFileSync(
      png,
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const letter = {
      language: LetterLanguage.EN,
      recipientName: 'Ann Lee',
      addressLines: ['1 High Street'],
      date: '2026-11-29',
      reference: 'IC-LOGO',
      subject: 'Logo',
      body: 'Text',
    };
    const withPng = await renderLetterPdf(readLetterhead({ AGENCY_LOGO: png }), letter);
    expect(withPng.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    const withoutLogo = await renderLetterPdf(readLetterhead({ AGENCY_LOGO: 'none' }), letter);
    expect(withoutLogo.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
    // The demo emblem is vector graphics: the PDF grows by its drawing, the text stays the same.
    const demo = await renderLetterPdf(readLetterhead({}), letter);
    expect((await textOf(demo)).text[0]).toContain('Sozialamt Musterstadt');
    expect(demo.length).toBeGreaterThan(withoutLogo.length);
    expect(() => readLetterhead({ AGENCY_LOGO: join(dir, 'logo.gif') })).toThrow(/AGENCY_LOGO/);
  });
});
