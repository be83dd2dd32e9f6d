/**
 * Every page of every real UN PDF with a text layer is linked in the reader (ADR 0018): opened from
 * undocs.org through the redirect chain, scrolled page by page, the citations on the page (one per
 * `data-citation-id`) are exactly what `npm run scan` finds in the same file, in the same order,
 * with the same symbols, and no page is skipped or left partly unplaced.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { FixtureServer } from './helpers/fixture-server';
import {
  REAL_PDFS_WITH_TEXT,
  citationsOnPage,
  openRealPdf,
  redirectRulesReady,
  scanOf,
  showPage,
  type PageCitation,
  type RealPdf,
} from './helpers/real-pdfs';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await FixtureServer.start();
  browser = await launchWithExtension(server);
  await redirectRulesReady(browser.serviceWorker);
});

afterEach(async () => {
  server.reset();
  for (const page of browser.context.pages()) await page.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface ReadThrough {
  citations: PageCitation[];
  pagesLinked: number[];
  warnings: string[];
}

/** Opens the PDF and reads every page's citations off the text layer, first page to last. */
async function readThrough(pdf: RealPdf): Promise<ReadThrough> {
  const page: Page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  await openRealPdf(page, server, pdf);
  const citations: PageCitation[] = [];
  const pagesLinked: number[] = [];
  for (let n = 1; n <= pdf.pages; n++) {
    await showPage(page, n);
    pagesLinked.push(n);
    // pdf.js keeps only a few pages rendered: read each page while it is shown.
    citations.push(...(await citationsOnPage(page, n)));
  }
  return { citations, pagesLinked, warnings };
}

describe('the reader links every page of the real UN PDFs exactly as scan finds their citations', () => {
  for (const pdf of REAL_PDFS_WITH_TEXT) {
    it(`${pdf.file} (${pdf.pages} pages)`, async () => {
      const [scanned, read] = await Promise.all([scanOf(pdf), readThrough(pdf)]);
      expect(read.pagesLinked).toEqual(Array.from({ length: pdf.pages }, (_, i) => i + 1));
      expect(read.warnings.filter((w) => w.startsWith('Resolute'))).toEqual([]);
      // Same citations, same order: symbols (null for a citation without one) and the words shown
      // (the reader's parts of a citation broken over lines join without the line break).
      const squash = (text: string) => text.replace(/\s+/g, '');
      expect(read.citations.map((c) => [c.symbol, squash(c.text)])).toEqual(scanned.map((c) => [c.symbol, squash(c.text)]));
      expect(scanned.length).toBeGreaterThan(0);
    });
  }
});
