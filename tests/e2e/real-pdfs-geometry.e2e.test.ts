/**
 * Links and highlights sit on their glyphs (ADR 0020): on every page of every real UN PDF with a
 * text layer, at 100% and at 200% zoom, every part of every citation link covers exactly the canvas
 * glyphs of its text, within 2 CSS pixels at either end, also when the citation is only part of a
 * longer text item; and so does a reader's highlight inside a longer line. The glyphs' places come
 * from pdf.js's operator list read in node from the file (helpers/glyph-boxes.ts), never from the
 * text layer being tested.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './helpers/browser';
import type { FixtureServer } from './helpers/fixture-server';
import { glyphBoxes, glyphRunFor, type PageGlyphs } from './helpers/glyph-boxes';
import { REAL_PDFS_WITH_TEXT, UN_PDFS_DIR, openRealPdf, redirectRulesReady, showPage, type RealPdf } from './helpers/real-pdfs';
import { useExtensionBrowser } from './helpers/suite';

/** The tolerance, in CSS pixels, at every zoom. */
const TOLERANCE_PX = 2;
const ZOOMS = [1, 2] as const;

let server: FixtureServer;
let browser: ExtensionBrowser;
useExtensionBrowser((started) => ({ server, browser } = started));

interface Part {
  id: string;
  text: string;
  /** Box in CSS pixels from the text layer's top left. */
  left: number;
  right: number;
  bottom: number;
  /** The text layer's size in CSS pixels. */
  layerWidth: number;
  layerHeight: number;
  /** Whether the part is only some of its pdf.js span's text. */
  partial: boolean;
}

/** The boxes of the elements `selector` matches on page `n`'s text layer (empty ones left out). */
function partsOn(page: Page, n: number, selector: string, idAttribute: string): Promise<Part[]> {
  return page.evaluate(
    ({ pageNumber, selector, idAttribute }) => {
      const layer = document.querySelector<HTMLElement>(`.page[data-page-number="${pageNumber}"] .textLayer`)!;
      const frame = layer.getBoundingClientRect();
      const spanOf = (el: Element) => {
        let node = el.parentElement;
        while (node !== null && node !== layer && !node.matches('span[role], span[aria-owns], .textLayer > span'))
          node = node.parentElement;
        return node;
      };
      return [...layer.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => (el.textContent ?? '').trim() !== '')
        .map((el) => {
          const box = el.getBoundingClientRect();
          return {
            id: el.getAttribute(idAttribute) ?? '',
            text: el.textContent ?? '',
            left: box.left - frame.left,
            right: box.right - frame.left,
            bottom: box.bottom - frame.top,
            layerWidth: frame.width,
            layerHeight: frame.height,
            partial: (spanOf(el)?.textContent ?? '') !== el.textContent,
          };
        });
    },
    { pageNumber: n, selector, idAttribute },
  );
}

interface Miss {
  id: string;
  text: string;
  /** How far off each end is, in CSS pixels (NaN: its glyphs were not found). */
  left: number;
  right: number;
}

/** The parts more than the tolerance off their glyphs, and the worst distance seen. */
function misses(parts: readonly Part[], glyphs: PageGlyphs): { off: Miss[]; worst: number; partial: number } {
  const [x0, y0, x1, y1] = glyphs.view as [number, number, number, number];
  const off: Miss[] = [];
  let worst = 0;
  let partial = 0;
  for (const part of parts) {
    const toPdf = (x: number) => x0 + (x / part.layerWidth) * (x1 - x0);
    const toCss = (x: number) => ((x - x0) / (x1 - x0)) * part.layerWidth;
    const run = glyphRunFor(glyphs, part.text, toPdf(part.left), y1 - (part.bottom / part.layerHeight) * (y1 - y0));
    if (part.partial) partial++;
    if (run === null) {
      off.push({ id: part.id, text: part.text, left: NaN, right: NaN });
      continue;
    }
    const left = part.left - toCss(run[0]!.left);
    const right = part.right - toCss(run[run.length - 1]!.right);
    worst = Math.max(worst, Math.abs(left), Math.abs(right));
    if (Math.abs(left) > TOLERANCE_PX || Math.abs(right) > TOLERANCE_PX)
      off.push({ id: part.id, text: part.text, left: +left.toFixed(2), right: +right.toFixed(2) });
  }
  return { off, worst, partial };
}

/** Sets the reader's zoom and waits until pdf.js's layers use it. */
async function zoomTo(page: Page, zoom: number): Promise<void> {
  await page.getByTestId('reader-zoom').selectOption(String(zoom));
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.getElementById('viewer')!).getPropertyValue('--scale-factor')), {
      timeout: 10_000,
    })
    .toBe(String((zoom * 96) / 72));
}

/**
 * Shows page `n` and waits until its links and highlights were placed from the operator list at
 * the layer's current size, and their boxes have settled (pdf.js may still be re-laying the page
 * out for the new zoom: it places them again when it is done).
 */
async function showPlaced(page: Page, n: number): Promise<void> {
  await showPage(page, n);
  const state = () =>
    page.evaluate((pageNumber) => {
      const layer = document.querySelector(`.page[data-page-number="${pageNumber}"] .textLayer`);
      if (layer === null) return null;
      const placed = layer.getAttribute('data-resolute-glyphs');
      if (placed !== `exact ${layer.getBoundingClientRect().width.toFixed(0)}`) return null;
      return [...layer.querySelectorAll('[data-citation-id], mark.resolute-mark')]
        .map((el) => {
          const box = el.getBoundingClientRect();
          return `${box.left.toFixed(2)},${box.width.toFixed(2)}`;
        })
        .join(' ');
    }, n);
  let last: string | null = null;
  await expect
    .poll(
      async () => {
        const now = await state();
        const settled = now !== null && now === last;
        last = now;
        return settled;
      },
      { timeout: 20_000, interval: 250 },
    )
    .toBe(true);
}

async function openAt(pdf: RealPdf, zoom: number): Promise<Page> {
  await redirectRulesReady(browser.serviceWorker);
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await openRealPdf(page, server, pdf);
  await zoomTo(page, zoom);
  return page;
}

describe('links sit on their glyphs on every page of the real UN PDFs', () => {
  for (const pdf of REAL_PDFS_WITH_TEXT) {
    for (const zoom of ZOOMS) {
      it(`${pdf.file} at ${zoom * 100}%`, async () => {
        const numbers = Array.from({ length: pdf.pages }, (_, i) => i + 1);
        const glyphs = await glyphBoxes(UN_PDFS_DIR + pdf.file, numbers);
        const page = await openAt(pdf, zoom);
        let checked = 0;
        let partial = 0;
        let worst = 0;
        for (const n of numbers) {
          await showPlaced(page, n);
          const parts = await partsOn(page, n, '[data-citation-id]', 'data-citation-id');
          const result = misses(parts, glyphs.get(n)!);
          expect({ page: n, off: result.off }).toEqual({ page: n, off: [] });
          checked += parts.length;
          partial += result.partial;
          worst = Math.max(worst, result.worst);
        }
        console.log(`${pdf.file} at ${zoom * 100}%: ${checked} link parts (${partial} inside a longer item), worst ${worst.toFixed(2)} px`);
        // Every file with a text layer here cites something; a page that links nothing is checked all the same.
        expect(checked).toBeGreaterThan(0);
        await page.close();
      });
    }
  }
});

describe('the bundled sample A/RES/76/186: 76/186 inside a longer line sits on its glyphs', () => {
  for (const zoom of ZOOMS) {
    it(`at ${zoom * 100}%`, async () => {
      const path = fileURLToPath(new URL('../../assets/samples/a-res-76-186.ru.pdf', import.meta.url));
      const glyphs = await glyphBoxes(path, [1, 2]);
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1200, height: 900 });
      await page.goto(`chrome-extension://${browser.extensionId}/reader.html?symbol=A/RES/76/186&lang=ru`);
      await page.locator('.page[data-page-number="2"]').waitFor({ state: 'attached' });
      await zoomTo(page, zoom);
      let partial = 0;
      for (const n of [1, 2]) {
        await showPlaced(page, n);
        const result = misses(await partsOn(page, n, '[data-citation-id]', 'data-citation-id'), glyphs.get(n)!);
        partial += result.partial;
        expect({ page: n, off: result.off }).toEqual({ page: n, off: [] });
      }
      expect(partial).toBeGreaterThan(0);
      await page.close();
    });
  }
});

describe('a highlight inside a longer line sits on its glyphs', () => {
  /** Each inside one longer text item of page 2 (the middle of a justified line is where the stand-in font strays most). */
  const PHRASES = [
    'attention should be paid',
    'many inputs made by Governments',
    'create, access, utilize and share',
    'Scientific and Cultural',
  ];
  const pdf = REAL_PDFS_WITH_TEXT.find((p) => p.file === 'A_RES_80_173.en.pdf')!;
  for (const zoom of ZOOMS) {
    it(`A/RES/80/173, page 2, at ${zoom * 100}%`, async () => {
      const glyphs = await glyphBoxes(UN_PDFS_DIR + pdf.file, [2]);
      const page = await openAt(pdf, zoom);
      await page.locator('html[data-resolute-notes="done"]').waitFor({ state: 'attached', timeout: 60_000 });
      await showPlaced(page, 2);
      // The other zoom's test may have left its highlights (the profile is shared): each check reads its new note only.
      const noteIds = () =>
        page.$$eval('.page[data-page-number="2"] mark.resolute-mark[data-note-id]', (all) => [
          ...new Set(all.map((m) => m.getAttribute('data-note-id')!)),
        ]);
      let worst = 0;
      for (const wanted of PHRASES) {
        const selected = await page.evaluate((wanted) => {
          const layer = document.querySelector('.page[data-page-number="2"] .textLayer')!;
          const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            const at = node.data.indexOf(wanted);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + wanted.length);
            getSelection()!.removeAllRanges();
            getSelection()!.addRange(range);
            return range.toString();
          }
          return null;
        }, wanted);
        expect(selected).toBe(wanted);
        const before = await noteIds();
        await page.keyboard.press('Alt+Shift+H');
        await expect.poll(async () => (await noteIds()).length, { timeout: 10_000 }).toBe(before.length + 1);
        const id = (await noteIds()).find((known) => !before.includes(known))!;
        const parts = await partsOn(page, 2, `mark.resolute-mark[data-note-id="${id}"]`, 'data-part');
        expect(parts.map((p) => p.text).join('')).toBe(wanted);
        const result = misses(parts, glyphs.get(2)!);
        worst = Math.max(worst, result.worst);
        expect({ wanted, partial: result.partial > 0, off: result.off }).toEqual({ wanted, partial: true, off: [] });
      }
      console.log(`highlights at ${zoom * 100}%: worst ${worst.toFixed(2)} px`);
      await page.close();
    });
  }
});
