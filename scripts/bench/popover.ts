/**
 * The citation popover in real Chromium with the built extension: the time from hover intent (the
 * pointer landing on a citation) and from keyboard focus to the card painted with its title, with
 * a warm cache — the reader reloaded after a first lookup, so the answer comes from IndexedDB
 * through the background, not from the page's memo. The hover figure includes the deliberate
 * intent delay (lib/popover/hover-intent.ts, 500 ms); the focus figure is the machinery alone.
 * The Library is the fixture server. Figures only; nothing here passes or fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { OPEN_DELAY_MS } from '../../lib/popover/hover-intent';
import { CHROMIUM_PATH, launchWithExtension } from '../../tests/e2e/helpers/browser';
import { FixtureServer } from '../../tests/e2e/helpers/fixture-server';
import { ensureBuilt } from '../launch/ensure-built';
import type { BenchRow, BenchSection } from './bench-section';

const RUNS = 5;
const SYMBOL = 'A/RES/64/293';
const CITATION = `#viewer a[data-symbol="${SYMBOL}"]`;
const RECORD = readFileSync(new URL('../../tests/fixtures/metadata/undl/a-res-64-293.xml', import.meta.url), 'utf8');

/**
 * Starts a clock at the first `event` on the citation; resolves at the frame after the one that
 * drew the card's title (the card is on screen). A string, not a function: tsx would wrap named
 * functions in a helper the page does not have. Listens on the document because pdf.js may
 * re-render the text layer, replacing the citation element.
 */
function armTimer(page: Page, event: 'pointerover' | 'focusin'): Promise<void> {
  return page.evaluate(`
    window.__popoverMs = new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error('no card within 20 s')), 20000);
      const onEvent = (e) => {
        if (!(e.target instanceof Element) || e.target.closest(${JSON.stringify(CITATION)}) === null) return;
        document.removeEventListener(${JSON.stringify(event)}, onEvent, true);
        const start = performance.now();
        const check = () => {
          const host = document.querySelector('[data-resolute="popover-host"]');
          if (host && host.shadowRoot && host.shadowRoot.querySelector('[data-resolute="popover"] [data-part="title"]')) {
            requestAnimationFrame(() => resolve(performance.now() - start));
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      };
      document.addEventListener(${JSON.stringify(event)}, onEvent, true);
    });
    undefined;
  `);
}

const elapsed = (page: Page) => page.evaluate<number>('window.__popoverMs');

async function openReader(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/reader.html?symbol=A/RES/76/186&lang=ru`);
  await page.locator(CITATION).first().waitFor({ timeout: 60_000 });
  await page.locator(CITATION).first().scrollIntoViewIfNeeded();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export const popoverSection: BenchSection = {
  name: `Popover: citation → painted card in Chromium, warm cache (${RUNS} runs, reader reloaded each time)`,
  async run() {
    if (!existsSync(CHROMIUM_PATH)) return [{ measure: 'skipped', value: `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)` }];
    ensureBuilt((line) => process.stderr.write(`bench: ${line}\n`));
    const server = await FixtureServer.start();
    server.route('digitallibrary.un.org', '/search', () => ({ headers: { 'content-type': 'application/xml' }, body: RECORD }));
    const browser = await launchWithExtension(server);
    const hover: number[] = [];
    const focus: number[] = [];
    try {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1200, height: 900 });
      // Cold: fills the cache (Library and the document source), then waits until the lookup is done.
      await openReader(page, browser.extensionId);
      await page.locator(CITATION).first().focus();
      await page.locator('[data-resolute="popover"] [data-part="title"]').waitFor({ timeout: 60_000 });
      // Until the lookup is done ("Looking for more…" gone), so every source's answer is cached.
      await page
        .waitForFunction('!document.querySelector(\'[data-resolute="popover-host"]\').shadowRoot.textContent.includes("…")', undefined, {
          timeout: 60_000,
        })
        .catch(() => undefined);
      for (let i = 0; i < RUNS; i++) {
        await openReader(page, browser.extensionId);
        await page.mouse.move(1, 1);
        await armTimer(page, 'pointerover');
        await page.locator(CITATION).first().hover();
        hover.push(await elapsed(page));
        await openReader(page, browser.extensionId);
        await armTimer(page, 'focusin');
        await page.locator(CITATION).first().focus();
        focus.push(await elapsed(page));
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const fmt = (values: number[]) => `${values.map((v) => v.toFixed(0)).join(', ')} ms (median ${median(values).toFixed(0)})`;
    const rows: BenchRow[] = [
      { measure: 'hover intent → painted card', value: fmt(hover), method: `includes the ${OPEN_DELAY_MS} ms intent delay` },
      { measure: 'keyboard focus → painted card', value: fmt(focus), method: 'IndexedDB cache via the background port' },
    ];
    return rows;
  },
};
