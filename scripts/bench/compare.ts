/**
 * Comparing two 30-page resolutions: A/80/L.41 → A/RES/80/173 (20 pages each, real text layers)
 * with the operative paragraphs of A/RES/78/228 → A/RES/80/228 appended and numbered on, cut
 * into pages of 40 lines (about 30 pages each). Baseline in the same run: segmenting both texts,
 * which any comparison needs. Then the whole comparison (furniture, segmentation, pairing, word
 * differences), and the HTML and Markdown exports. Figures only.
 */
import { readFileSync } from 'node:fs';
import { segmentClauses } from '../../lib/clauses';
import { bodyText, compareVersions, comparisonToHtml, comparisonToMarkdown, summaryLine, type ExportLabels } from '../../lib/compare';
import { extractPdfText } from '../../lib/text/pdf-text';
import type { BenchRow, BenchSection } from './bench-section';
import { time } from './timing';

const RUNS = 5;
const LINES_PER_PAGE = 40;
const pdf = (name: string) => new URL(`../../tests/fixtures/un-pdfs/${name}`, import.meta.url);

async function pagesOf(name: string): Promise<string[]> {
  return (await extractPdfText(new Uint8Array(readFileSync(pdf(name))))).pageTexts;
}

/** The body of `base`, then the operative paragraphs of `more` numbered after the base's last. */
async function longVersion(base: string, more: string): Promise<string[]> {
  const baseText = bodyText(await pagesOf(base));
  const last = Math.max(...[...baseText.matchAll(/^(\d{1,3})\. /gmu)].map((m) => Number(m[1])));
  const moreText = bodyText(await pagesOf(more));
  const operative = moreText.slice(moreText.search(/^1\. /mu)).replace(/^(\d{1,3})\. /gmu, (_, n: string) => `${Number(n) + last}. `);
  const lines = `${baseText}\n${operative}`.split('\n');
  const pages: string[] = [];
  for (let at = 0; at < lines.length; at += LINES_PER_PAGE) pages.push(lines.slice(at, at + LINES_PER_PAGE).join('\n'));
  return pages;
}

export const compareSection: BenchSection = {
  name: 'compare',
  async run() {
    const older = { pageTexts: await longVersion('A_80_L.41.en.pdf', 'A_RES_78_228.en.pdf'), lang: 'en' as const };
    const newer = { pageTexts: await longVersion('A_RES_80_173.en.pdf', 'A_RES_80_228.en.pdf'), lang: 'en' as const };
    const segmented = time(
      RUNS,
      () => segmentClauses(bodyText(older.pageTexts), 'en').length + segmentClauses(bodyText(newer.pageTexts), 'en').length,
    );
    const compared = time(RUNS, () => compareVersions(older, newer));
    const comparison = compared.result;
    const labels: ExportLabels = {
      title: 'A/80/L.41 → A/RES/80/173',
      summary: summaryLine(comparison),
      status: { unchanged: 'unchanged', changed: 'changed', new: 'new', dropped: 'dropped', moved: 'moved' },
      was: 'was $1',
      lang: 'en',
      dir: 'ltr',
    };
    const html = time(RUNS, () => comparisonToHtml(comparison, labels).length);
    const markdown = time(RUNS, () => comparisonToMarkdown(comparison, labels).length);
    const pages = `${older.pageTexts.length} → ${newer.pageTexts.length}`;
    const rows: BenchRow[] = [
      {
        step: 'segment both (baseline)',
        pages,
        paragraphs: segmented.result,
        'best ms': segmented.timing.bestMs,
        'worst ms': segmented.timing.worstMs,
        'x baseline': 1,
      },
      {
        step: 'compare (pair + word diffs)',
        pages,
        paragraphs: comparison.pairs.length,
        'best ms': compared.timing.bestMs,
        'worst ms': compared.timing.worstMs,
        'x baseline': compared.timing.bestMs / segmented.timing.bestMs,
      },
      {
        step: 'export HTML',
        pages,
        paragraphs: comparison.pairs.length,
        'best ms': html.timing.bestMs,
        'worst ms': html.timing.worstMs,
        'x baseline': html.timing.bestMs / segmented.timing.bestMs,
      },
      {
        step: 'export Markdown',
        pages,
        paragraphs: comparison.pairs.length,
        'best ms': markdown.timing.bestMs,
        'worst ms': markdown.timing.worstMs,
        'x baseline': markdown.timing.bestMs / segmented.timing.bestMs,
      },
    ];
    rows.push({ step: `(${summaryLine(comparison)})` });
    return rows;
  },
};
