/**
 * The citation panel's cost on a document citing 200 others (600 citations, 20 pages):
 * building the model and filtering it (pure, in node), and in Chromium with the built extension
 * the time from pressing the panel's button to all 200 entries painted, the time a filter takes
 * to repaint, and what the open panel adds to the reader tab's JS heap and DOM.
 * Figures only; nothing here passes or fails.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { findCitations, withoutOwnMentions } from '../../lib/citations';
import { filterPanel } from '../../lib/panel/panel-filter';
import { buildPanelModel } from '../../lib/panel/panel-model';
import { scanDocument } from '../../lib/reader/document-scan';
import { CHROMIUM_PATH, launchWithExtension } from '../../tests/e2e/helpers/browser';
import { FixtureServer } from '../../tests/e2e/helpers/fixture-server';
import { serveUnDocument } from '../../tests/e2e/helpers/un-sites';
import { ensureBuilt } from '../launch/ensure-built';
import type { BenchRow, BenchSection } from './bench-section';
import { CITED, panelBenchPages, panelBenchPdf, TIMES } from './panel-document';
import { time } from './timing';

const SYMBOL = 'A/RES/77/200';
const LANG = 'en';
const RUNS = 5;
const BROWSER_RUNS = 3;

async function benchCitations() {
  const pages = panelBenchPages().map((lines) => lines.join('\n'));
  const scan = await scanDocument({
    pageCount: pages.length,
    pageText: (n) => Promise.resolve(pages[n - 1]!),
    // As the reader makes a page's citations: its mentions of itself left out (ADR 0021).
    findCitations: (text) => withoutOwnMentions(findCitations(text, { lang: LANG, pageSymbol: SYMBOL }), [SYMBOL]),
    idle: () => Promise.resolve(),
  });
  return scan.citations;
}

function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}

interface PageFigures {
  heapBytes: number;
  domNodes: number;
}

async function figures(page: Page): Promise<PageFigures> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return { heapBytes: metric('JSHeapUsedSize'), domNodes: metric('Nodes') };
  } finally {
    await cdp.detach();
  }
}

/**
 * In the page: run `act`, then resolve with the ms until `count` entries are shown and painted.
 * A string, not a function: tsx would wrap the function's inner arrows in a helper the page lacks.
 */
function timeUntilEntries(page: Page, act: 'toggle' | 'filter', count: number): Promise<number> {
  const script = `new Promise((resolve, reject) => {
    const started = performance.now();
    if (${JSON.stringify(act)} === 'toggle') document.querySelector('[data-testid="panel-toggle"]').click();
    else {
      const input = document.querySelector('[data-testid="panel-filter"]');
      input.value = 'S/RES';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const check = () => {
      if (performance.now() - started > 20000) return reject(new Error('the panel never showed its entries'));
      if (document.querySelectorAll('[data-resolute="citations"] [data-entry]').length !== ${count}) return requestAnimationFrame(check);
      // One more frame: the entries are laid out and painted.
      requestAnimationFrame(() => resolve(performance.now() - started));
    };
    check();
  })`;
  return page.evaluate<number>(script);
}

async function browserRows(): Promise<BenchRow[]> {
  if (!existsSync(CHROMIUM_PATH)) return [{ measure: 'in Chromium: skipped', value: `no Chromium at ${CHROMIUM_PATH}` }];
  // A private build (RESOLUTE_EXTENSION_DIR) is used as it is; else the shared one is brought up to date.
  if (process.env.RESOLUTE_EXTENSION_DIR === undefined) ensureBuilt((line) => process.stderr.write(`bench: ${line}\n`));
  const server = await FixtureServer.start();
  serveUnDocument(server, { symbol: SYMBOL, lang: LANG, pdf: Buffer.from(await panelBenchPdf()), jobNumber: 'N2299998' });
  const browser = await launchWithExtension(server);
  const open: number[] = [];
  const filter: number[] = [];
  let before: PageFigures | null = null;
  let after: PageFigures | null = null;
  try {
    for (let i = 0; i < BROWSER_RUNS; i++) {
      const page = await browser.context.newPage();
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        // Straight to the reader (it fetches the PDF from the fixture documents.un.org): the
        // redirect from undocs.org is the reader bench's business.
        await page.goto(`chrome-extension://${browser.extensionId}/reader.html?symbol=${SYMBOL}&lang=${LANG}`);
        await page.waitForFunction(() => document.documentElement.dataset.resoluteScan === 'done', undefined, { timeout: 60_000 });
        // The panel is remembered open per tab: each run starts closed.
        await page.evaluate(() => sessionStorage.clear());
        if ((await page.getByTestId('panel-toggle').getAttribute('aria-expanded')) === 'true')
          await page.getByTestId('panel-toggle').click();
        before = await figures(page);
        open.push(await timeUntilEntries(page, 'toggle', CITED));
        after = await figures(page);
        filter.push(await timeUntilEntries(page, 'filter', 40));
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const list = (values: number[]) => values.map((v) => `${Math.round(v)} ms`).join(', ');
  return [
    { measure: 'in Chromium: button → 200 entries painted', value: list(open) },
    { measure: 'in Chromium: filter "S/RES" → 40 entries painted', value: list(filter) },
    {
      measure: 'reader tab JS heap: panel closed → open',
      value: `${(before!.heapBytes / 1e6).toFixed(1)} → ${(after!.heapBytes / 1e6).toFixed(1)} MB (+${((after!.heapBytes - before!.heapBytes) / 1e6).toFixed(2)} MB)`,
    },
    { measure: 'reader tab DOM nodes: panel closed → open', value: `${before!.domNodes} → ${after!.domNodes}` },
  ];
}

export const panelSection: BenchSection = {
  name: `Citation panel: a document citing ${CITED} others, ${CITED * TIMES} citations (best of ${RUNS} in node; ${BROWSER_RUNS} runs in Chromium)`,
  async run() {
    const citations = await benchCitations();
    const build = time(RUNS, () => buildPanelModel(citations, SYMBOL));
    const model = build.result;
    const filtered = time(RUNS, () => filterPanel(model, 'resolution 61', () => undefined));
    const rows: BenchRow[] = [
      { measure: 'model', value: `${model.entryCount} documents, ${model.citationCount} citations, ${model.groups.length} groups` },
      { measure: 'build the model (node)', value: `${ms(build.timing.bestMs)} (worst ${ms(build.timing.worstMs)})` },
      { measure: 'filter "resolution 61" (node)', value: `${ms(filtered.timing.bestMs)} → ${filtered.result.entryCount} documents` },
    ];
    rows.push(...(await browserRows()));
    return rows;
  },
};
