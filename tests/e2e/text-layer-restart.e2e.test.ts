/**
 * A zoom while a page's text layer is still being built leaves the page's text once. pdf.js's
 * viewer starts the layer again and leaves what its cancelled first render had appended
 * (lib/surface/cancelled-text-render.ts); on a busy machine this put part of a page twice, and a
 * citation link was drawn across two lines (S/2025/153, page 1). The race is met here every time:
 * the test build lets pages' text arrive in small pieces with pauses, as on a busy machine
 * (entrypoints/reader/slow-text-stream.ts), and the zoom changes while it does. Each page's layer
 * must then hold exactly one span per non-empty text item, as pdf.js reads the file in node, and
 * each link lie on its own line or two.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './helpers/browser';
import type { FixtureServer } from './helpers/fixture-server';
import { REAL_PDFS_WITH_TEXT, UN_PDFS_DIR, openRealPdf, redirectRulesReady, showPage } from './helpers/real-pdfs';
import { useExtensionBrowser } from './helpers/suite';

let server: FixtureServer;
let browser: ExtensionBrowser;
useExtensionBrowser((started) => ({ server, browser } = started));

const PDF = REAL_PDFS_WITH_TEXT.find((p) => p.file === 'S_2025_153.en.pdf')!;
const PAGES = [1, 2, 3];
const ATTEMPTS = 2;
/** Milliseconds between pieces of a page's text (the test build's `resolute:test:text-piece-delay`). */
const PIECE_DELAY_MS = 60;

/** How many spans pdf.js's text layer shows for each page: its text items with text (marked content as the layer asks for it). */
async function textSpanCounts(path: string, pageNumbers: readonly number[]): Promise<Map<number, number>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0, isEvalSupported: false }).promise;
  const counts = new Map<number, number>();
  try {
    for (const n of pageNumbers) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true, disableNormalization: true });
      counts.set(n, content.items.filter((item) => 'str' in item && item.str !== '').length);
    }
  } finally {
    await doc.destroy();
  }
  return counts;
}

/** The layer's item spans (directly in it or in marked-content wrappers) and, per link part, how many lines it spans. */
function layerFacts(page: Page, n: number) {
  return page.evaluate((pageNumber) => {
    const layer = document.querySelector(`.page[data-page-number="${pageNumber}"] .textLayer`)!;
    let spans = 0;
    const visit = (parent: Element) => {
      for (const child of parent.children) {
        if (child.localName !== 'span') continue;
        if (child.classList.contains('markedContent')) visit(child);
        else if (child.getAttribute('role') !== 'img') spans++;
      }
    };
    visit(layer);
    // A citation's parts lie on at most two lines (one line break inside it): a part in a stale copy lies elsewhere.
    const tops = new Map<string, Set<number>>();
    for (const part of layer.querySelectorAll<HTMLElement>('[data-citation-id]')) {
      if ((part.textContent ?? '').trim() === '') continue;
      const id = part.dataset.citationId!;
      if (!tops.has(id)) tops.set(id, new Set());
      tops.get(id)!.add(Math.round(part.getBoundingClientRect().top));
    }
    const spread = [...tops].filter(([, lines]) => lines.size > 2).map(([id]) => id);
    return { spans, spread };
  }, n);
}

describe('a zoom while the text layer is being built', () => {
  it(`leaves each page's text once, and its links on their lines (${PDF.file})`, async () => {
    const expected = await textSpanCounts(UN_PDFS_DIR + PDF.file, PAGES);
    await redirectRulesReady(browser.serviceWorker);
    const setup = await browser.context.newPage();
    await setup.goto(`chrome-extension://${browser.extensionId}/reader.html`);
    await setup.evaluate((delay) => localStorage.setItem('resolute:test:text-piece-delay', String(delay)), PIECE_DELAY_MS);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1200, height: 900 });
      await openRealPdf(page, server, PDF);
      const zoom = page.getByTestId('reader-zoom');
      await page.locator('[data-testid="reader-zoom"]:enabled').waitFor({ timeout: 30_000 });
      // Page 1's layer takes a second or more to stream in: every change of zoom meanwhile starts it again.
      await page.locator('.page[data-page-number="1"] canvas').waitFor({ state: 'attached' });
      for (const scale of ['2', '1', '1.5', '1']) {
        await zoom.selectOption(scale);
        await page.waitForTimeout(150);
      }
      for (const n of PAGES) {
        await showPage(page, n);
        // The layer is checked once its links are in (the linker runs after the stale copy is gone).
        await page.locator(`.page[data-page-number="${n}"] .textLayer[data-resolute-glyphs]`).waitFor({ state: 'attached' });
        expect({ page: n, ...(await layerFacts(page, n)) }).toEqual({ page: n, spans: expected.get(n), spread: [] });
      }
      // The race was met: some layer was started again mid-way (and its stale copy removed).
      const restarted = await page.evaluate(
        () => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('resolute:cancelled-render:')).length,
      );
      expect(restarted).toBeGreaterThan(0);
      await page.close();
    }
    await setup.evaluate(() => localStorage.removeItem('resolute:test:text-piece-delay'));
    await setup.close();
  });
});
