/**
 * The reader as a PDF viewer, in Chromium with the built extension, on real UN PDFs:
 * - find across the 56 pages of A/RES/79/1: Enter in the find bar → first match selected, and →
 *   every page searched (the count final); cold (typed in the page task in which the first page's
 *   text shows, no scrolling: the pages' text is still being read), against pdf.js's own paint of
 *   page 1 in the same run (the baseline), and warm (another word; and 2 s after the scan);
 * - a new zoom: the command → pdf.js has painted the page in view again (pdf.js painting alone,
 *   the baseline) and → that page painted AND its first citation link at the new size.
 * Targets: first match ≤ 300 ms, all matches ≤ 1 s, re-draw with links ≤ 200 ms. Figures only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, launchWithExtension } from '../../tests/e2e/helpers/browser';
import { FixtureServer } from '../../tests/e2e/helpers/fixture-server';
import { serveUnDocument } from '../../tests/e2e/helpers/un-sites';
import { ensureBuilt } from '../launch/ensure-built';
import type { BenchRow, BenchSection } from './bench-section';
import { probeWorkerHeaps, type WorkerHeaps } from './worker-heaps';

const RUNS = 3;
const FIND_DOC = { file: 'A_RES_79_1.en.pdf', symbol: 'A/RES/79/1' };
/** A record whose citations are linked today (modern UN PDFs wait for their text layers to match). */
const ZOOM_DOC = { file: 'S_PV.3756.en.pdf', symbol: 'S/PV.3756' };
const ZOOMS = ['2', '0.5', '1.5', '1'];

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/un-pdfs/${name}`, import.meta.url));

async function open(page: Page, extensionId: string, symbol: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/reader.html?symbol=${symbol}&lang=en`);
  await page.locator('#viewer .page .textLayer span:not(.markedContent)').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid=reader-find]')?.disabled, undefined, {
    timeout: 60_000,
  });
}

/**
 * Enter in the find bar with `query`: ms to the first match selected and to every page searched,
 * and when Enter came (ms from navigation). `whenOpen`: in the same page task as the document's
 * first text shows (and its find button is enabled), the find button is clicked and the query typed,
 * with no round trip to the bench in between (the harshest cold case); otherwise the bar is open.
 */
function timeFind(page: Page, query: string, whenOpen = false): Promise<{ first: number; all: number; total: number; at: number }> {
  return page.evaluate(
    async ({ q, cold }) => {
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      if (cold) {
        const opened = performance.now();
        while (
          !document.querySelector('#viewer .page .textLayer span:not(.markedContent)') ||
          document.querySelector<HTMLButtonElement>('[data-testid=reader-find]')?.disabled !== false
        ) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          if (performance.now() - opened > 60_000) throw new Error('the document did not open');
        }
        document.querySelector<HTMLButtonElement>('[data-testid=reader-find]')!.click();
        while (!document.querySelector('[data-testid=reader-find-field]')) await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      const field = document.querySelector<HTMLInputElement>('[data-testid=reader-find-field]')!;
      field.value = q;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      // As when typing: the bar has shown the query before Enter comes.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const started = performance.now();
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      let first = NaN;
      for (;;) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const { current, complete, total } = document.querySelector<HTMLElement>('[data-testid=reader-find-result]')!.dataset;
        if (Number.isNaN(first) && Number(current) > 0) first = performance.now() - started;
        if (complete === 'true' && !Number.isNaN(first))
          return { first, all: performance.now() - started, total: Number(total), at: started };
        if (performance.now() - started > 30_000) throw new Error(`find "${q}" did not finish`);
      }
    },
    { q: query, cold: whenOpen },
  );
}

/** find-text-helper.ts's switch ('1' or '2' workers), read in test builds only. */
const WORKERS_KEY = 'resolute:test:text-workers';

async function openCold(page: Page, extensionId: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/reader.html?symbol=${FIND_DOC.symbol}&lang=en`, { waitUntil: 'commit' });
}

/** ms from navigation to each named mark (NaN when it is not there). */
function markTimes(page: Page, names: string[]): Promise<number[]> {
  return page.evaluate((wanted) => wanted.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN), names);
}

/** ms from navigation to pdf.js's first page painted (its `pagerendered`, the reader's mark). */
async function firstPagePainted(page: Page): Promise<number> {
  const painted = await page.waitForFunction(
    () => performance.getEntriesByType('mark').find((mark) => mark.name.startsWith('resolute:page-rendered:'))?.startTime,
    undefined,
    { timeout: 60_000 },
  );
  return (await painted.jsonValue()) as number;
}

/** A new zoom: ms to the page in view painted again by pdf.js, and to that plus its first link at the new size. */
function timeZoom(page: Page, zoom: string): Promise<{ painted: number; linked: number; sized: number }> {
  return page.evaluate(async (value) => {
    const select = document.querySelector<HTMLSelectElement>('[data-testid=reader-zoom]')!;
    const link = document.querySelector<HTMLElement>('#viewer a[data-symbol]')!;
    const pageDiv = link.closest<HTMLElement>('.page')!;
    const before = { width: link.getBoundingClientRect().width, page: pageDiv.clientWidth };
    const oldCanvas = pageDiv.querySelector('canvas');
    const started = performance.now();
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    let painted = NaN;
    let linked = NaN;
    let sized = NaN;
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now() - started;
      const canvas = pageDiv.querySelector('canvas');
      // The page's content width (its border does not scale).
      const ratio = pageDiv.clientWidth / before.page;
      // pdf.js swaps in a new canvas drawn at the new scale once painting is done.
      const isPainted =
        canvas !== null &&
        canvas !== oldCanvas &&
        pageDiv.dataset.loaded === 'true' &&
        Math.abs(canvas.getBoundingClientRect().width / pageDiv.clientWidth - 1) < 0.02;
      const current = document.querySelector<HTMLElement>(`#viewer a[data-citation-id="${link.dataset.citationId}"]`);
      const isLinked = current !== null && Math.abs(current.getBoundingClientRect().width / (before.width * ratio) - 1) < 0.02;
      if (isPainted && Number.isNaN(painted)) painted = now;
      if (isLinked && Number.isNaN(sized)) sized = now;
      if (isPainted && isLinked && Number.isNaN(linked)) linked = now;
      if (!Number.isNaN(painted) && !Number.isNaN(linked)) return { painted, linked, sized };
      if (now > 20_000) throw new Error(`zoom ${value}: painted ${painted}, linked ${linked}`);
    }
  }, zoom);
}

const fmt = (values: readonly number[]) => values.map((v) => `${Math.round(v)} ms`).join(', ');
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export const readerViewerSection: BenchSection = {
  name: `Reader viewer: find in A/RES/79/1 (56 pages) and re-draw at a new zoom, in Chromium (${RUNS} runs)`,
  async run() {
    if (!existsSync(CHROMIUM_PATH)) return [{ measure: 'skipped', value: `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)` }];
    ensureBuilt((line) => process.stderr.write(`bench: ${line}\n`));
    const server = await FixtureServer.start();
    serveUnDocument(server, { symbol: FIND_DOC.symbol, lang: 'en', pdf: fixture(FIND_DOC.file), jobNumber: 'N2427222' });
    serveUnDocument(server, { symbol: ZOOM_DOC.symbol, lang: 'en', pdf: fixture(ZOOM_DOC.file), jobNumber: 'N9785299' });
    const browser = await launchWithExtension(server);
    type Found = Awaited<ReturnType<typeof timeFind>>;
    const cold: Found[] = [];
    const coldSingle: Found[] = [];
    const helperMarks: number[][] = [];
    const firstPaintSingle: number[] = [];
    let heaps: WorkerHeaps = { peakWorkers: 0, heapsMb: [] };
    const warm: Found[] = [];
    const settled: Found[] = [];
    /** pdf.js's first page painted, ms from navigation, in the cold runs (the baseline). */
    const firstPaint: number[] = [];
    const zooms: Array<{ painted: number; linked: number; sized: number }> = [];
    try {
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.context.newPage();
        try {
          // The same cold find with a second pdf.js worker forced on (find-text-helper.ts's test switch;
          // the reader starts it from 4 cores on).
          const single = await browser.context.newPage();
          try {
            await single.addInitScript((key) => localStorage.setItem(key, '2'), WORKERS_KEY);
            await openCold(single, browser.extensionId);
            coldSingle.push(await timeFind(single, 'Giga initiative', true));
            firstPaintSingle.push(await firstPagePainted(single));
            helperMarks.push(await markTimes(single, ['resolute:text-helper:open', 'resolute:text-helper:done']));
            await single.evaluate((key) => localStorage.removeItem(key), WORKERS_KEY);
          } finally {
            await single.close();
          }
          await openCold(page, browser.extensionId);
          // Find as soon as the first page's text shows: a phrase only on page 40, then a word on many pages.
          cold.push(await timeFind(page, 'Giga initiative', true));
          firstPaint.push(await firstPagePainted(page));
          // A new search from a closed bar, as a reader would start one.
          await page.keyboard.press('Escape');
          await page.keyboard.press('Control+f');
          warm.push(await timeFind(page, 'sustainable'));
        } finally {
          await page.close();
        }
        const later = await browser.context.newPage();
        try {
          // The usual case: the document has been open a moment (read, scanned) before Ctrl+F.
          await open(later, browser.extensionId, FIND_DOC.symbol);
          await later.waitForFunction(() => document.documentElement.dataset.resoluteScan === 'done', undefined, { timeout: 60_000 });
          await later.waitForTimeout(2000);
          await later.keyboard.press('Control+f');
          settled.push(await timeFind(later, 'Giga initiative'));
        } finally {
          await later.close();
        }
      }
      // Memory, in a run of its own (the probe's round trips would weigh on the timings): pdf.js's
      // workers' JS heaps, polled while a cold find reads the pages.
      const probed = await browser.context.newPage();
      try {
        await probed.addInitScript((key) => localStorage.setItem(key, '2'), WORKERS_KEY);
        const probe = await probeWorkerHeaps(probed);
        await openCold(probed, browser.extensionId);
        await timeFind(probed, 'Giga initiative', true);
        heaps = await probe.stop();
        await probed.evaluate((key) => localStorage.removeItem(key), WORKERS_KEY);
      } finally {
        await probed.close();
      }
      const page = await browser.context.newPage();
      try {
        await open(page, browser.extensionId, ZOOM_DOC.symbol);
        await page.locator('#viewer a[data-symbol]').first().waitFor({ timeout: 60_000 });
        for (let i = 0; i < RUNS; i++) for (const zoom of ZOOMS) zooms.push(await timeZoom(page, zoom));
      } finally {
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const rows: BenchRow[] = [
      { measure: 'pdf.js paints page 1 of A/RES/79/1 (baseline): navigation → first page painted', value: fmt(firstPaint) },
      { measure: 'second pdf.js worker forced on: page 1 painted (baseline)', value: fmt(firstPaintSingle) },
      {
        measure: 'second pdf.js worker forced on: find, cold → first match ("Giga initiative", p. 40)',
        value: fmt(coldSingle.map((r) => r.first)),
      },
      { measure: 'second pdf.js worker forced on: find, cold → every page searched', value: fmt(coldSingle.map((r) => r.all)) },
      {
        measure: `pdf.js workers during a cold find (second one forced, ${availableParallelism()} cores): most at once; JS heap of each at its peak`,
        value: `${heaps.peakWorkers}; ${heaps.heapsMb.map((mb) => `${mb.toFixed(1)} MB`).join(', ')}`,
      },
      {
        measure: 'second worker (forced runs): its document open; its pages read (ms from navigation)',
        value: helperMarks.map(([opened, done]) => `${Math.round(opened!)}; ${Math.round(done!)}`).join(', '),
      },
      {
        measure: 'load average (1, 5, 15 min) at the end',
        value: loadavg()
          .map((l) => l.toFixed(2))
          .join(', '),
      },
      {
        measure: 'find, cold: Enter came after navigation (+ after page 1 painted)',
        value: cold.map((r, i) => `${Math.round(r.at)} (+${Math.round(r.at - firstPaint[i]!)}) ms`).join(', '),
      },
      {
        measure: 'find, cold (as the first page shows its text): Enter → first match ("Giga initiative", p. 40)',
        value: fmt(cold.map((r) => r.first)),
        target: '≤ 300 ms',
      },
      { measure: 'find, cold: Enter → every page searched', value: fmt(cold.map((r) => r.all)), target: '≤ 1000 ms' },
      {
        measure: 'find, document open 2 s after its scan: Enter → first match ("Giga initiative")',
        value: fmt(settled.map((r) => r.first)),
        target: '≤ 300 ms',
      },
      {
        measure: 'find, document open 2 s after its scan: Enter → every page searched',
        value: fmt(settled.map((r) => r.all)),
        target: '≤ 1000 ms',
      },
      {
        measure: `find, warm: Enter → first match ("sustainable", ${warm[0]?.total ?? '?'} matches)`,
        value: fmt(warm.map((r) => r.first)),
        target: '≤ 300 ms',
      },
      { measure: 'find, warm: Enter → every match counted', value: fmt(warm.map((r) => r.all)), target: '≤ 1000 ms' },
      {
        measure: `zoom (${ZOOMS.join(' → ')}, ×${RUNS}): pdf.js repaints the page (baseline), median`,
        value: `${Math.round(median(zooms.map((z) => z.painted)))} ms`,
      },
      {
        measure: 'zoom: page repainted and its citation link at the new size, median',
        value: `${Math.round(median(zooms.map((z) => z.linked)))} ms`,
        target: '≤ 200 ms',
      },
      { measure: 'zoom: the same, worst', value: `${Math.round(Math.max(...zooms.map((z) => z.linked)))} ms` },
      {
        measure: 'zoom: the link at its new size (pdf.js scales the text layer at once), median',
        value: `${Math.round(median(zooms.map((z) => z.sized)))} ms`,
      },
    ];
    return rows;
  },
};
