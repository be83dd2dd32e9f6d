/**
 * Links sit on their glyphs (ADR 0020): every part of every citation link on the checked pages
 * covers exactly the canvas glyphs of its text, within 2 CSS pixels at 100% at either end (as many
 * points at the reader's scale), also when the
 * citation is only part of a longer text item, at the reader's scale. The glyphs' places come from pdf.js's operator list replayed in node
 * (helpers/glyph-boxes.ts), never from the text layer being tested.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { FixtureServer } from './helpers/fixture-server';
import { glyphBoxes, glyphRunFor, type PageGlyphs } from './helpers/glyph-boxes';
import { REAL_PDFS_WITH_TEXT, UN_PDFS_DIR, openRealPdf, redirectRulesReady, showPage } from './helpers/real-pdfs';

/** 2 CSS pixels at 100% (1.5 points); at another scale, as many points. */
const TOLERANCE_PX_AT_100 = 2;
const CSS_PX_PER_POINT = 96 / 72;

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

/** Each part's distance from its glyphs, in CSS pixels at the page's scale; parts whose glyphs were not found fail too. */
function misses(parts: readonly LinkPart[], glyphs: PageGlyphs): { checked: number; partial: number; off: Miss[] } {
  const [x0, y0, x1, y1] = glyphs.view as [number, number, number, number];
  const off: Miss[] = [];
  let partial = 0;
  const scale = (parts[0]?.layerWidth ?? 0) / ((x1 - x0) * CSS_PX_PER_POINT);
  const tolerance = TOLERANCE_PX_AT_100 * scale;
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
    if (Math.abs(left) > tolerance || Math.abs(right) > tolerance) off.push({ id: part.id, text: part.text, left, right });
  }
  return { checked: parts.length, partial, off };
}

/*
 * Checked at the reader's own scale (page width, here 125%). Not checked: 200%. The reader has no
 * zoom control yet to reach it, and scaling pdf.js's CSS variables by hand is not what pdf.js does
 * on a zoom (it re-measures every span). On these pages the glyph widths put citations within
 * 1.5 points of their glyphs (tests/unit/surface/real-text-layer.test.ts), which is up to 4 px at 200%.
 */
const CHECKED: ReadonlyArray<{ file: string; pages: number[] }> = [
  { file: 'A_RES_80_173.en.pdf', pages: [1, 2, 3] },
  { file: 'S_RES_2769(2025).en.pdf', pages: [1, 2] },
  { file: 'CEDAW_C_CAF_CO_6.ru.pdf', pages: [1, 2] },
  { file: 'A_65_PV.71.en.pdf', pages: [2] },
  { file: 'S_PV.3756.en.pdf', pages: [2] },
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
        const result = misses(await linkParts(page, n), glyphs.get(n)!);
        expect({ page: n, off: result.off }).toEqual({ page: n, off: [] });
        checked += result.checked;
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
