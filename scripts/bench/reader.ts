/**
 * The reader in real Chromium with the built extension: for a 100-page UN document served by the
 * fixture server as undocs.org would, the time from the navigation (undocs.org → reader) to the
 * first linked citation and to the whole document scanned, and the reader tab's memory then.
 * Figures only; nothing here passes or fails.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, launchWithExtension } from '../../tests/e2e/helpers/browser';
import { FixtureServer } from '../../tests/e2e/helpers/fixture-server';
import { redirectRulesReady } from '../../tests/e2e/helpers/real-pdfs';
import { serveUnDocument } from '../../tests/e2e/helpers/un-sites';
import { ensureBuilt } from '../launch/ensure-built';
import type { BenchRow, BenchSection } from './bench-section';
import { loadSeedPdfs, makeLongPdf } from './long-pdf';

const PAGES = 100;
const RUNS = 3;
/** A symbol no sample has, so the reader must fetch it from the (fixture) UN site. */
const SYMBOL = 'A/RES/77/100';
const LANG = 'ru';
const FIRST_CITATION_TIMEOUT_MS = 60_000;
const SCAN_TIMEOUT_MS = 120_000;

interface RunFigures {
  firstCitationMs: number;
  /** null when the reader never said it had scanned everything. */
  scannedMs: number | null;
  memory: MemoryFigures;
}

interface MemoryFigures {
  method: string;
  jsHeapBytes: number;
  domNodes?: number;
}

/** `<html data-resolute-scan="done">`: the reader's signal that every page has been scanned. */
function scanIsDone(page: Page, timeout: number): Promise<boolean> {
  return page
    .waitForFunction(() => document.documentElement.dataset.resoluteScan === 'done', undefined, { timeout, polling: 50 })
    .then(
      () => true,
      () => false,
    );
}

/**
 * The tab's memory: the standard API when the page may use it (cross-origin isolated pages only),
 * else Chromium's own counters over the DevTools protocol, after a garbage collection so that
 * the figure is what the open document keeps.
 */
async function measureMemory(page: Page): Promise<MemoryFigures> {
  const standard = await page.evaluate(async () => {
    const perf = performance as Performance & { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> };
    if (!globalThis.crossOriginIsolated || !perf.measureUserAgentSpecificMemory) return null;
    return (await perf.measureUserAgentSpecificMemory()).bytes;
  });
  if (standard !== null) return { method: 'measureUserAgentSpecificMemory', jsHeapBytes: standard };
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value;
    return { method: 'CDP Performance.getMetrics after GC', jsHeapBytes: metric('JSHeapUsedSize') ?? NaN, domNodes: metric('Nodes') };
  } finally {
    await cdp.detach();
  }
}

async function oneRun(page: Page, waitForScan: boolean): Promise<RunFigures> {
  const started = Date.now();
  await page.goto(`https://undocs.org/${LANG}/${SYMBOL}`, { waitUntil: 'commit' });
  if (!page.url().includes('/reader.html?')) throw new Error(`the navigation did not open the reader: ${page.url()}`);
  await page.waitForSelector('[data-symbol]', { state: 'attached', timeout: FIRST_CITATION_TIMEOUT_MS });
  const firstCitationMs = Date.now() - started;
  const scanned = waitForScan && (await scanIsDone(page, SCAN_TIMEOUT_MS));
  const scannedMs = scanned ? Date.now() - started : null;
  return { firstCitationMs, scannedMs, memory: await measureMemory(page) };
}

function ms(values: readonly number[]): string {
  return values.map((v) => `${v} ms`).join(', ');
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export const readerSection: BenchSection = {
  name: `Reader: a ${PAGES}-page document opened from undocs.org in Chromium (${RUNS} runs, the first cold)`,
  async run() {
    // The engine sections need no browser; this one says why it has no figures instead of failing.
    if (!existsSync(CHROMIUM_PATH)) return [{ measure: 'skipped', value: `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)` }];
    const pdf = await makeLongPdf(loadSeedPdfs(), PAGES);
    ensureBuilt((line) => process.stderr.write(`bench: ${line}\n`));
    const server = await FixtureServer.start();
    serveUnDocument(server, { symbol: SYMBOL, lang: LANG, pdf: Buffer.from(pdf), jobNumber: 'N2299999' });
    const browser = await launchWithExtension(server);
    const runs: RunFigures[] = [];
    try {
      await redirectRulesReady(browser.serviceWorker);
      let waitForScan = true;
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.context.newPage();
        try {
          const figures = await oneRun(page, waitForScan);
          // A reader without the signal would make every run wait the whole timeout.
          if (figures.scannedMs === null) waitForScan = false;
          runs.push(figures);
        } finally {
          await page.close();
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const last = runs[runs.length - 1]!;
    const scanned = runs.map((run) => run.scannedMs).filter((v): v is number => v !== null);
    const rows: BenchRow[] = [
      { measure: 'document', value: `${PAGES} pages, ${mb(pdf.length)} (the seed PDFs' pages in turn), served as ${SYMBOL}` },
      { measure: 'navigation → first linked citation', value: ms(runs.map((run) => run.firstCitationMs)) },
      {
        measure: 'navigation → whole document scanned',
        value: scanned.length === runs.length ? ms(scanned) : 'n/a: the reader never set <html data-resolute-scan="done">',
      },
      { measure: 'reader tab JS heap, document open', value: mb(last.memory.jsHeapBytes), method: last.memory.method },
    ];
    if (last.memory.domNodes !== undefined) {
      rows.push({ measure: 'reader tab DOM nodes', value: String(last.memory.domNodes), method: last.memory.method });
    }
    rows.push({ measure: 'not counted', value: "pdf.js's worker (its own heap) and the browser's other processes" });
    return rows;
  },
};
