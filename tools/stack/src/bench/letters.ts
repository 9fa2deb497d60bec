// `npm run bench:letters`: how long the communications subgraph takes to make letter PDFs (R2.4,
// R2.5), in this process and without a database: one referral letter (template filled, A4 PDF
// rendered with the letterhead and embedded fonts) p50/p95, then a print batch of 100 letters
// (each rendered, then merged into one PDF as `printLetters` does) measured end to end.
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  DEFAULT_TEMPLATES,
  fillTemplate,
  LetterKind,
  LetterLanguage,
  mergePdfs,
  readLetterhead,
  renderLetterPdf,
} from '@casework/communications';
import { percentile } from './bench-stack.js';

const SINGLE_RUNS = 200;
const WARM_UP = 10;
const BATCH = 100;
const BATCH_RUNS = 3;
const LANGUAGES = [LetterLanguage.DE, LetterLanguage.IT, LetterLanguage.EN];
const out = (line: string) => process.stdout.write(`${line}\n`);
const letterhead = readLetterhead();

/** One referral letter to a client as the letter writer makes it; `n` varies name and language. */
async function oneLetter(n: number): Promise<Buffer> {
  const language = LANGUAGES[n % LANGUAGES.length] ?? LetterLanguage.DE;
  const recipient = `Jürgen Größmann-Nicolò ${n}`;
  const filled = fillTemplate(DEFAULT_TEMPLATES[LetterKind.REFERRAL_CLIENT][language], {
    'recipient.name': recipient,
    'agency.name': letterhead.name,
    'provider.name': 'Sonnenhof Pflegedienst',
    'service.name': 'Häusliche Pflege',
    'caseworker.name': 'Carla Caseworker',
    referredOn: '2026-11-29',
    date: '2026-11-29',
    reference: `IC-${1000 + n}`,
    text: 'Bitte melden Sie sich in der kommenden Woche beim Pflegedienst. '.repeat(12),
  });
  return renderLetterPdf(letterhead, {
    language,
    recipientName: recipient,
    addressLines: ['Lindenstraße 4', '80331 München', 'Deutschland'],
    date: '2026-11-29',
    reference: `IC-${1000 + n}`,
    ...filled,
  });
}

out(
  `bench:letters: load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (let i = 0; i < WARM_UP; i++) await oneLetter(i);

const single: number[] = [];
let bytes = 0;
for (let i = 0; i < SINGLE_RUNS; i++) {
  const started = performance.now();
  const pdf = await oneLetter(i);
  single.push(performance.now() - started);
  bytes += pdf.length;
}
out(
  `one letter PDF      p50 ${percentile(single, 0.5).toFixed(1)} ms, p95 ${percentile(single, 0.95).toFixed(1)} ms, max ${percentile(single, 1).toFixed(1)} ms (${SINGLE_RUNS} letters, ${Math.round(bytes / SINGLE_RUNS / 1024)} KiB each)`,
);

for (let run = 1; run <= BATCH_RUNS; run++) {
  const started = performance.now();
  const pdfs: Buffer[] = [];
  for (let i = 0; i < BATCH; i++) pdfs.push(await oneLetter(i));
  const rendered = performance.now();
  const merged = await mergePdfs(pdfs);
  const done = performance.now();
  out(
    `batch of ${BATCH} (run ${run}) ${(done - started).toFixed(0)} ms: rendering ${(rendered - started).toFixed(0)} ms, merging into one PDF ${(done - rendered).toFixed(0)} ms (${(merged.length / 1024 / 1024).toFixed(1)} MiB)`,
  );
}
out(
  `bench:letters: load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
