import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations';
import { symbolFromStem } from '../../../lib/scan/file-name';
import { FIXTURES, scan } from './scan-harness';

const real = (name: string) => `${FIXTURES}un-pdfs/${name}`;

describe('scan on the PDFs the UN publishes', () => {
  it("gives each file its masthead's symbol, date and title", async () => {
    const run = await scan(
      ['--jsonl', real('A_RES_80_173.en.pdf'), real('A_ES-10_1027-S_2025_173.en.pdf'), real('S_RES_2772(2025).en.pdf')],
      findCitations,
    );
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => [l.pageSymbol, l.date])).toEqual([
      ['A/RES/80/173', '2025-12-19'],
      ['A/ES-10/1027', '2025-03-20'],
      ['S/RES/2772(2025)', '2025-02-17'],
    ]);
    expect(lines[0]!.title).toMatch(/^Outcome document of the high-level meeting/);
    // The joint symbol whole as printed; the scan's own context stays the half it files under.
    expect(lines.map((l) => l.printedSymbol)).toEqual([undefined, 'A/ES-10/1027-S/2025/173', undefined]);
    expect(lines[1]!.title).toMatch(
      /^Identical letters dated 19 March 2025 .* addressed to the Secretary-General, .* the Security Council$/,
    );
    expect(run.contexts.map((c) => c?.pageSymbol)).toEqual(['A/RES/80/173', 'A/ES-10/1027', 'S/RES/2772(2025)']);
  });

  it('lists what each document cites, never the document itself (either half of a joint symbol)', async () => {
    const run = await scan(['--jsonl', real('A_RES_80_173.en.pdf'), real('A_ES-10_1027-S_2025_173.en.pdf')], findCitations);
    const [resolution, joint] = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { citations: Array<{ symbol: string | null }> }).citations.map((c) => c.symbol));
    // A/RES/80/173 names itself 21 times (masthead, running heads, title line) and cites 21 times.
    expect(resolution).toHaveLength(21);
    expect(resolution).not.toContain('A/RES/80/173');
    expect(resolution).toContain('A/RES/79/1');
    expect(joint!.length).toBeGreaterThan(0);
    expect(joint).not.toContain('A/ES-10/1027');
    expect(joint).not.toContain('S/2025/173');
  });

  it("takes the masthead's word over a file name that names another document", async () => {
    const bytes = new Uint8Array(readFileSync(real('A_RES_79_277.en.pdf')));
    const run = await scan(['--jsonl', 'a-res-1-1.en.pdf'], findCitations, { 'a-res-1-1.en.pdf': bytes });
    expect((JSON.parse(run.stdout) as { pageSymbol: string }).pageSymbol).toBe('A/RES/79/277');
  });

  it('keeps the file name of a scan whose OCR text has no masthead', async () => {
    const run = await scan(['--jsonl', real('E_CN.4_109.en.pdf')], findCitations);
    expect((JSON.parse(run.stdout) as { pageSymbol: string }).pageSymbol).toBe('E/CN.4/109');
  });

  it('says the placeholder is no document and the image-only scan has no text, and scans the rest', async () => {
    const run = await scan(
      ['--jsonl', real('ODS_not_found.en.pdf'), real('A_47_60-S_23329.en.pdf'), real('S_RES_2768(2025).en.pdf')],
      findCitations,
    );
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `scan: ${real('ODS_not_found.en.pdf')}: not a document: the UN's placeholder page for a document that does not exist (in this language)`,
      `scan: ${real('A_47_60-S_23329.en.pdf')}: the PDF has no text layer (a scanned or image-only PDF; OCR it first)`,
    ]);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(run.code).toBe(1);
  });
});

describe('scan on an Arabic PDF whose text is in presentation forms', () => {
  // tests/fixtures/synthetic/find-ar.pdf (scripts/gen-find-fixtures.ts): pdf.js reads its glyphs as
  // contextual forms (ﺍﻟﻘﺮﺍﺭ), which scan folds to the letters the engine reads (القرار).
  it('finds its Arabic citations, each with the text the file shows', async () => {
    const run = await scan(['--jsonl', `${FIXTURES}synthetic/find-ar.pdf`], findCitations);
    const result = JSON.parse(run.stdout) as { pageSymbol: string; citations: { text: string; symbol: string }[] };
    expect(run.stderr).toBe('');
    expect(result.pageSymbol).toBe('A/RES/76/900');
    // Its own symbol (the masthead's A/RES/76/900) is not something it cites (ADR 0021).
    expect(result.citations.map((c) => [c.text, c.symbol])).toEqual([
      ['القرار 76/186', 'A/RES/76/186'],
      ['قرار مجلس الأمن 2331', 'S/RES/2331(2016)'],
      ['القرار\n76/186', 'A/RES/76/186'],
    ]);
  });
});

describe("the UN's own file names", () => {
  it.each([
    ['A_RES_80_173', 'A/RES/80/173'],
    ['S_RES_2768(2025)', 'S/RES/2768(2025)'],
    ['A_C.3_80_L.4', 'A/C.3/80/L.4'],
    ['A_ES-10_1027-S_2025_173', 'A/ES-10/1027'],
    ['A_47_60-S_23329', 'A/47/60'],
    ['ODS_not_found', null],
  ])('%s is %s', (stem, symbol) => {
    expect(symbolFromStem(stem)).toBe(symbol);
  });
});
