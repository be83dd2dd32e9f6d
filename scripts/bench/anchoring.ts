/**
 * Re-attaching 500 marks on a 100-page document after it changed: the seed texts cut into pages
 * and repeated (each copy numbered) to 100 pages; marks made on that text, then the text edited
 * so that marks come back by each strategy: untouched before the edit (position), after an
 * inserted paragraph (quote), with a word changed inside (fuzzy), with their text rewritten
 * (clause, or not found). Pure, in node. Figures only; nothing here passes or fails.
 */
import { anchorSelectors, describeRange, documentTextOf, type AnchorMethod, type DocumentText, type Selector } from '../../lib/anchoring';
import { segmentClauses } from '../../lib/clauses';
import type { BenchRow, BenchSection } from './bench-section';
import { loadSeeds, seededRandom } from './corpus';
import { time } from './timing';

const PAGES = 100;
const LINES_PER_PAGE = 45;
const MARKS = 500;
const RUNS = 5;

function benchPages(): string[] {
  const lines = loadSeeds().flatMap((seed) => seed.split('\n').filter((line) => line.trim() !== ''));
  const pages: string[] = [];
  // Each copy reads differently, or every quote would also be found in the other copies.
  const variants = [
    (line: string) => line,
    (line: string) => line.toUpperCase(),
    (line: string) => line.replace(/[аеиоу]/g, (v) => 'еиоуа'['аеиоу'.indexOf(v)]!),
  ];
  for (let copy = 0; pages.length < PAGES; copy++) {
    const variant = variants[copy % variants.length]!;
    for (let at = 0; at < lines.length && pages.length < PAGES; at += LINES_PER_PAGE) {
      pages.push([`Копия ${copy + 1}, страница ${pages.length + 1}`, ...lines.slice(at, at + LINES_PER_PAGE).map(variant)].join('\n'));
    }
  }
  return pages;
}

interface Mark {
  selectors: Selector[];
  start: number;
  end: number;
}

/** The marks, and the edited pages: a paragraph inserted half-way, some marks' words changed, some rewritten. */
function scenario(pages: string[]): { original: DocumentText; marks: Mark[]; edited: DocumentText } {
  const original = documentTextOf(pages.map((text, i) => ({ key: `p${i + 1}`, text })));
  const clauses = segmentClauses(original.text, 'ru');
  const random = seededRandom(5);
  const marks: Mark[] = [];
  while (marks.length < MARKS) {
    const start = Math.floor(random() * (original.text.length - 300));
    const end = start + 20 + Math.floor(random() * 180);
    if (original.text.slice(start, end).trim() === '' || marks.some((m) => m.start < end + 10 && start < m.end + 10)) continue;
    marks.push({ selectors: describeRange(original, start, end, clauses), start, end });
  }
  // Edit from the end backwards so earlier offsets stay valid while editing.
  let text = original.text;
  const byStart = [...marks.entries()].sort((a, b) => b[1].start - a[1].start);
  for (const [i, mark] of byStart) {
    const stretch = text.slice(mark.start, mark.end);
    if (i % 5 === 1 && stretch.length > 40) {
      const middle = Math.floor(stretch.length / 2);
      // Same length, so that the marks before the inserted paragraph keep their offsets.
      text = text.slice(0, mark.start + middle - 4) + 'ИЗМЕНЕНО' + text.slice(mark.start + middle + 4);
    } else if (i % 10 === 2) {
      text = text.slice(0, mark.start) + 'ж'.repeat(stretch.length) + text.slice(mark.end);
    }
  }
  const half = text.indexOf('\n\n', Math.floor(text.length / 2));
  text = `${text.slice(0, half)}\n\nНовый абзац, вставленный в середину документа после того, как пометки были сделаны.${text.slice(half)}`;
  return { original, marks, edited: documentTextOf(text.split('\n\n').map((page, i) => ({ key: `p${i + 1}`, text: page }))) };
}

export const anchoringSection: BenchSection = {
  name: 'anchoring',
  run() {
    const pages = benchPages();
    const { marks, edited } = scenario(pages);
    const clauses = segmentClauses(edited.text, 'ru');
    const { timing, result } = time(RUNS, () => {
      // A fresh DocumentText each run: its matching text is built inside the measurement.
      const doc: DocumentText = { ...edited };
      const counts: Record<AnchorMethod | 'not found', number> = { position: 0, quote: 0, fuzzy: 0, clause: 0, 'not found': 0 };
      for (const mark of marks) counts[anchorSelectors(doc, mark.selectors, clauses, { sameLanguage: true })?.method ?? 'not found']++;
      return counts;
    });
    const rows: BenchRow[] = [
      {
        measure: `re-attach ${MARKS} marks, ${PAGES} pages (${(edited.text.length / 1000).toFixed(0)}k chars), total`,
        value: `${timing.bestMs.toFixed(1)} ms`,
        worst: `${timing.worstMs.toFixed(1)} ms`,
      },
      { measure: 'per mark', value: `${(timing.bestMs / MARKS).toFixed(3)} ms`, worst: `${(timing.worstMs / MARKS).toFixed(3)} ms` },
      ...Object.entries(result).map(([method, count]) => ({ measure: `by ${method}`, value: count, worst: '' })),
    ];
    return Promise.resolve(rows);
  },
};
