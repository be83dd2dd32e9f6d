/**
 * Clause segmentation on the PDFs the UN publishes (Word for Microsoft 365 and Distiller files):
 * running headers, footnotes, section headings and annexes are not paragraphs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from '../../../lib/anchoring/types';
import type { UnLang } from '../../../lib/citations/types';
import { clauseById, segmentClauses } from '../../../lib/clauses';
import type { Clause } from '../../../lib/clauses/types';
import { extractPdfText } from '../../../lib/text/pdf-text';

const FIXTURES = new URL('../../fixtures/', import.meta.url);

/** The document text as the reader builds it: page texts joined by the block separator. */
async function documentText(path: string): Promise<string> {
  const pdf = await extractPdfText(new Uint8Array(readFileSync(new URL(path, FIXTURES))));
  return pdf.pageTexts.join(BLOCK_SEPARATOR);
}

async function segmented(path: string, lang: UnLang): Promise<{ text: string; clauses: Clause[] }> {
  const text = await documentText(path);
  return { text, clauses: segmentClauses(text, lang) };
}

const range = (n: number, id: (i: number) => string) => Array.from({ length: n }, (_, i) => id(i + 1));
const ids = (clauses: readonly Clause[], pattern: RegExp) => clauses.map((c) => c.id).filter((id) => pattern.test(id));
const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('A/RES/80/173 as the UN publishes it (English, 20 pages)', async () => {
  const { text, clauses } = await segmented('un-pdfs/A_RES_80_173.en.pdf', 'en');
  const of = (id: string) => squash(text.slice(clauseById(clauses, id)!.start, clauseById(clauses, id)!.end));

  it('has the outcome document’s 7 preambular and 127 operative paragraphs, nothing else', () => {
    expect(ids(clauses, /^pp-/)).toEqual(range(7, (i) => `pp-${i}`));
    expect(ids(clauses, /^op-\d+$/)).toEqual(range(127, (i) => `op-${i}`));
    expect(clauses).toHaveLength(134);
  });

  it('takes no running header or heading for a paragraph', () => {
    // Page 2 opens with the symbol, the short title over four lines and "25-20874 2/20".
    expect(of('pp-4')).toMatch(/^Recalling resolution 79\/277, adopted by the General Assembly on 27 March 2025, .* General Assembly,$/);
    // "Introduction" stands between the preamble and paragraph 1.
    expect(of('pp-7')).toMatch(/action line facilitators,$/);
  });

  it('runs a paragraph over a page break to its last sentence, and ends the last one at the meeting line', () => {
    expect(of('op-5')).toMatch(/^5\. We recognize that Governments .* affected by natural disasters\.$/);
    expect(of('op-127')).toMatch(/identify areas of continued focus\.$/);
  });

  it('numbers the clauses as the Russian version does, paragraph for paragraph', async () => {
    const ru = await segmented('a-res-80-173.ru.pdf', 'ru');
    expect(ru.clauses.map((c) => c.id)).toEqual(clauses.map((c) => c.id));
    expect(squash(ru.text.slice(clauseById(ru.clauses, 'pp-4')!.start, clauseById(ru.clauses, 'pp-4')!.end))).toMatch(
      /^ссылаясь на резолюцию 79\/277/,
    );
  });
});

describe('A/RES/79/1, the Pact for the Future, with its two annexes (56 pages)', async () => {
  const { text, clauses } = await segmented('un-pdfs/A_RES_79_1.en.pdf', 'en');
  const of = (id: string) => squash(text.slice(clauseById(clauses, id)!.start, clauseById(clauses, id)!.end));

  it('has the Pact’s 84 paragraphs, the Global Digital Compact’s 74 (annex I) and the Declaration’s (annex II)', () => {
    expect(ids(clauses, /^op-\d+$/)).toEqual(range(84, (i) => `op-${i}`));
    expect(ids(clauses, /^annex-1-op-\d+$/)).toEqual(range(74, (i) => `annex-1-op-${i}`));
    expect(ids(clauses, /^annex-2-op-\d+$/)).toEqual(range(32, (i) => `annex-2-op-${i}`));
    expect(ids(clauses, /^annex-2-pp-\d+$/).length).toBeGreaterThanOrEqual(10);
    expect(of('annex-2-pp-1')).toMatch(/^Reaffirming our commitments to the purposes and principles of the Charter/);
  });

  it('keeps the action headings out of the paragraphs they follow', () => {
    expect(of('op-83')).toMatch(/achieving sustainable development\.$/);
    expect(of('op-83')).not.toContain('Action 56');
  });

  it('keeps a list numbered again from 1 inside the annex paragraph that holds it', () => {
    expect(of('annex-1-op-7')).toMatch(
      /^7\. To achieve our goal, we will pursue the following objectives: 1\. Close all digital divides .* for the benefit of humanity\.$/,
    );
    expect(of('annex-1-op-8')).toMatch(/^8\. Our digital cooperation will be guided/);
  });

  it('gives sub-paragraphs of annex paragraphs their parent', () => {
    expect(clauseById(clauses, 'annex-1-op-8-a')).toMatchObject({ parent: 'annex-1-op-8', label: '(a)' });
  });
});

describe('meeting records have no clauses', () => {
  it.each(['un-pdfs/A_65_PV.71.en.pdf', 'un-pdfs/S_PV.3756.en.pdf'])('%s', async (path) => {
    expect((await segmented(path, 'en')).clauses).toEqual([]);
  });
});
