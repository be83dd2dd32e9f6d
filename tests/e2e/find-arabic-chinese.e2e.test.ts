/**
 * Find in Arabic and Chinese, in real Chromium. No Arabic or Chinese UN PDF is among the fixtures,
 * so these are two-page resolutions written as UN documents in those languages write them
 * (tests/fixtures/synthetic, made by scripts/gen-find-fixtures.ts). Page 1 is the preamble; the
 * operative paragraphs are on page 2, below the first screen, so a match there must be scrolled to.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './helpers/browser';
import { glyphBoxes, glyphRunFor } from './helpers/glyph-boxes';
import type { FixtureServer } from './helpers/fixture-server';
import { findResult, openServedPdf, search, selectedMatch } from './helpers/reader-viewer';
import { useExtensionBrowser } from './helpers/suite';

const SYMBOL = 'A/RES/76/900';
const syntheticPath = (name: string) => new URL(`../fixtures/synthetic/${name}`, import.meta.url).pathname;
const synthetic = (name: string) => readFileSync(syntheticPath(name));

let server: FixtureServer;
let browser: ExtensionBrowser;

useExtensionBrowser((started) => ({ server, browser } = started), { freshTabs: true });

const openSynthetic = (lang: 'ar' | 'zh'): Promise<Page> =>
  openServedPdf(browser, server, { symbol: SYMBOL, lang, pdf: synthetic(`find-${lang}.pdf`) });

/** Letters only (Arabic presentation forms folded as NFKC folds them), to compare a match's text. */
const letters = (text: string | undefined) => (text ?? '').normalize('NFKC').replace(/[\p{M}\s]/gu, '');

describe('find in Arabic', () => {
  it('finds words with and without their vowel marks, counts "1 of 2" and scrolls to the match on page 2', async () => {
    const page = await openSynthetic('ar');
    // Page 2 is below the first screen.
    expect((await page.locator('#viewer .page[data-page-number="2"]').boundingBox())!.y).toBeGreaterThan(900);
    await page.keyboard.press('Control+f');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reader-find-field');

    // Without tashkeel: the paragraph written with it (operative 1) and the one without (operative 3).
    await search(page, 'تطلب إلى');
    await expect.poll(() => findResult(page), { timeout: 20_000 }).toMatchObject({ current: 1, total: 2, complete: true, text: '1 of 2' });
    await expect.poll(() => selectedMatch(page), { timeout: 20_000 }).toMatchObject({ page: 2, visible: true });
    expect(letters((await selectedMatch(page))?.text)).toBe(letters('تطلب إلى'));
    // The first match is the one with vowel marks: they are in the layer's text it covers.
    expect((await selectedMatch(page))?.text).toMatch(/\p{M}/u);
    await page.getByTestId('reader-find-field').press('Enter');
    await expect.poll(async () => (await findResult(page)).text).toBe('2 of 2');

    // With tashkeel, the marks are folded away as pdf.js's find does: the same two.
    await search(page, 'تَطْلُب إِلَى');
    await expect.poll(() => findResult(page), { timeout: 20_000 }).toMatchObject({ current: 1, total: 2, complete: true, text: '1 of 2' });
    await expect.poll(() => selectedMatch(page)).toMatchObject({ page: 2, visible: true });

    // A phrase only on page 1: from page 2 the search goes on from the top and finds it there.
    await search(page, 'التحديات الخطيرة');
    await expect
      .poll(() => findResult(page), { timeout: 20_000 })
      .toMatchObject({
        total: 1,
        complete: true,
        text: '1 of 1 · continued from the top',
      });
    await expect.poll(() => selectedMatch(page)).toMatchObject({ page: 1, visible: true });
  });
});

describe('find in Chinese', () => {
  it('finds a phrase only on page 2 and scrolls to it, and steps between a citation written on both pages', async () => {
    const page = await openSynthetic('zh');
    await page.keyboard.press('Control+f');
    await search(page, '打击贩运人口全球行动计划');
    await expect.poll(() => findResult(page), { timeout: 20_000 }).toMatchObject({ current: 1, total: 1, complete: true, text: '1 of 1' });
    await expect.poll(() => selectedMatch(page), { timeout: 20_000 }).toMatchObject({ page: 2, visible: true });
    expect(letters((await selectedMatch(page))?.text)).toBe('打击贩运人口全球行动计划');

    // Written on both pages: pdf.js's find starts from the page in view (2), then wraps to page 1.
    await search(page, '第76/186号决议');
    await expect.poll(() => findResult(page), { timeout: 20_000 }).toMatchObject({ current: 2, total: 2, complete: true, text: '2 of 2' });
    await expect.poll(() => selectedMatch(page)).toMatchObject({ page: 2, visible: true });
    await page.getByTestId('reader-find-field').press('Enter');
    await expect.poll(async () => (await findResult(page)).text).toBe('1 of 2 · continued from the top');
    await expect.poll(() => selectedMatch(page)).toMatchObject({ page: 1, visible: true });
    expect(letters((await selectedMatch(page))?.text)).toBe('第76/186号决议');
  });
});

/** The distinct citations linked on page `n` to `symbol` (a citation over several spans has a link in each). */
const citationsOn = (page: Page, n: number, symbol: string) =>
  page
    .locator(`#viewer .page[data-page-number="${n}"] a[data-symbol="${symbol}"]`)
    .evaluateAll((links) => new Set(links.map((link) => (link as HTMLElement).dataset.citationId)).size);

describe('citations on these pages', () => {
  it('links 第76/186号决议 and 第2331(2016)号决议 in the Chinese text', async () => {
    const page = await openSynthetic('zh');
    await page.locator('html[data-resolute-scan="done"]').waitFor({ state: 'attached', timeout: 30_000 });
    await expect.poll(() => citationsOn(page, 1, 'A/RES/76/186')).toBe(1);
    await page.locator('#viewer .page[data-page-number="2"]').scrollIntoViewIfNeeded();
    await expect.poll(() => citationsOn(page, 2, 'A/RES/76/186')).toBe(1);
    await expect.poll(() => citationsOn(page, 2, 'S/RES/2331(2016)')).toBe(1);
  });
});

/** The box, in PDF points, that the parts of citation `id` cover together on page `n`, and the baseline under them. */
const citationBox = (page: Page, n: number, id: string) =>
  page.evaluate(
    ({ pageNumber, citationId }) => {
      const layer = document.querySelector<HTMLElement>(`.page[data-page-number="${pageNumber}"] .textLayer`)!;
      const frame = layer.getBoundingClientRect();
      const boxes = [...layer.querySelectorAll<HTMLElement>(`[data-citation-id="${citationId}"]`)]
        .filter((el) => (el.textContent ?? '').trim() !== '')
        .map((el) => el.getBoundingClientRect());
      return {
        left: Math.min(...boxes.map((b) => b.left)) - frame.left,
        right: Math.max(...boxes.map((b) => b.right)) - frame.left,
        bottom: Math.max(...boxes.map((b) => b.bottom)) - frame.top,
        layerWidth: frame.width,
        layerHeight: frame.height,
        text: [...layer.querySelectorAll<HTMLElement>(`[data-citation-id="${citationId}"]`)].map((el) => el.textContent).join(''),
      };
    },
    { pageNumber: n, citationId: id },
  );

describe('Arabic citations drawn in presentation forms', () => {
  it('links القرار 76/186 and قرار مجلس الأمن 2331 (2016), and the link covers the glyphs of القرار 76/186', async () => {
    const page = await openSynthetic('ar');
    await page.locator('html[data-resolute-scan="done"]').waitFor({ state: 'attached', timeout: 30_000 });
    // pdf.js gives the text layer contextual forms (ﺍﻟﻘﺮﺍﺭ): the link wraps them as drawn.
    await expect.poll(() => citationsOn(page, 1, 'A/RES/76/186')).toBe(1);
    const link = page.locator('#viewer .page[data-page-number="1"] a[data-symbol="A/RES/76/186"]').first();
    const id = (await link.getAttribute('data-citation-id'))!;
    const box = await citationBox(page, 1, id);
    expect(box.text).toMatch(/[\uFE70-\uFEFE]/);
    expect(letters(box.text)).toBe(letters('القرار 76/186'));

    // The canvas glyphs of the citation, from pdf.js's operator list (not the text layer): drawn left
    // to right, the number first, then the word from its last letter to its first.
    const glyphs = (await glyphBoxes(syntheticPath('find-ar.pdf'), [1])).get(1)!;
    const [x0, y0, x1, y1] = glyphs.view as [number, number, number, number];
    const toPdfX = (x: number) => x0 + (x / box.layerWidth) * (x1 - x0);
    const visual = `76/186${[...'القرار'].reverse().join('')}`;
    const run = glyphRunFor(glyphs, visual, toPdfX(box.left), y1 - (box.bottom / box.layerHeight) * (y1 - y0));
    expect(run).not.toBeNull();
    // Right-to-left lines are laid out by the browser's bidi in pdf.js's stretched span (no glyph
    // widths applied): within 3 points at either end, a quarter of a letter at this size.
    const [left, right] = [run![0]!.left, run![run!.length - 1]!.right];
    expect(Math.abs(toPdfX(box.left) - left)).toBeLessThan(3);
    expect(Math.abs(toPdfX(box.right) - right)).toBeLessThan(3);

    await page.locator('#viewer .page[data-page-number="2"]').scrollIntoViewIfNeeded();
    await expect.poll(() => citationsOn(page, 2, 'S/RES/2331(2016)')).toBe(1);
    await expect.poll(() => citationsOn(page, 2, 'A/RES/76/186')).toBe(1);
  });
});
