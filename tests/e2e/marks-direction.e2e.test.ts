/**
 * The selection toolbar and the note card over a real UN PDF (the bundled A/RES/80/173, English
 * text), in real Chromium started in Arabic and in English: laid out in the interface's direction
 * (computed, not only the attribute), placed from the selection's start edge (its right edge in
 * Arabic), the arrow keys moving along the toolbar in reading order, the card's close button at
 * its end, and nothing for axe to find; on a UN web page, the toolbar in its shadow root and the
 * card in the notes frame the same way. Screenshots go to test-results/screenshots/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeFindings, saveScreenshot } from './helpers/axe';
import type { ExtensionBrowser } from './helpers/browser';
import { useExtensionBrowser } from './helpers/suite';

const READER = 'reader.html?symbol=A/RES/80/173&lang=en';

/**
 * Selects characters 4 to 24 of a long line of the first page's text layer, well inside the
 * window, as a drag would. Returns the selection's box.
 */
function selectInLine(page: Page): Promise<{ left: number; right: number; top: number; bottom: number }> {
  return page.evaluate(() => {
    const spans = [...document.querySelectorAll<HTMLElement>('#viewer .textLayer span')].filter((span) => {
      const box = span.getBoundingClientRect();
      return span.firstChild instanceof Text && (span.textContent ?? '').length > 40 && box.left > 150 && box.top > 200 && box.bottom < 700;
    });
    const text = spans[0]!.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 4);
    range.setEnd(text, 24);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const box = range.getBoundingClientRect();
    return { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
  });
}

/** An element's computed direction and language, and its box. */
function layoutOf(page: Page, selector: string) {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return {
      direction: getComputedStyle(element).direction,
      lang: element.closest('[lang]')?.getAttribute('lang'),
      left: box.left,
      right: box.right,
      top: box.top,
    };
  });
}

describe.each([
  { browserLang: 'ar', lang: 'ar', dir: 'rtl' },
  { browserLang: 'en-US', lang: 'en', dir: 'ltr' },
] as const)('marking in the $lang interface', ({ browserLang, lang, dir }) => {
  let browser: ExtensionBrowser;
  useExtensionBrowser((started) => ({ browser } = started), { lang: browserLang });

  it('the selection toolbar and the note card are laid out in the interface direction, from the start edge', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(`chrome-extension://${browser.extensionId}/${READER}`);
    await page.locator('html[data-resolute-notes="done"]').waitFor({ state: 'attached', timeout: 60_000 });
    // The document keeps its language; the interface around it is the reader's.
    expect(await page.locator('#viewer').getAttribute('lang')).toBe('en');

    const selection = await selectInLine(page);
    const toolbar = page.locator('[data-resolute="mark-toolbar"]');
    await toolbar.waitFor();
    const bar = await layoutOf(page, '[data-resolute="mark-toolbar"]');
    expect([bar.direction, bar.lang]).toEqual([dir, lang]);
    // Its start edge on the selection's: the right edge in Arabic, the left in English.
    if (dir === 'rtl') expect(Math.abs(bar.right - selection.right)).toBeLessThan(2);
    else expect(Math.abs(bar.left - selection.left)).toBeLessThan(2);
    expect(bar.top).toBeGreaterThan(selection.bottom);
    // The first colour is where reading starts: rightmost in Arabic.
    const swatches = await toolbar.locator('button').evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().left));
    const inReadingOrder = dir === 'rtl' ? [...swatches].sort((a, b) => b - a) : [...swatches].sort((a, b) => a - b);
    expect(swatches).toEqual(inReadingOrder);
    await saveScreenshot(page, `${lang}-mark-toolbar`);

    // The arrow that points along the line moves to the next button; Home and End to the ends.
    await toolbar.locator('button').first().focus();
    await page.keyboard.press(dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.colour)).toBe('green');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.action)).toBe('add-note');
    await page.keyboard.press(dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.colour)).toBeDefined();
    expect(await axeFindings(page, ['[data-resolute="mark-toolbar"]']), `${lang} toolbar`).toEqual([]);

    await toolbar.locator('[data-action="add-note"]').click();
    const card = page.locator('[data-resolute="note-card"]');
    await card.waitFor();
    const noteId = (await card.getAttribute('data-note-id'))!;
    const mark = await layoutOf(page, `#viewer mark[data-note-id="${noteId}"]`);
    const shown = await layoutOf(page, '[data-resolute="note-card"]');
    expect([shown.direction, shown.lang]).toEqual([dir, lang]);
    if (dir === 'rtl') expect(Math.abs(shown.right - mark.right)).toBeLessThan(2);
    else expect(Math.abs(shown.left - mark.left)).toBeLessThan(2);
    // The close button at the card's end: top left in Arabic, top right in English.
    const close = await layoutOf(page, '[data-resolute="note-card"] .mark-card-close');
    if (dir === 'rtl') expect(close.left - shown.left).toBeLessThan(12);
    else expect(shown.right - close.right).toBeLessThan(12);
    // The label of the text box starts at the card's start edge: nearer its right side in Arabic.
    const label = await page.locator('[data-resolute="note-card"] .note-text-label').evaluate((element) => {
      const words = document.createRange();
      words.selectNodeContents(element);
      return words.getBoundingClientRect().toJSON() as DOMRect;
    });
    const [toStart, toEnd] =
      dir === 'rtl' ? [shown.right - label.right, label.left - shown.left] : [label.left - shown.left, shown.right - label.right];
    expect(toStart).toBeLessThan(toEnd);
    await saveScreenshot(page, `${lang}-note-card`);
    expect(await axeFindings(page, ['[data-resolute="note-card"]']), `${lang} note card`).toEqual([]);
    await page.close();
  });

  it('on a UN web page: the toolbar in its shadow root and the note card in its frame, mirrored the same way', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto('https://press.un.org/en/2015/sc11974.doc.htm', { waitUntil: 'load' });
    await page.locator('html[data-resolute-notes="done"]').waitFor({ state: 'attached', timeout: 30_000 });
    // Thirty characters on one line, far enough from both sides for a card to line up with either edge.
    const selection = await page.evaluate(() => {
      const range = document.createRange();
      for (const paragraph of document.querySelectorAll('p')) {
        const text = paragraph.firstChild;
        if (!(text instanceof Text)) continue;
        for (let start = 0; start + 30 <= text.length; start += 5) {
          range.setStart(text, start);
          range.setEnd(text, start + 30);
          const boxes = range.getClientRects();
          if (boxes.length !== 1 || boxes[0]!.left < 400 || boxes[0]!.right > innerWidth - 400 || boxes[0]!.top > 600) continue;
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return { left: boxes[0]!.left, right: boxes[0]!.right };
        }
      }
      throw new Error('no line wide enough on the page');
    });
    const bar = await layoutOf(page, '[data-resolute="mark-toolbar"]');
    expect([bar.direction, bar.lang]).toEqual([dir, lang]);
    if (dir === 'rtl') expect(Math.abs(bar.right - selection.right)).toBeLessThan(2);
    else expect(Math.abs(bar.left - selection.left)).toBeLessThan(2);

    await page.locator('[data-resolute="mark-toolbar"] [data-action="add-note"]').click();
    let frame = page.frames().find((f) => f.url().includes('notes-frame.html#view=card'));
    for (let i = 0; frame === undefined && i < 100; i++) {
      await page.waitForTimeout(100);
      frame = page.frames().find((f) => f.url().includes('notes-frame.html#view=card'));
    }
    await frame!.locator('[data-resolute="note-card"] textarea').waitFor({ timeout: 10_000 });
    expect(await frame!.evaluate(() => [document.documentElement.lang, getComputedStyle(document.body).direction])).toEqual([lang, dir]);
    const box = (await (await frame!.frameElement()).boundingBox())!;
    const mark = await layoutOf(page, 'mark[data-resolute="highlight"][data-part="0"]');
    if (dir === 'rtl') expect(Math.abs(box.x + box.width - mark.right)).toBeLessThan(2);
    else expect(Math.abs(box.x - mark.left)).toBeLessThan(2);
    await saveScreenshot(page, `${lang}-web-note-card`);
    await page.close();
  });
});
