/**
 * Links sit on their glyphs (ADR 0018): every part of every citation link on the checked pages
 * covers exactly the canvas glyphs of its text, within 2 CSS pixels at either end, also when the
 * citation is only part of a longer text item, at the reader's scale and with the page shown at
 * twice that. The glyphs' places come from pdf.js's operator list replayed in node
 * (helpers/glyph-boxes.ts), never from the text layer being tested.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { FixtureServer } from './helpers/fixture-server';
import { glyphBoxes, glyphRunFor, type PageGlyphs } from './helpers/glyph-boxes';
import { REAL_PDFS_WITH_TEXT, UN_PDFS_DIR, openRealPdf, redirectRulesReady, showPage } from './helpers/real-pdfs';

const TOLERANCE_PX = 2;

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

interface LinkPart {
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

function linkParts(page: Page, n: number): Promise<LinkPart[]> {
  return page.evaluate((pageNumber) => {
    const layer = document.querySelector<HTMLElement>(`.page[data-page-number="${pageNumber}"] .textLayer`)!;
    const frame = layer.getBoundingClientRect();
    return [...layer.querySelectorAll<HTMLElement>('[data-citation-id]')]
      .filter((el) => (el.textContent ?? '').trim() !== '')
      .map((el) => {
        const box = el.getBoundingClientRect();
        return {
          id: el.dataset.citationId!,
          text: el.textContent ?? '',
          left: box.left - frame.left,
          right: box.right - frame.left,
          bottom: box.bottom - frame.top,
          layerWidth: frame.width,
          layerHeight: frame.height,
          partial: (el.parentElement?.textContent ?? '') !== el.textContent,
        };
      });
  }, n);
}

interface Miss {
  id: string;
  text: string;
  left: number;
  right: number;
}

/** Each part's distance from its glyphs, in CSS pixels; parts whose glyphs were not found fail too. */
function misses(parts: readonly LinkPart[], glyphs: PageGlyphs): { checked: number; partial: number; off: Miss[] } {
  const [x0, y0, x1, y1] = glyphs.view as [number, number, number, number];
  const off: Miss[] = [];
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
    if (Math.abs(left) > TOLERANCE_PX || Math.abs(right) > TOLERANCE_PX) off.push({ id: part.id, text: part.text, left, right });
  }
  return { checked: parts.length, partial, off };
}

/** Shows the pages at twice their size, as a zoom does: pdf.js's layers scale with `--scale-factor`. */
async function doubleScale(page: Page): Promise<void> {
  await page.evaluate(() => {
    const viewer = document.getElementById('viewer')!;
    const scale = parseFloat(getComputedStyle(viewer).getPropertyValue('--scale-factor'));
    viewer.style.setProperty('--scale-factor', String(scale * 2));
  });
}

/*
 * Not yet within 2 px, so not listed: S/RES/2769 (2025), A/65/PV.71 and S/PV.3756, where a
 * citation inside a justified line can still be 2 to 5 px off at one end (the text content does
 * not say how a line's spacing splits between characters and words; see ADR 0018).
 */
const CHECKED: ReadonlyArray<{ file: string; pages: number[] }> = [
  { file: 'A_RES_80_173.en.pdf', pages: [1, 2, 3] },
  { file: 'CEDAW_C_CAF_CO_6.ru.pdf', pages: [1, 2] },
  { file: 'E_CN.4_109.en.pdf', pages: [1] },
];

describe('links sit on their glyphs on real UN PDFs', () => {
  for (const { file, pages } of CHECKED) {
    it(`${file}, pages ${pages.join(', ')}`, async () => {
      const pdf = REAL_PDFS_WITH_TEXT.find((p) => p.file === file)!;
      const glyphs = await glyphBoxes(UN_PDFS_DIR + file, pages);
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1200, height: 900 });
      await openRealPdf(page, server, pdf);
      let checked = 0;
      for (const n of pages) {
        await showPage(page, n);
        const atReaderScale = misses(await linkParts(page, n), glyphs.get(n)!);
        await doubleScale(page);
        await page.waitForTimeout(50);
        const atDouble = misses(await linkParts(page, n), glyphs.get(n)!);
        await page.evaluate(() => document.getElementById('viewer')!.style.removeProperty('--scale-factor'));
        expect({ page: n, off: atReaderScale.off }).toEqual({ page: n, off: [] });
        expect({ page: n, doubled: atDouble.off }).toEqual({ page: n, doubled: [] });
        checked += atReaderScale.checked;
      }
      expect(checked).toBeGreaterThan(0);
    });
  }

  it('the bundled sample A/RES/76/186: 76/186 inside a longer line sits on its glyphs', async () => {
    const path = fileURLToPath(new URL('../../assets/samples/a-res-76-186.ru.pdf', import.meta.url));
    const glyphs = await glyphBoxes(path, [1, 2]);
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`chrome-extension://${browser.extensionId}/reader.html?symbol=A/RES/76/186&lang=ru`);
    await page.locator('.page[data-page-number="2"]').waitFor({ state: 'attached' });
    let partial = 0;
    for (const n of [1, 2]) {
      await showPage(page, n);
      const result = misses(await linkParts(page, n), glyphs.get(n)!);
      partial += result.partial;
      expect({ page: n, off: result.off }).toEqual({ page: n, off: [] });
    }
    expect(partial).toBeGreaterThan(0);
  });
});
