/**
 * The reader on a real UN document in real Chromium with the built extension: A/RES/79/1 (the Pact
 * for the Future, 56 pages, Word output with tagged content and the UN's own links), opened from
 * undocs.org through the fixture server's redirect chain, then scrolled page by page to the end.
 * The reader marks when pdf.js painted a page (`resolute:page-rendered:N`), when pdf.js drew its
 * text layer (`resolute:text-layer:N`), when its citations were linked (`resolute:linked:N`) and
 * when they were put exactly on their glyphs from the page's operator list (`resolute:on-glyphs:N`,
 * ADR 0020), all on the page's clock from the navigation's start; so pdf.js alone is the baseline
 * of the same run (its paint of each page: `resolute:page-render:N` to `resolute:page-rendered:N`)
 * and linking's cost is a difference. Target: a page linked within 150 ms of its text layer.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, launchWithExtension } from '../../tests/e2e/helpers/browser';
import { FixtureServer } from '../../tests/e2e/helpers/fixture-server';
import { redirectRulesReady, showPage } from '../../tests/e2e/helpers/real-pdfs';
import { serveUnDocument } from '../../tests/e2e/helpers/un-sites';
import { ensureBuilt } from '../launch/ensure-built';
import type { BenchSection } from './bench-section';

const FILE = new URL('../../tests/fixtures/un-pdfs/A_RES_79_1.en.pdf', import.meta.url);
const SYMBOL = 'A/RES/79/1';
const PAGES = 56;
const RUNS = 3;
const TARGET_MS = 150;

interface RunFigures {
  /** From the page's marks, in ms since the navigation started. */
  firstPagePainted: number;
  firstTextLayer: number;
  firstLinked: number;
  /** Node's clock: navigation to the last page linked, scrolling as fast as pages render. */
  allLinkedMs: number;
  /** Per page: linked − text layer drawn (first time each). */
  linkDelays: number[];
  /** Per page: on its glyphs from the operator list − text layer drawn (first time each). */
  exactDelays: number[];
  /** Per page: pdf.js's own paint, render start to rendered (first time each). */
  paints: number[];
}

async function oneRun(page: Page): Promise<RunFigures> {
  const started = Date.now();
  await page.goto(`https://undocs.org/en/${SYMBOL}`, { waitUntil: 'commit' });
  if (!page.url().includes('/reader.html?')) throw new Error(`the navigation did not open the reader: ${page.url()}`);
  await page.locator('.page[data-page-number="1"]').waitFor({ state: 'attached', timeout: 60_000 });
  for (let n = 1; n <= PAGES; n++) await showPage(page, n);
  const allLinkedMs = Date.now() - started;
  // The last page's exact placement, so that its figure is in (pages scrolled past may never get one).
  await page
    .locator(`.page[data-page-number="${PAGES}"] .textLayer[data-resolute-glyphs^="exact"]`)
    .waitFor({ state: 'attached', timeout: 30_000 });
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const));
  const first = new Map<string, number>();
  for (const [name, time] of marks) if (!first.has(name)) first.set(name, time);
  const at = (name: string) => first.get(name) ?? NaN;
  const linkDelays = Array.from({ length: PAGES }, (_, i) => at(`resolute:linked:${i + 1}`) - at(`resolute:text-layer:${i + 1}`));
  const exactDelays = Array.from({ length: PAGES }, (_, i) => at(`resolute:on-glyphs:${i + 1}`) - at(`resolute:text-layer:${i + 1}`));
  const paints = Array.from({ length: PAGES }, (_, i) => at(`resolute:page-rendered:${i + 1}`) - at(`resolute:page-render:${i + 1}`));
  const linkedTimes = [...first].filter(([name]) => name.startsWith('resolute:linked:')).map(([, time]) => time);
  return {
    firstPagePainted: at('resolute:page-rendered:1'),
    firstTextLayer: at('resolute:text-layer:1'),
    firstLinked: Math.min(...linkedTimes),
    allLinkedMs,
    linkDelays,
    exactDelays,
    paints,
  };
}

const ms = (values: readonly number[]) => values.map((v) => `${Math.round(v)} ms`).join(', ');

const finiteSorted = (values: readonly number[]) => values.filter(Number.isFinite).sort((a, b) => a - b);
const spread = (sorted: readonly number[]) =>
  `median ${Math.round(percentile(sorted, 50))} ms, p95 ${Math.round(percentile(sorted, 95))} ms, max ${Math.round(sorted.at(-1) ?? NaN)} ms (${sorted.length} pages)`;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export const readerRealSection: BenchSection = {
  name: `Reader: the real A/RES/79/1 (${PAGES} pages) opened from undocs.org in Chromium and read to the end (${RUNS} runs, the first cold)`,
  async run() {
    if (!existsSync(CHROMIUM_PATH)) return [{ measure: 'skipped', value: `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)` }];
    ensureBuilt((line) => process.stderr.write(`bench: ${line}\n`));
    const pdf = readFileSync(FILE);
    const server = await FixtureServer.start();
    serveUnDocument(server, { symbol: SYMBOL, lang: 'en', pdf, jobNumber: 'N2427241' });
    const browser = await launchWithExtension(server);
    const runs: RunFigures[] = [];
    try {
      await redirectRulesReady(browser.serviceWorker);
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width: 1200, height: 900 });
        try {
          runs.push(await oneRun(page));
        } finally {
          await page.close();
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const delays = runs
      .flatMap((run) => run.linkDelays)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    const over = delays.filter((d) => d > TARGET_MS).length;
    const exact = finiteSorted(runs.flatMap((run) => run.exactDelays));
    const paints = finiteSorted(runs.flatMap((run) => run.paints));
    return [
      { measure: 'document', value: `${PAGES} pages, ${(pdf.length / 1e6).toFixed(2)} MB, served as ${SYMBOL}` },
      { measure: 'navigation → page 1 painted by pdf.js (baseline)', value: ms(runs.map((r) => r.firstPagePainted)) },
      { measure: 'navigation → page 1 text layer drawn by pdf.js', value: ms(runs.map((r) => r.firstTextLayer)) },
      { measure: 'navigation → first citation linked', value: ms(runs.map((r) => r.firstLinked)) },
      { measure: 'navigation → every page linked (scrolled to the end)', value: ms(runs.map((r) => r.allLinkedMs)) },
      {
        measure: 'text layer drawn → its citations linked, per page',
        value: `median ${Math.round(percentile(delays, 50))} ms, p95 ${Math.round(percentile(delays, 95))} ms, max ${Math.round(delays.at(-1) ?? NaN)} ms (${delays.length} pages)`,
      },
      { measure: `pages linked later than ${TARGET_MS} ms after their text layer`, value: `${over} of ${delays.length}` },
      { measure: 'pdf.js paints a page: render start → painted (baseline)', value: spread(paints) },
      { measure: 'text layer drawn → links and highlights exactly on their glyphs (operator list), per page', value: spread(exact) },
      {
        measure: `pages on their glyphs later than ${TARGET_MS} ms after their text layer (the estimate shows meanwhile)`,
        value: `${exact.filter((d) => d > TARGET_MS).length} of ${exact.length}`,
      },
    ];
  },
};
