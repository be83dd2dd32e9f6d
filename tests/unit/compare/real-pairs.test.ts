import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareVersions, type Comparison, type ParagraphPair } from '../../../lib/compare';
import { pdfPageTexts } from '../anchoring/pdf-pages';

const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url);
const pages = async (name: string) => pdfPageTexts(new Uint8Array(readFileSync(fixture(`un-pdfs/${name}`))));

interface ExpectedListing {
  old: string;
  new: string;
  pairs: Array<{ new: string; old: string | null; status: string }>;
  dropped: string[];
  moved: string[];
  counts: Record<string, number>;
}

async function compareFiles(oldName: string, newName: string): Promise<Comparison> {
  return compareVersions({ pageTexts: await pages(oldName), lang: 'en' }, { pageTexts: await pages(newName), lang: 'en' });
}

const byNewId = (comparison: Comparison, id: string): ParagraphPair => {
  const pair = comparison.pairs.find((p) => p.new?.id === id);
  if (pair === undefined) throw new Error(`no pair for ${id}`);
  return pair;
};
const changes = (pair: ParagraphPair) =>
  (pair.diff ?? []).filter((s) => s.kind !== 'same').map((s) => `${s.kind === 'ins' ? '+' : '-'}${s.text}`);

describe('A/RES/78/228 → A/RES/80/228 (same series, two years apart)', () => {
  const expected = JSON.parse(readFileSync(fixture('compare/a-res-78-228-to-80-228.en.json'), 'utf8')) as ExpectedListing;
  let comparison: Comparison;
  beforeAll(async () => {
    comparison = await compareFiles(expected.old, expected.new);
    // Two real PDFs read by pdf.js: seconds on a busy machine.
  }, 60_000);

  it('pairs every paragraph of the newer text as the hand-checked listing says', () => {
    const actual = comparison.pairs
      .filter((p) => p.new !== undefined)
      .map((p) => ({ new: p.new!.id, old: p.old?.id ?? null, status: p.status }));
    expect(actual).toEqual(expected.pairs);
  });

  it('lists the dropped and the moved paragraphs, and counts', () => {
    expect(comparison.pairs.filter((p) => p.status === 'dropped').map((p) => p.old!.id)).toEqual(expected.dropped);
    expect(comparison.pairs.filter((p) => p.moved).map((p) => p.new!.id)).toEqual(expected.moved);
    expect(comparison.counts).toEqual(expected.counts);
  });

  it('puts a dropped paragraph where it stood in the older text', () => {
    const ids = comparison.pairs.map((p) => p.new?.id ?? `dropped ${p.old!.id}`);
    expect(ids.slice(ids.indexOf('pp-21'), ids.indexOf('pp-21') + 4)).toEqual(['pp-21', 'dropped pp-21', 'dropped pp-22', 'pp-22']);
  });

  it('gives the words that changed, not the line breaks or the PDF spacing', () => {
    expect(changes(byNewId(comparison, 'pp-6'))).toEqual(['-twentieth', '+twenty-fifth', '-entry into force', '+adoption']);
    expect(changes(byNewId(comparison, 'pp-7'))).toEqual(['-Taking note of', '+Recalling further']);
    // "prostitutio n" in the old text, "COVID -19" against "COVID‑19", lines wrapped elsewhere.
    expect(byNewId(comparison, 'pp-4').status).toBe('unchanged');
    // "in terpretation" (2023) against "interpretation" (2025): only "of" → "for" is a change.
    expect(changes(byNewId(comparison, 'op-8'))).toEqual(['-of', '+for']);
    expect(changes(byNewId(comparison, 'op-38'))).toEqual(['-eightieth', '+eighty-second']);
  });

  it('ignores footnote numbers that shift when a footnote is added', () => {
    // "2016,18" in 2023, "2016,19" in 2025: the only change is "also".
    expect(changes(byNewId(comparison, 'pp-17'))).toEqual(['+also']);
  });

  it('keeps footnotes and running heads out of the paragraphs', () => {
    const words = comparison.pairs.flatMap((p) => [p.old?.text ?? '', p.new?.text ?? '']).join(' ');
    expect(words).not.toMatch(/Improving the coordination of efforts against trafficking in persons A\/RES/u);
    expect(words).not.toMatch(/25-20946|23-25978|_{5}/u);
    expect(words).not.toContain('Treaty Series');
    // The paragraph cut by page 2's foot goes on after the next page's head.
    expect(byNewId(comparison, 'pp-5').new!.text).toMatch(/Sustainable Development Goals on eliminating all forms/u);
  });
});

describe('drafts and the resolutions adopted from them', () => {
  it('A/C.3/80/L.4 → A/RES/80/228: same numbering, the amended paragraphs changed', async () => {
    const comparison = await compareFiles('A_C.3_80_L.4.en.pdf', 'A_RES_80_228.en.pdf');
    expect(comparison.pairs.every((p) => p.old?.id === p.new?.id)).toBe(true);
    const changed = comparison.pairs.filter((p) => p.status === 'changed').map((p) => p.new!.id);
    expect(changed).toEqual(['pp-32', 'pp-35', 'op-8', 'op-22', 'op-23', 'op-25']);
    expect(changes(byNewId(comparison, 'pp-32'))).toEqual(['-unjustly']);
    expect(changes(byNewId(comparison, 'op-25'))).toEqual(['-into forced marriages,', '+and', '-forced religious conversions,', '+to']);
  }, 60_000);

  it('A/80/L.41 → A/RES/80/173: adopted as drafted, 134 paragraphs unchanged', async () => {
    const comparison = await compareFiles('A_80_L.41.en.pdf', 'A_RES_80_173.en.pdf');
    // 7 preambular paragraphs after "We, the Ministers …," and 127 operative ones; the heading
    // "Introduction" between them is no paragraph (ADR 0021).
    expect(comparison.counts).toEqual({ unchanged: 134, changed: 0, new: 0, dropped: 0, moved: 0 });
    const ids = [...Array.from({ length: 7 }, (_, i) => `pp-${i + 1}`), ...Array.from({ length: 127 }, (_, i) => `op-${i + 1}`)];
    expect(comparison.pairs.map((p) => [p.old?.id, p.new?.id])).toEqual(ids.map((id) => [id, id]));
  }, 60_000);
});
