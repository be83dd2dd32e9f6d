/**
 * The running text of a document's pages, without what is printed on every page (running heads
 * with the symbol and title, page numbers, job numbers) and without the footnotes at each page's
 * foot. Running heads are found by recurrence, not by shape: the same line (digits aside) at the
 * top or bottom of many pages. Footnotes start at the rule Word prints above them.
 */

/** How many lines at a page's top and bottom may be running heads or feet. */
const EDGE = 6;

/** The rule above a page's footnotes, as pdf.js reads it. */
const FOOTNOTE_RULE = /^\s*_{5,}\s*$/u;

/** A page number with the job number ("3/13 23-25978", "25-20946 8/14", "25-20946 (E)"). */
const PAGE_AND_JOB = /^(?:\d{1,3}\/\d{1,3}\s+)?\d{2}-\d{5}(?:\s*\(\p{Lu}\))?(?:\s+\d{1,3}\/\d{1,3})?$|^\d{1,3}\/\d{1,3}$/u;

export function bodyText(pageTexts: readonly string[]): string {
  const pages = pageTexts.map((page) => page.split('\n'));
  const recurring = recurringEdgeLines(pages);
  const kept: string[] = [];
  for (const lines of pages) {
    let end = lines.findIndex((line) => FOOTNOTE_RULE.test(line));
    if (end === -1) end = lines.length;
    let start = 0;
    const furniture = (line: string) => line.trim() === '' || recurring.has(shape(line)) || PAGE_AND_JOB.test(line.trim());
    while (start < end && start < EDGE && furniture(lines[start]!)) start++;
    const bottom = Math.max(start, end - EDGE);
    while (end > bottom && furniture(lines[end - 1]!)) end--;
    kept.push(...lines.slice(start, end));
  }
  return kept.join('\n');
}

/** A line with its numbers made alike, so page 3's head matches page 5's. */
function shape(line: string): string {
  return line.trim().replace(/\d+/gu, '#');
}

/** Lines found near the top or bottom of at least a third of the pages (and of two at least). */
function recurringEdgeLines(pages: readonly string[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set([...lines.slice(0, EDGE), ...lines.slice(-EDGE)].map(shape).filter((line) => line !== ''));
    for (const line of edge) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 3));
  return new Set([...counts].filter(([, count]) => count >= needed).map(([line]) => line));
}
