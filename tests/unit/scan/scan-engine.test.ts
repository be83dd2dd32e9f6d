/**
 * The scan command with the real citation engine on the seed documents: offsets index what was
 * scanned, the context read from file names reaches the engine, and the forms agree.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations';
import type { Citation } from '../../../lib/citations/types';
import { extractPdfText } from '../../../lib/text/pdf-text';
import { FIXTURES, scan } from './scan-harness';

const TEXT_SEEDS = ['a-res-76-186.ru.txt', 'e-res-2022-14.ru.txt', 'a-res-80-173.ru.md'];
const PDF_SEEDS = ['a-res-76-186.ru.pdf', 'e-res-2022-14.ru.pdf', 'a-res-80-173.ru.pdf'];

async function jsonOf(file: string): Promise<Citation[]> {
  const run = await scan(['--json', `${FIXTURES}${file}`], findCitations);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Citation[];
}

function expectSpansIndex(source: string, citations: readonly Citation[]): void {
  for (const citation of citations) expect(source.slice(citation.start, citation.end)).toBe(citation.text);
}

describe('scan with the engine: --json', () => {
  it.each(TEXT_SEEDS)('%s: offsets index the file as readFileSync(path, "utf8") reads it', async (file) => {
    const citations = await jsonOf(file);
    expect(citations.length).toBeGreaterThan(10);
    expectSpansIndex(readFileSync(`${FIXTURES}${file}`, 'utf8'), citations);
  });

  it('passes the context read from the file name to the engine', async () => {
    const source = readFileSync(`${FIXTURES}a-res-76-186.ru.txt`, 'utf8');
    const citations = await jsonOf('a-res-76-186.ru.txt');
    // What the engine finds with that context, less the resolution's mentions of itself (ADR 0021).
    const found = findCitations(source, { lang: 'ru', pageSymbol: 'A/RES/76/186' });
    expect(found.some((citation) => citation.symbol === 'A/RES/76/186')).toBe(true);
    expect(citations).toEqual(found.filter((citation) => citation.symbol !== 'A/RES/76/186'));
    expect(citations).toContainEqual(expect.objectContaining({ text: 'резолюции 64/293', symbol: 'A/RES/64/293', body: 'GA' }));
  });

  it.each(PDF_SEEDS)('%s: offsets index the extracted text', async (file) => {
    const citations = await jsonOf(file);
    expect(citations.length).toBeGreaterThan(5);
    const pdf = await extractPdfText(new Uint8Array(readFileSync(`${FIXTURES}${file}`)));
    expectSpansIndex(pdf.text, citations);
  });

  it('finds A/RES/64/293 in the PDF of A/RES/76/186 as in its text, and never the document itself', async () => {
    const symbols = (await jsonOf('a-res-76-186.ru.pdf')).map((citation) => citation.symbol);
    expect(symbols).toContain('A/RES/64/293');
    expect(symbols).not.toContain('A/RES/76/186');
  });

  it('reports the links of an HTML page as document citations beside what the engine finds', async () => {
    const citations = await jsonOf('undocs-links.ru.html');
    const documents = citations.filter((citation) => citation.kind === 'document');
    expect(documents.map((citation) => [citation.text, citation.symbol, citation.body])).toEqual([
      ['решение Совета', 'S/RES/2331(2016)', 'SC'],
      ['доклад Генерального секретаря', 'A/76/263', 'GA'],
    ]);
    // The engine cites `резолюции 64/293` across the link, so the link adds nothing there.
    expect(citations).toContainEqual(expect.objectContaining({ text: 'резолюции 64/293', symbol: 'A/RES/64/293' }));
    expect(citations.some((citation) => citation.text.includes('99/999'))).toBe(false);
  });
});

describe('scan with the engine: table and --jsonl', () => {
  it('prints a table per file with the context and known citations', async () => {
    const run = await scan([`${FIXTURES}a-res-76-186.ru.txt`, `${FIXTURES}e-res-2022-14.ru.txt`], findCitations);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/a-res-76-186\.ru\.txt {2}\(lang ru, page A\/RES\/76\/186, \d+ citations\)\n {2}line:col {2}text/);
    expect(run.stdout).toMatch(/e-res-2022-14\.ru\.txt {2}\(lang ru, page E\/RES\/2022\/14, \d+ citations\)/);
    expect(run.stdout).toMatch(/\d+:\d+ {2}резолюции 64\/293 +A\/RES\/64\/293 +GA +resolution/);
    expect(run.stdout).toContain('— (no own symbol)');
  });

  it('prints one JSON line per file, the same citations as --json', async () => {
    const files = [...TEXT_SEEDS, 'e-res-2022-14.ru.pdf'].map((file) => `${FIXTURES}${file}`);
    const run = await scan(['--jsonl', ...files], findCitations);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map(({ file, lang, pageSymbol }) => [file, lang, pageSymbol])).toEqual([
      [files[0], 'ru', 'A/RES/76/186'],
      [files[1], 'ru', 'E/RES/2022/14'],
      [files[2], 'ru', 'A/RES/80/173'],
      [files[3], 'ru', 'E/RES/2022/14'],
    ]);
    expect(lines[1]?.citations).toEqual(await jsonOf('e-res-2022-14.ru.txt'));
  });

  it('reports a bad file and still scans the good ones, exit code 1', async () => {
    const run = await scan([`${FIXTURES}missing.ru.txt`, `${FIXTURES}a-res-80-173.ru.md`], findCitations);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`scan: ${FIXTURES}missing.ru.txt: no such file\n`);
    expect(run.stdout).toContain('a-res-80-173.ru.md  (lang ru, page A/RES/80/173');
  });
});
