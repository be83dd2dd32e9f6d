/**
 * Every page of every real UN PDF with a text layer is linked in the reader (ADR 0020): opened from
 * undocs.org through the redirect chain, scrolled page by page, the citations on the page (one per
 * `data-citation-id`) are exactly what `npm run scan` finds in the same file, in the same order,
 * with the same symbols, and no page is skipped or left partly unplaced.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './helpers/browser';
import type { FixtureServer } from './helpers/fixture-server';
import { useExtensionBrowser } from './helpers/suite';
import { REAL_PDFS_WITH_TEXT, citationsOnPage, openRealPdf, scanOf, showPage, type PageCitation, type RealPdf } from './helpers/real-pdfs';

let server: FixtureServer;
let browser: ExtensionBrowser;

useExtensionBrowser((started) => ({ server, browser } = started), { freshTabs: true });

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
      // Neither lists the document's own symbol (its masthead and running heads): what a document
      // cites is made once, without its mentions of itself (ADR 0021), for scan and the reader alike.
      expect(read.citations.map((c) => [c.symbol, squash(c.text)])).toEqual(scanned.map((c) => [c.symbol, squash(c.text)]));
      expect(scanned.length).toBeGreaterThan(0);
    });
  }
});

describe("the PDF's own links to UN documents", () => {
  it("open in the reader like Resolute's, and are hidden where they lie over a citation Resolute linked", async () => {
    const pdf = REAL_PDFS_WITH_TEXT.find((p) => p.file === 'A_RES_80_173.en.pdf')!;
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await openRealPdf(page, server, pdf);
    await showPage(page, 1);
    const links = page.locator('.page[data-page-number="1"] .annotationLayer section.linkAnnotation > a[data-resolute-symbol]');
    await links.first().waitFor({ state: 'attached' });
    const adopted = await links.evaluateAll((anchors) =>
      anchors.map((a) => ({
        symbol: a.getAttribute('data-resolute-symbol'),
        href: a.getAttribute('href'),
        target: a.getAttribute('target'),
        hidden: a.parentElement!.hidden,
      })),
    );
    // The file links A/80/L.41, A/RES/70/125, A/RES/70/1 and A/RES/79/1 on page 1, each over a citation Resolute linked.
    expect(adopted).toEqual(
      ['A/80/L.41', 'A/RES/70/125', 'A/RES/70/1', 'A/RES/79/1'].map((symbol) => ({
        symbol,
        href: `reader.html?symbol=${symbol}&lang=en`,
        target: null,
        hidden: true,
      })),
    );
    // What is under the pointer at each citation is Resolute's link, not the PDF's.
    for (const symbol of ['A/80/L.41', 'A/RES/70/125']) {
      const hit = await page
        .locator(`.page[data-page-number="1"] .textLayer a[data-symbol="${symbol}"]`)
        .first()
        .evaluate((a) => {
          a.scrollIntoView({ block: 'center' });
          const box = a.getBoundingClientRect();
          return document
            .elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
            ?.closest('a')
            ?.getAttribute('data-symbol');
        });
      expect(hit).toBe(symbol);
    }
  });
});
