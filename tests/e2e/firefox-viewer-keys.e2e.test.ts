/**
 * The reader's viewer keys and controls in real Firefox ESR (the Firefox build, WebDriver BiDi), on
 * real UN PDFs, with real key presses: find, zoom, pages, Tab through the header, print and save.
 * Firefox users lose pdf.js's own viewer to the reader, and Firefox has its own meaning for these
 * keys (find bar, page zoom, print, save page, find again, scrolling): the reader must take them.
 *
 * What the driver can and cannot show: BiDi's key actions are trusted events dispatched in the
 * page, and they do NOT reach Firefox's own shortcuts (Ctrl+plus on a plain web page leaves
 * `tabs.getZoom()` at 1; Ctrl+F there leaves the focus in the page). So "the reader wins" is checked
 * where Firefox decides it: each key's event reaches the reader, which acts on it and cancels it
 * (`defaultPrevented`, which makes Firefox skip its own shortcut for every key used here: none is
 * one of Firefox's reserved keys); and Firefox's own zoom is checked to stay at 1. Keys from a real
 * keyboard, which Firefox's shortcuts do see: firefox-os-keys.e2e (ADR 0030).
 * Skipped where Firefox is not installed; CI installs it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enMessage } from './helpers/en-messages';
import { FixtureServer } from './helpers/fixture-server';
import { FIREFOX_PATH, buildForFirefox, launchFirefoxWithExtension, type FirefoxWithExtension } from './helpers/firefox';
import { clickAt, controlWheel, evaluateFn, pressKeys, typeText } from './helpers/firefox-page';
import { serveUnDocument } from './helpers/un-sites';
import {
  READER_TAB_ORDER,
  TOOLBAR_ARROW_ORDER,
  findResultShown,
  focusedControl,
  headerTabStops,
  selectedFindMatch,
} from './helpers/viewer-probes';

const unPdf = (name: string) => readFileSync(new URL(`../fixtures/un-pdfs/${name}`, import.meta.url));
/** The Pact for the Future: 56 pages; "Giga initiative" is only on page 40. */
const PACT = { file: 'A_RES_79_1.en.pdf', symbol: 'A/RES/79/1', pages: 56, jobNumber: 'N2427201' } as const;
const OUTCOME = { file: 'A_RES_80_173.en.pdf', symbol: 'A/RES/80/173', jobNumber: 'N2541733' } as const;

/** Keys the reader saw, with whether it cancelled them: a listener on the window after the reader's own. */
function logKeys(): string {
  const log: string[] = [];
  (window as unknown as { resoluteKeys: string[] }).resoluteKeys = log;
  window.addEventListener('keydown', (event) => log.push(`${event.key}:${event.isTrusted && event.defaultPrevented}`));
  return 'ok';
}
const keysSeen = () => (window as unknown as { resoluteKeys: string[] }).resoluteKeys.splice(0);

const readerState = () => ({
  zoom: document.querySelector<HTMLSelectElement>('[data-testid="reader-zoom"]')!.value,
  scale: Number(getComputedStyle(document.getElementById('viewer')!).getPropertyValue('--scale-factor')),
  page: document.querySelector<HTMLInputElement>('[data-testid="reader-page-number"]')!.value,
  scrollTop: document.getElementById('viewer-container')!.scrollTop,
  pixelRatio: window.devicePixelRatio,
  focused: document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? '',
  findBar: document.querySelector('[data-testid="reader-find-bar"]') !== null,
  hasFocus: document.hasFocus(),
});

describe.skipIf(!existsSync(FIREFOX_PATH))('the reader’s viewer keys in Firefox', () => {
  let server: FixtureServer;
  let firefox: FirefoxWithExtension;
  let tab: string;

  beforeAll(async () => {
    buildForFirefox();
    server = await FixtureServer.start();
    for (const doc of [PACT, OUTCOME])
      serveUnDocument(server, { symbol: doc.symbol, lang: 'en', pdf: unPdf(doc.file), jobNumber: doc.jobNumber });
    firefox = await launchFirefoxWithExtension(server);
    tab = await firefox.newTab();
    await firefox.send('browsingContext.setViewport', { context: tab, viewport: { width: 1200, height: 900 } });
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  const state = () => evaluateFn(firefox, tab, readerState);
  const press = (...chords: string[]) => pressKeys(firefox, tab, ...chords);

  /** Opens the document as undocs.org serves it (a fresh reader page each time) once its first page and tools are there. */
  async function open(symbol: string): Promise<void> {
    // The tab leaves the previous test's reader first: the same document's reader still showing
    // would answer "ready" before the new one commits, and the key log would go with it.
    await firefox.land(tab, 'about:blank');
    expect(await firefox.land(tab, `https://undocs.org/en/${symbol}`)).toMatch(/^moz-extension:\/\/.+\/reader\.html\?symbol=/);
    const ready = () =>
      evaluateFn(
        firefox,
        tab,
        () =>
          document.querySelector('#viewer .page .textLayer span:not(.markedContent)') !== null &&
          document.querySelector<HTMLButtonElement>('[data-testid="reader-find"]')?.disabled === false,
      );
    await expect.poll(ready, { timeout: 30_000 }).toBe(true);
    await evaluateFn(firefox, tab, logKeys);
  }

  /** Tab (from the pages, Shift+Tab) from where the focus is until the toolbar's one stop has it. */
  async function tabToToolbar(key = 'Tab'): Promise<void> {
    const inToolbar = async () =>
      (await evaluateFn(firefox, tab, () => document.activeElement?.closest('[role="toolbar"]') !== null)) === true;
    const passed: Array<string | undefined> = [];
    for (let i = 0; i < 20 && !(await inToolbar()); i++) {
      await press(key);
      passed.push((await evaluateFn(firefox, tab, focusedControl))?.id);
    }
    expect(await inToolbar(), `${key} went through ${passed.join(', ')}`).toBe(true);
  }

  /** A real click in the pages' margin: the focus goes to the document, as a reader's click does. */
  async function focusPages(): Promise<void> {
    const [x, y] = await evaluateFn(firefox, tab, () => {
      const box = document.getElementById('viewer-container')!.getBoundingClientRect();
      return [Math.round(box.left + 5), Math.round(box.top + 5)];
    });
    await clickAt(firefox, tab, x, y);
  }

  it('Ctrl+F opens the reader’s find bar, not Firefox’s; it finds a phrase only on page 40; Enter, Shift+Enter, F3 step; Escape closes', async () => {
    await open(PACT.symbol);
    // Only the first pages are drawn: the phrase is in no text layer yet.
    expect(
      await evaluateFn(firefox, tab, () => document.querySelectorAll('#viewer .page[data-page-number="40"] .textLayer span').length),
    ).toBe(0);
    await press('Control+f');
    await expect.poll(state).toMatchObject({ focused: 'reader-find-field', findBar: true, hasFocus: true });
    expect(await evaluateFn(firefox, tab, keysSeen)).toContain('f:true');
    await typeText(firefox, tab, 'giga INITIATIVE');
    await press('Enter');
    await expect.poll(() => evaluateFn(firefox, tab, findResultShown), { timeout: 20_000 }).toMatchObject({ current: 1, total: 1 });
    // "1 of 1" (then "continued from the top" if Enter came after the search as one types had found it).
    expect((await evaluateFn(firefox, tab, findResultShown))?.text?.startsWith(enMessage('reader_findCount', '1', '1'))).toBe(true);
    await expect
      .poll(() => evaluateFn(firefox, tab, selectedFindMatch), { timeout: 20_000 })
      .toEqual({ text: 'Giga initiative', page: 40, visible: true });
    await expect.poll(async () => (await state()).page).toBe('40');

    // A word found on many pages: every key steps as in pdf.js's viewer.
    await press('Control+a');
    await typeText(firefox, tab, 'telecommunication');
    expect(await evaluateFn(firefox, tab, () => document.querySelector<HTMLInputElement>('[data-testid="reader-find-field"]')!.value)).toBe(
      'telecommunication',
    );
    const searched = async () => {
      const shown = await evaluateFn(firefox, tab, findResultShown);
      return shown !== null && shown.complete && shown.total > 2;
    };
    await expect.poll(searched, { timeout: 20_000 }).toBe(true);
    // As in pdf.js's viewer, the search starts from the page in view (40, from the first search).
    const { total, current: first } = (await evaluateFn(firefox, tab, findResultShown))!;
    expect((await evaluateFn(firefox, tab, findResultShown))?.text).toBe(enMessage('reader_findCount', String(first), String(total)));
    const current = async () => (await evaluateFn(firefox, tab, findResultShown))?.current;
    const step = (from: number, by: number) => ((from - 1 + by + total) % total) + 1;
    await press('Enter');
    await expect.poll(current).toBe(step(first, 1));
    await press('F3');
    await expect.poll(current).toBe(step(first, 2));
    await press('Shift+Enter');
    await expect.poll(current).toBe(step(first, 1));
    await press('Shift+F3');
    await expect.poll(current).toBe(first);
    // F3 and Ctrl+G from the pages too (Firefox's "find again"), where the find bar keeps its search.
    await focusPages();
    await press('F3');
    await expect.poll(current).toBe(step(first, 1));
    await press('Control+g');
    await expect.poll(current).toBe(step(first, 2));
    await press('Control+Shift+g');
    await expect.poll(current).toBe(step(first, 1));
    expect(await evaluateFn(firefox, tab, keysSeen)).toEqual(expect.arrayContaining(['F3:true', 'g:true']));
    expect((await evaluateFn(firefox, tab, selectedFindMatch))?.text.toLowerCase()).toBe('telecommunication');

    await press('Control+f');
    await expect.poll(async () => (await state()).focused).toBe('reader-find-field');
    await press('Escape');
    await expect.poll(state).toMatchObject({ findBar: false, focused: 'viewer-container' });
  });

  it('Ctrl+plus, Ctrl+minus and Ctrl+0 zoom the reader’s pages, not Firefox’s page, and the links stay on their glyphs', async () => {
    await open(PACT.symbol);
    await focusPages();
    await press('Control+0');
    await expect.poll(async () => (await state()).zoom).toBe('auto');
    const fit = await state();
    await expect.poll(() => linkOnPage(firefox, tab), { timeout: 20_000 }).not.toBeNull();
    const before = (await linkOnPage(firefox, tab))!;

    await press('Control++');
    await expect.poll(async () => (await state()).scale).toBeGreaterThan(fit.scale);
    const larger = await state();
    expect(Number(larger.zoom)).toBeGreaterThan(0);
    await press('Control+=');
    await expect.poll(async () => (await state()).scale).toBeGreaterThan(larger.scale);
    await press('Control+-', 'Control+-');
    await expect.poll(async () => (await state()).scale).toBeLessThan(larger.scale);
    // Firefox's own zoom of the tab never moved.
    expect((await state()).pixelRatio).toBe(1);
    expect(await firefox.evaluate(tab, 'browser.tabs.getCurrent().then((own) => browser.tabs.getZoom(own.id)).then(String)')).toBe('1');
    expect(await evaluateFn(firefox, tab, keysSeen)).toEqual([
      'Control:false',
      '0:true',
      'Control:false',
      '+:true',
      'Control:false',
      '=:true',
      'Control:false',
      '-:true',
      'Control:false',
      '-:true',
    ]);

    // Ctrl+wheel over the pages zooms them too, not the tab.
    const lower = (await state()).scale;
    await controlWheel(firefox, tab, 600, 500, -120);
    await expect.poll(async () => (await state()).scale).toBeGreaterThan(lower);
    expect((await state()).pixelRatio).toBe(1);

    // The same citation link, where it was on its page, in proportion to the page.
    // (Once pdf.js has laid the page's text out again at the new scale.)
    const offBy = async () => {
      const after = await linkOnPage(firefox, tab, before.id);
      if (after === null) return Infinity;
      return Math.max(...(['left', 'top', 'right', 'bottom'] as const).map((side) => Math.abs(after[side] - before[side])));
    };
    await expect.poll(offBy, { timeout: 20_000 }).toBeLessThan(0.005);

    await press('Control+0');
    await expect.poll(async () => (await state()).zoom).toBe('auto');
    await expect.poll(async () => (await state()).scale).toBeCloseTo(fit.scale, 5);
  });

  it('the page box goes to the number typed; PageDown, PageUp, Home and End move through the pages', async () => {
    await open(PACT.symbol);
    // From the keyboard: back from the pages to the toolbar's one stop, then the arrow into the page box.
    await focusPages();
    await tabToToolbar('Shift+Tab');
    await press('ArrowRight');
    await expect.poll(async () => (await state()).focused).toBe('reader-page-number');
    await typeText(firefox, tab, '40');
    await press('Enter');
    await expect.poll(async () => (await state()).page).toBe('40');
    const pageTop = (n: number) =>
      evaluateFn(
        firefox,
        tab,
        (page) =>
          document.querySelector(`#viewer .page[data-page-number="${page}"]`)!.getBoundingClientRect().top -
          document.getElementById('viewer-container')!.getBoundingClientRect().top,
        n,
      );
    expect(Math.abs(await pageTop(40))).toBeLessThan(20);
    await expect.poll(() => firefox.urlOf(tab)).toContain('&page=40');

    await focusPages();
    await press('End');
    await expect.poll(async () => (await state()).page).toBe(String(PACT.pages));
    await press('Home');
    await expect.poll(async () => (await state()).page).toBe('1');
    // At fit page (chosen from the keyboard: the toolbar's stop, the arrows to the zoom select, its
    // ArrowDown past "fit width"), PageDown and PageUp go a whole page, as in pdf.js's viewer.
    // From "automatic zoom", whatever zoom this document was left at (the reader keeps it per document).
    await press('Control+0');
    await expect.poll(async () => (await state()).zoom).toBe('auto');
    await tabToToolbar('Shift+Tab');
    for (let i = 0; i < 8 && (await state()).focused !== 'reader-zoom'; i++) await press('ArrowRight');
    expect((await state()).focused).toBe('reader-zoom');
    await press('ArrowDown', 'ArrowDown');
    await expect.poll(async () => (await state()).zoom).toBe('page-fit');
    await focusPages();
    await press('PageDown', 'PageDown');
    await expect.poll(async () => (await state()).page).toBe('3');
    await press('PageUp');
    await expect.poll(async () => (await state()).page).toBe('2');
    // Otherwise a screen at a time, as Firefox scrolls a page.
    await press('Control+0', 'Home');
    await expect.poll(async () => (await state()).page).toBe('1');
    const top = (await state()).scrollTop;
    await press('PageDown');
    await expect.poll(async () => (await state()).scrollTop).toBeGreaterThan(top + 300);
    expect(await evaluateFn(firefox, tab, keysSeen)).toEqual(
      expect.arrayContaining(['End:true', 'Home:true', 'PageDown:true', 'PageUp:true']),
    );
  });

  it('Tab goes through every control of the header in the same order as in Chromium, the arrows through the toolbar, each showing its focus', async () => {
    // A tab of its own: the reader's trail (and Back) would list the documents opened before in this one.
    tab = await firefox.newTab();
    await firefox.send('browsingContext.setViewport', { context: tab, viewport: { width: 1200, height: 900 } });
    await open(OUTCOME.symbol);
    await expect
      .poll(() => evaluateFn(firefox, tab, () => document.documentElement.dataset.resoluteScan), { timeout: 30_000 })
      .toBe('done');
    expect(await evaluateFn(firefox, tab, headerTabStops)).toEqual(READER_TAB_ORDER);
    const reached = [];
    for (let i = 0; i < READER_TAB_ORDER.length; i++) {
      await press('Tab');
      const now = await evaluateFn(firefox, tab, focusedControl);
      expect(now?.visible, `${now?.id}: focus shows`).toBe(true);
      reached.push(now?.id);
    }
    expect(reached).toEqual(READER_TAB_ORDER);
    // The toolbar's tools, with the arrows: Firefox's own arrow keys on a select would change the zoom.
    const zoom = (await state()).zoom;
    const arrowed = [];
    for (let i = 0; i < TOOLBAR_ARROW_ORDER.length; i++) {
      await press('ArrowRight');
      const now = await evaluateFn(firefox, tab, focusedControl);
      expect(now?.visible, `${now?.id}: focus shows`).toBe(true);
      arrowed.push(now?.id);
    }
    expect(arrowed).toEqual(TOOLBAR_ARROW_ORDER);
    expect((await state()).zoom).toBe(zoom);
    // The next stop is in the document.
    await press('Tab');
    expect((await evaluateFn(firefox, tab, focusedControl))?.inHeader).toBe(false);
  });

  it('Ctrl+P prints the document’s pages through Firefox’s print path, with their text and without the reader; Ctrl+S saves the PDF', async () => {
    await open(OUTCOME.symbol);
    const pageCount = Number(
      await evaluateFn(firefox, tab, () => document.querySelector('[data-testid="reader-page-count"]')!.textContent.replace(/\D/g, '')),
    );
    // Firefox's print dialog is its own window, which neither headless Firefox nor WebDriver BiDi
    // can drive: window.print is the one thing replaced. BiDi's browsingContext.print then prints
    // the page through Firefox's print path and print style, as "Save to PDF" does.
    await evaluateFn(firefox, tab, () => {
      window.print = () => void (document.documentElement.dataset.printDialog = 'opened');
    });
    await focusPages();
    await press('Control+p');
    await expect
      .poll(() => evaluateFn(firefox, tab, () => document.documentElement.dataset.printDialog ?? ''), { timeout: 60_000 })
      .toBe('opened');
    expect(await evaluateFn(firefox, tab, keysSeen)).toContain('p:true');
    expect(await evaluateFn(firefox, tab, () => document.querySelectorAll('#print-container .print-page').length)).toBe(pageCount);
    const printed = (await firefox.send('browsingContext.print', { context: tab, background: true })) as { data: string };
    const pdf = await getDocument({ data: new Uint8Array(Buffer.from(printed.data, 'base64')), verbosity: 0 }).promise;
    expect(pdf.numPages).toBe(pageCount);
    const texts: string[] = [];
    const images: number[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      texts.push((await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' '));
      // Each sheet is the page drawn whole, as one image.
      images.push((await page.getOperatorList()).fnArray.filter((op) => op === OPS.paintImageXObject).length);
    }
    expect(images).toEqual(Array.from({ length: pageCount }, () => 1));
    await pdf.destroy();
    expect(texts[0]).toMatch(/A\s*\/RES\/80\/173/);
    expect(texts.filter((text) => text.trim().length > 100).length).toBe(pageCount);
    for (const interfaceText of ['Open the original PDF', 'Cited documents', 'Find', 'Save'])
      expect(texts.join(' ')).not.toContain(interfaceText);

    // Ctrl+S: the PDF itself (not Firefox's "Save page"), under the document's symbol.
    await evaluateFn(firefox, tab, () => {
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        document.documentElement.dataset.saved = `${this.download} ${this.href.split(':')[0]}`;
      };
    });
    await press('Control+s');
    await expect.poll(() => evaluateFn(firefox, tab, () => document.documentElement.dataset.saved ?? '')).toBe('A_RES_80_173.en.pdf blob');
    expect(await evaluateFn(firefox, tab, keysSeen)).toContain('s:true');
  });
});

/** A citation link on page 1 (the first, or the one with `id`): its box as fractions of its page's box, and the scale; null while not shown. */
function linkOnPage(firefox: FirefoxWithExtension, tab: string, id?: string) {
  return evaluateFn(
    firefox,
    tab,
    (citationId) => {
      const link = document.querySelector<HTMLElement>(
        citationId
          ? `#viewer .page[data-page-number="1"] a[data-citation-id="${citationId}"]`
          : '#viewer .page[data-page-number="1"] a[data-citation-id]',
      );
      // pdf.js hides a page's text layer for the few frames it takes to lay it out at a new scale.
      const box = link?.getBoundingClientRect();
      if (!link || !box || box.width === 0 || !link.checkVisibility()) return null;
      const page = link.closest('.page')!.getBoundingClientRect();
      return {
        id: link.dataset.citationId!,
        scale: Number(getComputedStyle(document.getElementById('viewer')!).getPropertyValue('--scale-factor')),
        left: (box.left - page.left) / page.width,
        right: (box.right - page.left) / page.width,
        top: (box.top - page.top) / page.height,
        bottom: (box.bottom - page.top) / page.height,
      };
    },
    id ?? null,
  );
}
