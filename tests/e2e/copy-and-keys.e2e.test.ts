/**
 * Copying a citation from its card, and the keyboard through the reader's menus and toolbar, in
 * real Chromium on the bundled A/RES/80/173 (Russian, offline) and on a UN web page served by the
 * fixture server. What was copied is read back from the browser's clipboard by an https page that
 * was granted clipboard access (extension pages cannot be granted it); the card's copy acts on the
 * reader's own clicks only, never on a page script's. The menus follow WAI-ARIA's menu button
 * pattern, the toolbar its toolbar pattern (mirrored in Arabic); focus shows and axe finds nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFindings, saveScreenshot } from './helpers/axe';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import type { FixtureServer } from './helpers/fixture-server';
import { viewerControlsReady } from './helpers/reader-viewer';
import { useExtensionBrowser } from './helpers/suite';

const CLIPBOARD_ORIGIN = 'https://undocs.org';
const WEB_PAGE = 'https://press.un.org/en/2015/sc11974.doc.htm';

let server: FixtureServer;
let browser: ExtensionBrowser;

useExtensionBrowser((started) => ({ server, browser } = started), { freshTabs: true });

beforeAll(async () => {
  for (const origin of [CLIPBOARD_ORIGIN, 'https://press.un.org'])
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
});

/** A page of an origin granted clipboard access, brought to the front to read (or set) the clipboard. */
async function withClipboardPage<T>(run: (page: Page) => Promise<T>, from: Page): Promise<T> {
  server.route('undocs.org', '/clipboard', () => ({ headers: { 'content-type': 'text/html' }, body: '<!doctype html><title>c</title>' }));
  const page = await browser.context.newPage();
  try {
    await page.goto(`${CLIPBOARD_ORIGIN}/clipboard`);
    await page.bringToFront();
    return await run(page);
  } finally {
    await page.close();
    await from.bringToFront();
  }
}
const readClipboard = (from: Page) => withClipboardPage((page) => page.evaluate(() => navigator.clipboard.readText()), from);
const setClipboard = (from: Page, text: string) =>
  withClipboardPage((page) => page.evaluate((value) => navigator.clipboard.writeText(value), text), from);

/** The focused element, through the card's shadow root: its test id, action or text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!(el instanceof HTMLElement)) return null;
    const visible = el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none';
    return { id: el.dataset.testid ?? el.dataset.action ?? el.textContent?.trim() ?? '', visible };
  });
const focusedId = async (page: Page) => (await focused(page))?.id;

async function openReader(query = 'symbol=A/RES/80/173&lang=ru'): Promise<Page> {
  const page = await browser.openReader(`?${query}`, { width: 1280, height: 900 });
  await page.locator('html[data-resolute-scan="done"]').waitFor({ state: 'attached', timeout: 30_000 });
  await viewerControlsReady(page);
  return page;
}

const card = (page: Page) => page.locator('[data-resolute="popover"]');

describe("copy from a citation's card", () => {
  it('in the reader, from the keyboard: the symbol, the undocs.org link and the line in the document’s language, said aloud', async () => {
    const page = await openReader();
    const citation = page.locator('#viewer a.resolute-citation[data-symbol="A/RES/79/1"]').first();
    await citation.focus();
    await card(page).waitFor();
    // Into the card (Alt+ArrowDown), then Tab to its Copy citation button.
    await page.keyboard.press('Alt+ArrowDown');
    for (let i = 0; i < 12 && (await focusedId(page)) !== 'card-copy'; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toEqual({ id: 'card-copy', visible: true });
    const button = card(page).getByTestId('card-copy');
    expect(await button.getAttribute('aria-haspopup')).toBe('menu');
    expect(await button.getAttribute('aria-expanded')).toBe('false');

    const copyWith = async (steps: string[]) => {
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedId(page)).toBe('card-copy-symbol');
      for (const key of steps) await page.keyboard.press(key);
      await page.keyboard.press('Enter');
      // The menu closes and the focus is back on its button.
      await expect.poll(() => focusedId(page)).toBe('card-copy');
      await expect.poll(() => card(page).getByTestId('card-copy-status').textContent()).toMatch(/^Copied: /);
      return readClipboard(page);
    };
    expect(await copyWith([])).toBe('A/RES/79/1');
    expect(await card(page).getByTestId('card-copy-status').textContent()).toBe('Copied: A/RES/79/1');
    expect(await copyWith(['ArrowDown'])).toBe('https://undocs.org/ru/A/RES/79/1');
    // End goes to the last choice: the line, in Russian, dated as the card dates the resolution.
    expect(await copyWith(['End'])).toBe('резолюция 79/1 Генеральной Ассамблеи от 22 сентября 2024 года');
    expect(await card(page).getByTestId('card-copy-status').textContent()).toBe(
      'Copied: резолюция 79/1 Генеральной Ассамблеи от 22 сентября 2024 года',
    );
    // Escape closes the menu first and leaves the card open; a second Escape closes the card.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedId(page)).toBe('card-copy-symbol');
    expect(await card(page).locator('[role="menu"] [role="menuitem"]').count()).toBe(3);
    await saveScreenshot(page, 'copy-card-menu-reader');
    expect(await axeFindings(page), 'reader with the card’s copy menu open').toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedId(page)).toBe('card-copy');
    expect(await card(page).locator('[role="menu"]').count()).toBe(0);
    expect(await card(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
  });

  it('on a UN web page: a click copies; a page script clicking in the card copies nothing', async () => {
    const page = await browser.context.newPage();
    await page.goto(WEB_PAGE);
    await page.locator('html[data-resolute-scan="done"]').waitFor({ state: 'attached', timeout: 30_000 });
    await setClipboard(page, 'what the reader had copied');
    const citation = page.locator('a.resolute-citation[data-symbol="S/RES/2231(2015)"]').first();
    await citation.focus();
    await card(page).waitFor();

    // The page's own script finds the card (its shadow root) and clicks for the reader: nothing happens.
    const forged = await page.evaluate(async () => {
      const root = document.querySelector('[data-resolute="popover-host"]')?.shadowRoot;
      const toggle = root?.querySelector<HTMLButtonElement>('[data-testid="card-copy"]');
      if (!root || !toggle) return 'closed to the page';
      toggle.click();
      toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
      await new Promise((done) => setTimeout(done, 100));
      return root.querySelectorAll('[role="menuitem"]').length;
    });
    expect(forged === 'closed to the page' || forged === 0).toBe(true);
    expect(await readClipboard(page)).toBe('what the reader had copied');

    // Nor when the reader has opened the menu: the page's click on a choice copies nothing.
    await card(page).getByTestId('card-copy').click();
    await card(page).getByTestId('card-copy-line').waitFor();
    const forgedChoice = await page.evaluate(async () => {
      const root = document.querySelector('[data-resolute="popover-host"]')?.shadowRoot;
      const choice = root?.querySelector<HTMLButtonElement>('[data-testid="card-copy-line"]');
      if (!root || !choice) return 'closed to the page';
      choice.click();
      await new Promise((done) => setTimeout(done, 200));
      return root.querySelector('[data-testid="card-copy-status"]')?.textContent ?? '';
    });
    expect(forgedChoice === 'closed to the page' || forgedChoice === '').toBe(true);
    expect(await readClipboard(page)).toBe('what the reader had copied');
    // Reading the clipboard takes another tab to the front, which closes the card: open it again each time.
    const copyByClicks = async (choice: string) => {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await citation.focus();
      await card(page).getByTestId('card-copy').click();
      // A pointer click opens the menu on its first choice, as the keyboard does.
      await expect.poll(() => focusedId(page)).toBe('card-copy-symbol');
      await card(page).getByTestId(`card-copy-${choice}`).click();
      await expect.poll(() => card(page).getByTestId('card-copy-status').textContent()).toMatch(/^Copied: /);
      const said = await card(page).getByTestId('card-copy-status').textContent();
      const copied = await readClipboard(page);
      expect(said).toBe(`Copied: ${copied}`);
      return copied;
    };
    expect(await copyByClicks('line')).toBe('Security Council resolution 2231 (2015)');
    expect(await copyByClicks('link')).toBe('https://undocs.org/en/S/RES/2231(2015)');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await citation.focus();
    // A click outside the open menu closes it.
    await card(page).getByTestId('card-copy').click();
    await card(page).locator('[role="menu"]').waitFor();
    await saveScreenshot(page, 'copy-card-menu-web-page');
    expect(await axeFindings(page, ['.resolute-citation', '[data-resolute]']), 'web page card with its copy menu').toEqual([]);
    await card(page).locator('[data-part="symbol"]').click();
    await expect.poll(() => card(page).locator('[role="menu"]').count()).toBe(0);
  });

  it('says clearly when the clipboard is refused, and shows the text to copy by hand', async () => {
    const page = await openReader();
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await page.locator('#viewer a.resolute-citation[data-symbol="A/RES/70/1"]').first().focus();
    await card(page).getByTestId('card-copy').click();
    await card(page).getByTestId('card-copy-symbol').click();
    const problem = card(page).getByTestId('card-copy-problem');
    await problem.waitFor();
    await saveScreenshot(page, 'copy-card-refused');
    expect(await problem.getAttribute('role')).toBe('alert');
    expect(await problem.textContent()).toBe(
      'Could not copy: the browser or this page refused the clipboard. Select the text and copy it yourself: A/RES/70/1',
    );
    expect(await card(page).getByTestId('card-copy-status').textContent()).toBe('');
  });
});

/** Tab from the top of the reader until the toolbar's Tab stop has the focus. */
async function tabIntoToolbar(page: Page): Promise<string | undefined> {
  const inToolbar = () => page.evaluate(() => document.activeElement?.closest('[role="toolbar"]') !== null);
  for (let i = 0; i < 20 && !(await inToolbar()); i++) await page.keyboard.press('Tab');
  return focusedId(page);
}

describe('the keyboard through the viewer toolbar and its menus', () => {
  it('the toolbar is one Tab stop; the arrows go through its tools, out of the page box at its edges, past the zoom select', async () => {
    const page = await openReader();
    expect(await tabIntoToolbar(page)).toBe('reader-sidebar-toggle');
    const toolbar = page.getByRole('toolbar', { name: 'Document tools' });
    expect(await toolbar.locator('[tabindex="0"]').count()).toBe(1);
    const step = async (key: string) => {
      await page.keyboard.press(key);
      const now = await focused(page);
      expect(now?.visible, `${key} → ${now?.id}: focus shows`).toBe(true);
      return now?.id;
    };
    // "Previous page" is disabled on page 1: the arrows pass it.
    expect(await step('ArrowRight')).toBe('reader-page-number');
    // The page box selects its number when focused: the first arrow is the field's, the next leaves it.
    expect(await step('ArrowRight')).toBe('reader-page-number');
    expect(await step('ArrowRight')).toBe('reader-page-next');
    expect(await step('ArrowLeft')).toBe('reader-page-number');
    // Typing and Enter are still the page box's own.
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('reader-page-number').inputValue()).toBe('3');
    // Home and End are the field's (its caret); ArrowRight at the end of the number leaves it.
    await page.keyboard.press('Home');
    expect(await focusedId(page)).toBe('reader-page-number');
    expect(await step('ArrowRight')).toBe('reader-page-number');
    expect(await step('ArrowRight')).toBe('reader-page-next');
    expect(await step('Home')).toBe('reader-sidebar-toggle');
    // On page 3 "Previous page" works, and is a stop again.
    expect(await step('ArrowRight')).toBe('reader-page-previous');
    expect(await step('ArrowLeft')).toBe('reader-sidebar-toggle');
    expect(await step('End')).toBe('reader-save');
    expect(await step('ArrowRight')).toBe('reader-sidebar-toggle');
    expect(await step('ArrowLeft')).toBe('reader-save');
    // On to the zoom select: its ArrowDown picks the next zoom and keeps the focus; ArrowRight leaves it.
    await page.keyboard.press('Home');
    for (let i = 0; i < 8 && (await focusedId(page)) !== 'reader-zoom'; i++) await page.keyboard.press('ArrowRight');
    expect(await focusedId(page)).toBe('reader-zoom');
    const zoom = page.getByTestId('reader-zoom');
    const before = await zoom.inputValue();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => zoom.inputValue()).not.toBe(before);
    const chosen = await zoom.inputValue();
    expect(await focusedId(page)).toBe('reader-zoom');
    expect(await step('ArrowRight')).toBe('reader-zoom-in');
    expect(await zoom.inputValue()).toBe(chosen);
    // Still one Tab stop, now where the reader left off: Tab leaves the toolbar, Shift+Tab comes back there.
    expect(await toolbar.locator('[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="toolbar"]') === null)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedId(page)).toBe('reader-zoom-in');
  });

  it('Copy citation and Print open as menus (ArrowUp/ArrowDown/Home/End, Escape back to the button); Compare with… likewise', async () => {
    const page = await openReader();
    await tabIntoToolbar(page);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedId(page)).toBe('reader-copy');
    const keys = async (...sequence: string[]) => {
      for (const key of sequence) await page.keyboard.press(key);
      const now = await focused(page);
      expect(now?.visible, `${sequence.join(' ')} → ${now?.id}: focus shows`).toBe(true);
      return now?.id;
    };
    expect(await keys('ArrowDown')).toBe('reader-copy-symbol');
    expect(await page.getByTestId('reader-copy').getAttribute('aria-expanded')).toBe('true');
    // The menu is named by its own button (ids unique across the reader's header and toolbar).
    expect(await page.getByRole('menu', { name: 'Copy citation' }).count()).toBe(1);
    expect(await page.evaluate(() => new Set([...document.querySelectorAll('[id]')].map((el) => el.id)).size)).toBe(
      await page.evaluate(() => document.querySelectorAll('[id]').length),
    );
    expect(await keys('ArrowDown')).toBe('reader-copy-link');
    expect(await keys('ArrowDown', 'ArrowDown')).toBe('reader-copy-symbol');
    expect(await keys('ArrowUp')).toBe('reader-copy-line');
    expect(await keys('Home')).toBe('reader-copy-symbol');
    expect(await keys('End')).toBe('reader-copy-line');
    // The toolbar's arrows do not act inside the menu.
    expect(await keys('ArrowRight')).toBe('reader-copy-line');
    expect(await keys('Escape')).toBe('reader-copy');
    expect(await page.getByTestId('reader-copy').getAttribute('aria-expanded')).toBe('false');
    expect(await keys('Enter', 'ArrowDown', 'Enter')).toBe('reader-copy');
    await expect.poll(() => page.getByTestId('reader-copy-status').textContent()).toBe('Copied: https://undocs.org/ru/A/RES/80/173');
    expect(await readClipboard(page)).toBe('https://undocs.org/ru/A/RES/80/173');

    // Print: ArrowUp opens on the last choice; Tab out of the menu closes it.
    expect(await keys('ArrowRight')).toBe('reader-print');
    expect(await keys('ArrowUp')).toBe('reader-print-notes');
    expect(await page.getByRole('menu', { name: 'Print' }).count()).toBe(1);
    await saveScreenshot(page, 'print-menu-keyboard');
    expect(await axeFindings(page), 'reader with the print menu open').toEqual([]);
    expect(await keys('Escape')).toBe('reader-print');
    expect(await keys('Enter')).toBe('reader-print-pages');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByTestId('reader-print-pages').count()).toBe(0);

    // Compare with…: its field takes the focus; the arrows go between its choices; Escape gives the focus back.
    await page.getByTestId('compare-toggle').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page), { timeout: 15_000 }).toBe('compare-symbol');
    const menu = page.getByTestId('compare-menu');
    const items = await menu.locator('button, input').count();
    expect(await keys('ArrowDown')).toBe(
      await menu
        .locator('button, input')
        .nth(items - 1)
        .evaluate((el) => el.textContent?.trim()),
    );
    expect(await keys('Home')).toBe(
      await menu
        .locator('button, input')
        .first()
        .evaluate((el) => (el as HTMLElement).dataset.testid),
    );
    expect(await keys('Escape')).toBe('compare-toggle');
    expect(await menu.count()).toBe(0);
    // A click outside closes it.
    await page.getByTestId('compare-toggle').click();
    await menu.waitFor();
    await page.locator('h1.document-name').click();
    await expect.poll(() => menu.count()).toBe(0);
  });
});

describe('the toolbar right to left (Arabic interface)', () => {
  let arabic: ExtensionBrowser;
  beforeAll(async () => {
    arabic = await launchWithExtension(server, { lang: 'ar' });
  });
  afterAll(async () => {
    await arabic?.close();
  });

  it('ArrowLeft goes to the next tool (on the left), ArrowRight back', async () => {
    const page = await arabic.openReader('?symbol=A/RES/80/173&lang=ru', { width: 1280, height: 900 });
    await viewerControlsReady(page);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await tabIntoToolbar(page)).toBe('reader-sidebar-toggle');
    const x = () => page.evaluate(() => document.activeElement!.getBoundingClientRect().x);
    const start = await x();
    await page.keyboard.press('ArrowLeft');
    expect(await focusedId(page)).toBe('reader-page-number');
    expect(await x()).toBeLessThan(start);
    // The number is selected when focused: ArrowRight first collapses it, then goes back.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focusedId(page)).toBe('reader-sidebar-toggle');
    await page.keyboard.press('End');
    expect(await focusedId(page)).toBe('reader-save');
    await saveScreenshot(page, 'toolbar-rtl-focus');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedId(page)).toBe('reader-sidebar-toggle');
    await page.keyboard.press('ArrowRight');
    expect(await focusedId(page)).toBe('reader-save');
    await page.close();
  });
});
