/**
 * The reader's zoom, pages, print and narrow window, in real Chromium on real UN PDFs. Citation
 * links are checked against pdf.js's own text geometry (computed here in node from the same
 * file), so "on its glyphs" means where pdf.js says the glyphs are, at every zoom.
 */
import type { Page } from 'playwright-core';
import { getDocument, Util } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './helpers/browser';
import type { FixtureServer } from './helpers/fixture-server';
import { useExtensionBrowser } from './helpers/suite';
import { realPdfBytes } from './helpers/real-pdfs';
import { openServedPdf } from './helpers/reader-viewer';

/** A 1997 Security Council record whose citations the reader already links. */
const RECORD = { file: 'S_PV.3756.en.pdf', symbol: 'S/PV.3756', pages: 11 } as const;

let server: FixtureServer;
let browser: ExtensionBrowser;

useExtensionBrowser((started) => ({ server, browser } = started), { freshTabs: true });

const openRecord = (size?: { width: number; height: number }): Promise<Page> =>
  openServedPdf(browser, server, { symbol: RECORD.symbol, lang: 'en', pdf: realPdfBytes(RECORD.file) }, size);

const zoomValue = (page: Page) => page.getByTestId('reader-zoom').inputValue();

/** The first linked citation: its page, the index of its pdf.js span, and its box relative to the page's canvas. */
async function linkBox(page: Page, id: string | null) {
  return page.evaluate((citationId) => {
    const link = citationId
      ? document.querySelector<HTMLElement>(`#viewer a[data-citation-id="${citationId}"]`)
      : document.querySelector<HTMLElement>('#viewer a[data-symbol][aria-label]');
    if (!link) return null;
    const pageDiv = link.closest<HTMLElement>('.page')!;
    const span = link.closest('span[role="presentation"]')!;
    const spans = Array.from(pageDiv.querySelectorAll('.textLayer span[role="presentation"]'));
    // The page's content box (inside pdf.js's page border), where its canvas draws the glyphs.
    const page = pageDiv.getBoundingClientRect();
    const origin = { left: page.left + pageDiv.clientLeft, top: page.top + pageDiv.clientTop };
    const box = link.getBoundingClientRect();
    return {
      id: link.dataset.citationId!,
      pageNumber: Number(pageDiv.dataset.pageNumber),
      spanIndex: spans.indexOf(span),
      spanText: span.textContent ?? '',
      left: box.left - origin.left,
      right: box.right - origin.left,
      top: box.top - origin.top,
      bottom: box.bottom - origin.top,
    };
  }, id);
}

/** Where pdf.js puts the glyphs of the text item shown by span `spanIndex`, at CSS scale `scale`. */
async function itemGeometry(pageNumber: number, spanIndex: number, scale: number) {
  const pdf = await getDocument({ data: new Uint8Array(realPdfBytes(RECORD.file)), verbosity: 0 }).promise;
  const pdfPage = await pdf.getPage(pageNumber);
  const content = await pdfPage.getTextContent({ includeMarkedContent: true, disableNormalization: true });
  const items = content.items.filter(
    (item): item is typeof item & { str: string; transform: number[]; width: number } => 'str' in item && item.str !== '',
  );
  const item = items[spanIndex]!;
  const viewport = pdfPage.getViewport({ scale: (scale * 96) / 72 });
  const tx = Util.transform(viewport.transform, item.transform) as number[];
  const fontHeight = Math.hypot(tx[2]!, tx[3]!);
  const left = tx[4]!;
  const baseline = tx[5]!;
  await pdf.destroy();
  return { str: item.str, left, right: left + item.width * viewport.scale, top: baseline - fontHeight, baseline, fontHeight };
}

describe('zoom', () => {
  it('keeps a citation link on its glyphs at 50, 100, 200 and 400 %', async () => {
    const page = await openRecord();
    await page.locator('#viewer a[data-symbol]').first().waitFor({ timeout: 30_000 });
    const first = (await linkBox(page, null))!;
    for (const scale of [0.5, 1, 2, 4]) {
      await page.getByTestId('reader-zoom').selectOption(String(scale));
      await expect
        .poll(() => page.evaluate(() => getComputedStyle(document.getElementById('viewer')!).getPropertyValue('--scale-factor')), {
          timeout: 10_000,
        })
        .toBe(String((scale * 96) / 72));
      // A page pdf.js drops and draws again is linked again: wait for the link to be back.
      await page.locator(`#viewer a[data-citation-id="${first.id}"]`).first().waitFor({ timeout: 10_000 });
      const link = await linkBox(page, first.id);
      expect(link, `link at ${scale}`).not.toBeNull();
      const glyphs = await itemGeometry(link!.pageNumber, link!.spanIndex, scale);
      expect(glyphs.str).toBe(link!.spanText);
      const slack = 2 + glyphs.fontHeight * 0.1;
      // Inside the item's run of glyphs horizontally, and on its line vertically.
      expect(link!.left, `left at ${scale}`).toBeGreaterThanOrEqual(glyphs.left - slack);
      expect(link!.right, `right at ${scale}`).toBeLessThanOrEqual(glyphs.right + slack);
      const middle = (link!.top + link!.bottom) / 2;
      expect(middle, `line at ${scale}`).toBeGreaterThan(glyphs.top - slack);
      expect(middle, `line at ${scale}`).toBeLessThan(glyphs.baseline + slack);
      // And the box grows with the zoom, as the glyphs do.
      expect(link!.bottom - link!.top).toBeGreaterThan(glyphs.fontHeight * 0.6);
    }
  });

  it('zooms with the keys and Ctrl+wheel, refits on resize, and remembers the choice for the document', async () => {
    const page = await openRecord();
    await page.getByTestId('reader-zoom').selectOption('1');
    await page.keyboard.press('Control+=');
    await expect.poll(() => zoomValue(page)).toBe('1.1');
    await page.keyboard.press('Control+-');
    await page.keyboard.press('Control+-');
    await expect.poll(() => zoomValue(page)).toBe('0.9');
    await page.mouse.move(600, 500);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -120);
    await page.keyboard.up('Control');
    await expect.poll(() => zoomValue(page)).toBe('1');

    await page.getByTestId('reader-zoom').selectOption('page-width');
    const pageWidth = () =>
      page
        .locator('#viewer .page')
        .first()
        .evaluate((el) => el.getBoundingClientRect().width);
    const wide = await pageWidth();
    await page.setViewportSize({ width: 800, height: 900 });
    await expect.poll(pageWidth).toBeLessThan(wide - 200);

    const again = await openRecord();
    expect(await zoomValue(again)).toBe('page-width');
  });
});

describe('pages', () => {
  it('jumps to the page typed in the box, follows Home and End, and keeps the page in the address', async () => {
    const page = await openRecord();
    await expect(page.getByTestId('reader-page-count').textContent()).resolves.toBe(`of ${RECORD.pages}`);
    const box = page.getByTestId('reader-page-number');
    await box.fill('7');
    await box.press('Enter');
    await expect.poll(() => box.inputValue()).toBe('7');
    const pageTop = () =>
      page.evaluate(() => {
        const view = document.getElementById('viewer-container')!.getBoundingClientRect();
        return document.querySelector('#viewer .page[data-page-number="7"]')!.getBoundingClientRect().top - view.top;
      });
    expect(Math.abs(await pageTop())).toBeLessThan(20);
    await expect.poll(() => page.url()).toContain('&page=7');

    await page.locator('#viewer-container').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('End');
    await expect.poll(() => box.inputValue()).toBe(String(RECORD.pages));
    await page.keyboard.press('Home');
    await expect.poll(() => box.inputValue()).toBe('1');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.evaluate(() => document.getElementById('viewer-container')!.scrollTop)).toBeGreaterThan(300);
  });
});

describe('print', () => {
  it('prints every page of the document whole, with its text and without the reader, on Ctrl+P', async () => {
    const page = await openRecord();
    // The print dialog cannot open headless: window.print is the one thing faked; page.pdf() then
    // prints through the browser's print path with the print style.
    await page.evaluate(() => {
      window.print = () => {
        document.documentElement.dataset.printDialog = 'opened';
      };
    });
    await page.keyboard.press('Control+p');
    await page.waitForFunction(() => document.documentElement.dataset.printDialog === 'opened', undefined, { timeout: 60_000 });
    const printed = await page.pdf();
    const pdf = await getDocument({ data: new Uint8Array(printed), verbosity: 0 }).promise;
    expect(pdf.numPages).toBe(RECORD.pages);
    const texts: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    expect(texts[0]).toContain('S/PV.3756');
    expect(texts.every((text) => text.trim().length > 100)).toBe(true);
    const all = texts.join(' ');
    for (const interfaceText of ['Open the original PDF', 'Cited documents', 'Citations:', 'Find', 'Save'])
      expect(all).not.toContain(interfaceText);
    await pdf.destroy();
  });
});

describe('a narrow window', () => {
  it('shows every control of the header and toolbar at 400 px, none over another', async () => {
    const page = await openRecord({ width: 400, height: 800 });
    const boxes = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll<HTMLElement>(
          '#reader-header :is(a, button, select, input), #reader-toolbar :is(a, button, select, input)',
        ),
      )
        .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden'))
        .map((el) => {
          const r = el.getBoundingClientRect();
          return {
            name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName,
            left: r.left,
            right: r.right,
            top: r.top,
            bottom: r.bottom,
          };
        }),
    );
    expect(boxes.map((box) => box.name)).toEqual(
      // The language links' names start with the code they show ("FR: Read in Français").
      expect.arrayContaining([
        'FR: Read in Français',
        'AR: Read in العربية',
        'Compare with…',
        'Keyboard shortcuts',
        'Cited documents',
        'Open the original PDF',
        'Page (of 11)',
        'Zoom',
        'Zoom in',
        'Zoom out',
        'Find',
        'Print',
        'Save',
      ]),
    );
    for (const box of boxes) {
      expect(box.left, box.name).toBeGreaterThanOrEqual(0);
      expect(box.right, box.name).toBeLessThanOrEqual(400);
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
        expect(overlap, `${a.name} / ${b.name}`).toBe(false);
      }
    }
  });
});
