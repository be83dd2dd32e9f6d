/**
 * Every surface in the interface languages, in real Chromium started in that language (the
 * `--lang` flag and LANGUAGE, as about-locale.e2e.test.ts): the interface's `lang` and direction,
 * Arabic laid out right to left, the document's own language kept on the document (a French
 * interface over the Russian A/RES/76/186), and axe-core finding nothing on the reader, the
 * popover, the panel, the notes page, options, the popup, about, the side panel and a UN web page
 * with Resolute on. Screenshots go to test-results/screenshots/ to be looked at.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeFindings, saveScreenshot } from './helpers/axe';
import type { ExtensionBrowser } from './helpers/browser';
import { overflowingText } from './helpers/layout';
import { useExtensionBrowser } from './helpers/suite';

type Messages = Record<string, { message: string }>;
const messagesOf = (lang: string) =>
  JSON.parse(
    readFileSync(new URL(`../../public/_locales/${lang === 'zh' ? 'zh_CN' : lang}/messages.json`, import.meta.url), 'utf8'),
  ) as Messages;

/**
 * Chromium's UI language, and the messages file and direction Resolute should then use. Every
 * surface in every language: Russian and Spanish have the longest labels (the popup, the panel,
 * the reader's toolbar are where they would overflow or be clipped).
 */
const LANGUAGES = [
  { browserLang: 'ar', lang: 'ar', dir: 'rtl' },
  { browserLang: 'zh-CN', lang: 'zh', dir: 'ltr' },
  { browserLang: 'fr', lang: 'fr', dir: 'ltr' },
  { browserLang: 'en-US', lang: 'en', dir: 'ltr' },
  { browserLang: 'ru', lang: 'ru', dir: 'ltr' },
  { browserLang: 'es', lang: 'es', dir: 'ltr' },
] as const;

const scanDone = (page: Page) => page.locator('html[data-resolute-scan="done"]').waitFor({ state: 'attached', timeout: 30_000 });

async function tabIdOf(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id: number }> } } };
    return (await chrome.tabs.getCurrent()).id;
  });
}

describe.each(LANGUAGES)('interface in $lang', ({ browserLang, lang, dir }) => {
  let browser: ExtensionBrowser;
  const messages = messagesOf(lang);
  // The `lang` attribute: Chinese as the script it is written in (ADR 0022).
  const tag = lang === 'zh' ? 'zh-Hans' : lang;

  useExtensionBrowser((started) => ({ browser } = started), { lang: browserLang });

  async function open(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(path.startsWith('https:') ? path : `chrome-extension://${browser.extensionId}/${path}`);
    return page;
  }

  /** What axe finds, and text that does not fit its box (long labels in Russian or Spanish). */
  async function check(page: Page, name: string, include?: string[]) {
    await saveScreenshot(page, `${lang}-${name}`);
    expect(await axeFindings(page, include), `${lang} ${name}`).toEqual([]);
    expect(await overflowingText(page, include?.join(', ')), `${lang} ${name}: text wider than its box`).toEqual([]);
  }

  it('about, options and the notes page speak the language, in its direction, with nothing for axe to find', async () => {
    for (const [path, title] of [
      ['about.html', 'aboutPageTitle'],
      ['options.html', 'settings_pageTitle'],
      ['notes.html', 'notes_pageTitle'],
      ['help.html', 'help_pageTitle'],
    ] as const) {
      const page = await open(path);
      await page.locator('h1').first().waitFor();
      expect(await page.title()).toBe(messages[title]!.message);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([tag, dir]);
      await check(page, path.replace('.html', ''));
      await page.close();
    }
  });

  it('the reader: the interface in the language over the Russian text, the panel and the card mirrored in Arabic', async () => {
    const page = await open('reader.html?symbol=A/RES/76/186&lang=ru');
    await scanDone(page);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([tag, dir]);
    // The document keeps its own language: screen readers read the text in Russian.
    expect(await page.locator('#viewer').getAttribute('lang')).toBe('ru');
    expect(await page.locator('h1.document-name').getAttribute('lang')).toBe('ru');
    expect(await page.getByTestId('panel-toggle').textContent()).toContain(messages.panel_toggle!.message);
    // The first Tab stop skips the toolbar; the document's own symbol (its page headers) is no link to itself.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip-to-document');
    expect(await page.locator('#skip-to-document').textContent()).toBe(messages.reader_skipToDocument!.message);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('viewer-container');
    expect(await page.locator('#viewer a.resolute-citation[data-symbol="A/RES/76/186"]').count()).toBe(0);
    await page.getByTestId('reader-help-link').waitFor();
    // However long the labels, the toolbar fits: nothing runs off the side of the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await check(page, 'reader');

    // The pages' sidebar (outline, thumbnails) opens at the line's start and the pages move past it.
    await page.getByTestId('reader-sidebar-toggle').click();
    const sidebar = (await page.locator('#reader-sidebar > *').first().boundingBox())!;
    const pages = (await page.locator('#viewer-container').boundingBox())!;
    const [edge, gap] =
      dir === 'rtl'
        ? [1280 - (sidebar.x + sidebar.width), sidebar.x - (pages.x + pages.width)]
        : [sidebar.x, pages.x - (sidebar.x + sidebar.width)];
    expect([edge, Math.abs(gap) < 2]).toEqual([0, true]);
    await page.getByTestId('reader-sidebar-toggle').click();

    // The panel sits at the end of the line: on the right in English, on the left in Arabic.
    await page.getByTestId('panel-toggle').click();
    const panel = page.locator('[data-resolute="citations"]');
    await panel.locator('[data-entry="A/RES/64/293"]').waitFor();
    const box = (await panel.boundingBox())!;
    if (dir === 'rtl') expect(box.x).toBeLessThan(10);
    else expect(box.x + box.width).toBeGreaterThan(1270);
    await check(page, 'reader-panel');

    // The card of a citation, opened from the keyboard: in the interface language, placed from its start edge.
    const citation = page.locator('#viewer a.resolute-citation[data-symbol="A/RES/64/293"]').first();
    await citation.focus();
    const card = page.locator('[data-resolute="popover"]');
    await card.waitFor();
    const frame = await card.evaluate((element) => {
      const frameElement = element.parentElement!;
      return { lang: frameElement.lang, dir: frameElement.dir, box: frameElement.getBoundingClientRect().toJSON() as DOMRect };
    });
    expect([frame.lang, frame.dir]).toEqual([tag, dir]);
    const anchor = (await citation.boundingBox())!;
    if (dir === 'rtl') expect(Math.abs(frame.box.right - (anchor.x + anchor.width))).toBeLessThan(2);
    else expect(Math.abs(frame.box.left - anchor.x)).toBeLessThan(2);
    expect(await card.locator('[data-part="keys"]').textContent()).toBe(messages.popover_keyboardHint!.message);
    await saveScreenshot(page, `${lang}-popover`);
    expect(await axeFindings(page), `${lang} popover`).toEqual([]);
    expect(await overflowingText(page), `${lang} popover: text wider than its box`).toEqual([]);
    await page.close();
  });

  it("the browser's side panel for a reader tab", async () => {
    const reader = await open('reader.html?symbol=A/RES/76/186&lang=ru');
    await scanDone(reader);
    const side = await open(`sidepanel.html?tabId=${await tabIdOf(reader)}`);
    await side.setViewportSize({ width: 400, height: 860 });
    await side.locator('[data-resolute="citations"] [data-entry="A/RES/64/293"]').waitFor({ timeout: 15_000 });
    expect(await side.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([tag, dir]);
    await check(side, 'sidepanel');
    await side.close();

    // The popup over the reader offers the reader's settings, not "Resolute does not run on this page".
    const popup = await open(`popup.html?tab=${await tabIdOf(reader)}`);
    await popup.getByTestId('popup-in-reader').waitFor();
    expect(await popup.getByTestId('popup-in-reader').textContent()).toBe(messages.popup_inReader!.message);
    expect(await popup.locator('.site-unavailable').count()).toBe(0);
    expect(await popup.getByTestId('popup-help-link').textContent()).toBe(messages.popup_helpLink!.message);
    await check(popup, 'popup-reader');
    await popup.close();
    await reader.close();
  });

  it('the popup, and a UN web page with Resolute on: its card and links', async () => {
    const page = await open('https://press.un.org/en/2015/sc11974.doc.htm');
    await scanDone(page);
    const webTab = await tabIdFromPopupHelper();
    const popup = await open(`popup.html?tab=${webTab}`);
    await popup.locator('h1').waitFor();
    expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([tag, dir]);
    // Each setting's explanation sits under its label, past the checkbox: on the right in Arabic.
    const indent = await popup.evaluate((rtl) => {
      const label = document.querySelector('.setting-row label')!.getBoundingClientRect();
      const help = document.querySelector('.setting-help')!.getBoundingClientRect();
      return rtl ? label.right - help.right : help.left - label.left;
    }, dir === 'rtl');
    expect(Math.abs(indent)).toBeLessThan(3);
    await check(popup, 'popup');
    await popup.close();

    await page.bringToFront();
    await page.locator('a.resolute-citation[data-symbol="S/RES/2231(2015)"]').first().focus();
    const card = page.locator('[data-resolute="popover"]');
    await card.waitFor();
    expect(await card.evaluate((element) => [element.parentElement!.lang, element.parentElement!.dir])).toEqual([tag, dir]);
    await check(page, 'web-page', ['.resolute-citation', '[data-resolute]']);

    // Chrome's side panel lists what the web page cites, and jumps to it.
    const side = await open(`sidepanel.html?tabId=${webTab}`);
    await side.setViewportSize({ width: 400, height: 860 });
    const entry = side.locator('[data-resolute="citations"] [data-entry="S/RES/2231(2015)"]');
    await entry.waitFor({ timeout: 15_000 });
    expect(await side.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([tag, dir]);
    await check(side, 'sidepanel-web-page');
    await entry.getByTestId('panel-next').click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-symbol') === 'S/RES/2231(2015)');
    await side.close();
    await page.close();
  });

  /** The id of the newest tab that is not an extension page (the web page just opened). */
  async function tabIdFromPopupHelper(): Promise<number> {
    const helper = await open('about.html');
    const id = await helper.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } };
      const tabs = await chrome.tabs.query({});
      // Without a host permission on the page's site (ADR 0024) its tab shows no address: the web
      // page is the newest tab that is not one of the extension's own pages.
      const pages = tabs.filter((tab) => tab.id !== undefined && !(tab.url ?? '').startsWith('chrome-extension:'));
      return Math.max(...pages.map((tab) => tab.id!));
    });
    await helper.close();
    return id;
  }
});
