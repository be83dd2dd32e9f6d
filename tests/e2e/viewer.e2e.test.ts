/**
 * The reader as a PDF viewer, in real Chromium on real UN PDFs: find across the whole document,
 * zoom that keeps Resolute's citation links on their glyphs, the page box and page keys, printing
 * the pages (not the screen), and a 400-px window where every control shows.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { UnLang } from '../../lib/citations/types';
import type { ExtensionBrowser } from './helpers/browser';
import type { FixtureServer } from './helpers/fixture-server';
import { useExtensionBrowser } from './helpers/suite';
import { realPdfBytes } from './helpers/real-pdfs';
import { findResult, openServedPdf, search, selectedMatch } from './helpers/reader-viewer';
import { READER_TAB_ORDER, TOOLBAR_ARROW_ORDER, focusedControl, headerTabStops } from './helpers/viewer-probes';

let server: FixtureServer;
let browser: ExtensionBrowser;

useExtensionBrowser((started) => ({ server, browser } = started), { freshTabs: true });

/** Opens a real UN PDF in the reader, as undocs.org serves it, and waits for its first page and the toolbar. */
const openUnPdf = (file: string, symbol: string, lang: UnLang): Promise<Page> =>
  openServedPdf(browser, server, { symbol, lang, pdf: realPdfBytes(file) });

describe('find in the document', () => {
  it('finds a phrase that is only on page 40 of A/RES/79/1 without scrolling there first, and shows it', async () => {
    const page = await openUnPdf('A_RES_79_1.en.pdf', 'A/RES/79/1', 'en');
    // Only the first pages are drawn: the phrase is in no text layer yet.
    expect(await page.locator('#viewer .page[data-page-number="40"] .textLayer span').count()).toBe(0);
    await page.locator('#viewer-container').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+f');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reader-find-field');
    await search(page, 'giga INITIATIVE');
    await expect.poll(() => findResult(page), { timeout: 20_000 }).toMatchObject({ current: 1, total: 1, text: '1 of 1' });
    await expect.poll(() => selectedMatch(page), { timeout: 20_000 }).toEqual({ text: 'Giga initiative', page: 40, visible: true });
    await expect.poll(() => page.getByTestId('reader-page-number').inputValue()).toBe('40');
    // The citation links of the page are still there, under the highlight.
    expect(await page.locator('#viewer .page[data-page-number="40"] .textLayer span[role="presentation"]').count()).toBeGreaterThan(10);
  });

  it('finds the same with a second pdf.js worker reading most pages (as from 4 cores on), which then closes', async () => {
    const plain = await openUnPdf('A_RES_79_1.en.pdf', 'A/RES/79/1', 'en');
    await plain.keyboard.press('Control+f');
    await search(plain, 'telecommunication');
    await expect.poll(async () => (await findResult(plain)).complete, { timeout: 20_000 }).toBe(true);
    const expected = await findResult(plain);
    const workers = plain.workers().length;
    // The test build's switch: a second worker whatever the cores (this machine has 2).
    await plain.evaluate(() => localStorage.setItem('resolute:test:text-workers', '2'));
    await plain.close();
    const page = await openUnPdf('A_RES_79_1.en.pdf', 'A/RES/79/1', 'en');
    try {
      await page.keyboard.press('Control+f');
      await search(page, 'telecommunication');
      await expect.poll(async () => (await findResult(page)).complete, { timeout: 20_000 }).toBe(true);
      expect(await findResult(page)).toEqual(expected);
      await expect.poll(async () => (await selectedMatch(page))?.text.toLowerCase()).toBe('telecommunication');
      // The second worker opened the document, read its pages and was destroyed.
      const marks = () =>
        page.evaluate(() =>
          performance
            .getEntriesByType('mark')
            .map((mark) => mark.name)
            .filter((name) => name.startsWith('resolute:text-helper:')),
        );
      await expect.poll(marks, { timeout: 20_000 }).toEqual(['resolute:text-helper:open', 'resolute:text-helper:done']);
      await expect.poll(() => page.workers().length).toBe(workers);
    } finally {
      await page.evaluate(() => localStorage.removeItem('resolute:test:text-workers'));
    }
  });

  it('counts every match in the whole document and steps through them with Enter, Shift+Enter and F3', async () => {
    const page = await openUnPdf('A_RES_79_1.en.pdf', 'A/RES/79/1', 'en');
    await page.keyboard.press('Control+f');
    await search(page, 'telecommunication');
    await expect.poll(async () => (await findResult(page)).complete, { timeout: 20_000 }).toBe(true);
    const { total } = await findResult(page);
    expect(total).toBeGreaterThan(2);
    expect((await findResult(page)).text).toBe(`1 of ${total}`);
    await page.getByTestId('reader-find-field').press('Enter');
    await expect.poll(async () => (await findResult(page)).current).toBe(2);
    await page.keyboard.press('F3');
    await expect.poll(async () => (await findResult(page)).current).toBe(3);
    await page.getByTestId('reader-find-field').press('Shift+Enter');
    await expect.poll(async () => (await findResult(page)).current).toBe(2);
    await expect.poll(async () => (await selectedMatch(page))?.text.toLowerCase()).toBe('telecommunication');
    await page.getByTestId('reader-find-field').fill('no such words in the pact');
    await expect.poll(async () => (await findResult(page)).text, { timeout: 20_000 }).toBe('Not found');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('reader-find-bar').count()).resolves.toBe(0);
  });

  it('folds case and diacritics as pdf.js does (Spanish) and finds Cyrillic text (Russian sample)', async () => {
    const spanish = await openUnPdf('A_AC.292_2024_3.es.pdf', 'A/AC.292/2024/3', 'es');
    await spanish.keyboard.press('Control+f');
    await search(spanish, 'Secretaría');
    await expect.poll(async () => (await findResult(spanish)).complete, { timeout: 20_000 }).toBe(true);
    expect((await findResult(spanish)).total).toBeGreaterThan(0);
    const accented = (await findResult(spanish)).total;
    // Without accents and in capitals, the query finds the accented word too (and, as pdf.js's
    // find does, an accented query finds only accented text).
    await search(spanish, 'SECRETARIA');
    await expect.poll(async () => (await findResult(spanish)).complete, { timeout: 20_000 }).toBe(true);
    expect((await findResult(spanish)).total).toBeGreaterThanOrEqual(accented);
    await expect
      .poll(() =>
        spanish.evaluate(() =>
          ['resolute-find', 'resolute-find-selected'].flatMap((name) =>
            [...(CSS.highlights.get(name) ?? [])].map((range) => (range as Range).toString()),
          ),
        ),
      )
      .toContain('Secretaría');

    const russian = await browser.context.newPage();
    await russian.goto(`chrome-extension://${browser.extensionId}/reader.html?symbol=A/RES/76/186&lang=ru`);
    await russian.locator('#viewer .page .textLayer span:not(.markedContent)').first().waitFor({ timeout: 30_000 });
    await russian.keyboard.press('Control+f');
    await search(russian, 'ГЕНЕРАЛЬНАЯ АССАМБЛЕЯ');
    await expect.poll(async () => (await findResult(russian)).total, { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await selectedMatch(russian))?.text.toLowerCase()).toBe('генеральная ассамблея');
  });
});

describe('the keyboard', () => {
  it('Tab goes through every control of the header in order, the arrows through the toolbar (the lists the Firefox test checks), each showing its focus', async () => {
    const page = await openUnPdf('A_RES_80_173.en.pdf', 'A/RES/80/173', 'en');
    await page.locator('html[data-resolute-scan="done"]').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.evaluate(headerTabStops)).toEqual(READER_TAB_ORDER);
    const reached = [];
    for (let i = 0; i < READER_TAB_ORDER.length; i++) {
      await page.keyboard.press('Tab');
      const now = await page.evaluate(focusedControl);
      expect(now?.visible, `${now?.id}: focus shows`).toBe(true);
      reached.push(now?.id);
    }
    expect(reached).toEqual(READER_TAB_ORDER);
    const zoom = await page.getByTestId('reader-zoom').inputValue();
    const arrowed = [];
    for (let i = 0; i < TOOLBAR_ARROW_ORDER.length; i++) {
      await page.keyboard.press('ArrowRight');
      const now = await page.evaluate(focusedControl);
      expect(now?.visible, `${now?.id}: focus shows`).toBe(true);
      arrowed.push(now?.id);
    }
    expect(arrowed).toEqual(TOOLBAR_ARROW_ORDER);
    expect(await page.getByTestId('reader-zoom').inputValue()).toBe(zoom);
    await page.keyboard.press('Tab');
    expect((await page.evaluate(focusedControl))?.inHeader).toBe(false);
  });
});

describe('the sidebar', () => {
  it('lists page thumbnails, draws those in view, and goes to the page clicked', async () => {
    const page = await openUnPdf('S_PV.3756.en.pdf', 'S/PV.3756', 'en');
    await page.getByTestId('reader-sidebar-toggle').click();
    const thumbnails = page.getByTestId('reader-thumbnails').getByRole('button');
    await expect.poll(() => thumbnails.count()).toBe(11);
    // The first thumbnail is drawn by pdf.js (its canvas gets the page's proportions and pixels).
    await expect
      .poll(() =>
        page
          .locator('[data-testid=reader-thumbnails] canvas')
          .first()
          .evaluate((canvas: HTMLCanvasElement) => {
            const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
            let dark = 0;
            for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3]! > 0 && pixels[i]! < 128) dark++;
            return canvas.style.width === '110px' && dark > 50;
          }),
      )
      .toBe(true);
    await page.getByRole('button', { name: 'Page 5', exact: true }).click();
    await expect.poll(() => page.getByTestId('reader-page-number').inputValue()).toBe('5');
    await expect.poll(() => page.getByRole('button', { name: 'Page 5', exact: true }).getAttribute('aria-current')).toBe('page');
    // The pages move aside for the sidebar, and come back when it closes.
    const left = () => page.locator('#viewer-container').evaluate((el) => el.getBoundingClientRect().left);
    expect(await left()).toBeGreaterThan(200);
    await page.getByTestId('reader-sidebar-toggle').click();
    await expect.poll(left).toBe(0);
  });
});

describe('copy a citation of the document', () => {
  it('copies the symbol, the undocs.org link and a citation line as UN documents write it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/reader.html?symbol=A/RES/80/173&lang=ru`);
    await page.locator('#viewer .page .textLayer span:not(.markedContent)').first().waitFor({ timeout: 30_000 });
    // Extension pages cannot be granted clipboard-read here: the real writeText runs (and must
    // succeed, or the reader says it could not copy), and what it was given is kept for the test.
    await page.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => write(text).then(() => void (document.documentElement.dataset.copied = text));
    });
    const copied = async (choice: string) => {
      await page.getByTestId('reader-copy').click();
      await page.getByTestId(choice).click();
      // The citation line may wait a moment for the date from the metadata.
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.copied ?? ''), { timeout: 10_000 }).not.toBe('');
      const text = await page.evaluate(() => document.documentElement.dataset.copied);
      // The reader says what it copied.
      await expect.poll(() => page.getByTestId('reader-copy-status').textContent()).toBe(`Copied: ${text}`);
      await page.evaluate(() => delete document.documentElement.dataset.copied);
      return text;
    };
    expect(await copied('reader-copy-symbol')).toBe('A/RES/80/173');
    expect(await copied('reader-copy-link')).toBe('https://undocs.org/ru/A/RES/80/173');
    // The line in the document's language; with its date of adoption when the metadata has it.
    expect(await copied('reader-copy-line')).toMatch(/^резолюция 80\/173 Генеральной Ассамблеи( от \d{1,2} [а-я]+ 2025 года)?$/);
  });
});
