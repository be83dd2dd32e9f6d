/**
 * Who wins a key in Firefox: Firefox's own shortcut or the reader. Keys pressed on a virtual X
 * server's keyboard (Xvfb, XTEST) reach Firefox's window as a person's do, so Firefox's find bar,
 * page zoom, print and "save page" act on them unless the page cancels them; WebDriver's keys
 * cannot show this (they never reach those shortcuts; see firefox-viewer-keys.e2e, which checks
 * the reader's behaviour in full). First on a plain UN web page, where Firefox must act (or the
 * test would prove nothing), then in the reader on the real A/RES/79/1, where the reader must.
 * Skipped where Firefox, Xvfb, python3 or libXtst is missing; CI installs them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enMessage } from './helpers/en-messages';
import { FixtureServer } from './helpers/fixture-server';
import { FIREFOX_PATH, buildForFirefox, launchFirefoxWithExtension, type FirefoxWithExtension } from './helpers/firefox';
import { evaluateFn } from './helpers/firefox-page';
import { osClick, osInputAvailable, osPress, osType, startVirtualDisplay, type VirtualDisplay } from './helpers/os-input';
import { serveUnDocument } from './helpers/un-sites';
import { findResultShown } from './helpers/viewer-probes';

const PACT = { file: 'A_RES_79_1.en.pdf', symbol: 'A/RES/79/1', pages: 56, jobNumber: 'N2427201' } as const;

/** What the tab shows of the keys: the events it saw (and whether it cancelled them), focus, zoom, page, print. */
function tabState() {
  const seen = (window as unknown as { resoluteSeen?: string[] }).resoluteSeen ?? [];
  return {
    seen: seen.splice(0),
    hasFocus: document.hasFocus(),
    focused: document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? '',
    pixelRatio: window.devicePixelRatio,
    zoom: document.querySelector<HTMLSelectElement>('[data-testid="reader-zoom"]')?.value ?? '',
    page: document.querySelector<HTMLInputElement>('[data-testid="reader-page-number"]')?.value ?? '',
    printing: document.documentElement.dataset.resolutePrint ?? '',
  };
}

/** Records keys (after the reader's own listener), print events, window.print and downloads, in the tab. */
function watchTab(): void {
  const seen: string[] = [];
  (window as unknown as { resoluteSeen: string[] }).resoluteSeen = seen;
  window.addEventListener('keydown', (event) => seen.push(`${event.key}:${event.defaultPrevented}`));
  window.addEventListener('beforeprint', () => seen.push('beforeprint'));
  // The print dialog would stay open over the tab: the reader's call to it is recorded instead.
  window.print = () => void seen.push('print()');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    seen.push(`download:${this.download}`);
  };
}

describe.skipIf(!existsSync(FIREFOX_PATH) || !osInputAvailable())('keys from the keyboard in Firefox: the reader’s, not Firefox’s', () => {
  let server: FixtureServer;
  let screen: VirtualDisplay;
  let firefox: FirefoxWithExtension;
  let tab: string;
  let display: string;

  beforeAll(async () => {
    buildForFirefox();
    server = await FixtureServer.start();
    serveUnDocument(server, {
      symbol: PACT.symbol,
      lang: 'en',
      pdf: readFileSync(new URL(`../fixtures/un-pdfs/${PACT.file}`, import.meta.url)),
      jobNumber: PACT.jobNumber,
    });
    screen = await startVirtualDisplay();
    display = screen.display;
    firefox = await launchFirefoxWithExtension(server, { display });
    tab = await firefox.newTab();
  });

  afterAll(async () => {
    await firefox?.close();
    await screen?.close();
    await server?.close();
  });

  const state = () => evaluateFn(firefox, tab, tabState);
  /** Firefox's own zoom of the tab, as the extension's tabs API reads it. */
  const firefoxZoom = () =>
    firefox.evaluate(tab, 'browser.tabs.getCurrent().then((own) => browser.tabs.getZoom(own.id)).then(String)').catch(() => 'no API');
  /** A click into the page's content (a screen position from the tab's own), so the keyboard's focus is in it. */
  async function clickInto(x: number, y: number): Promise<void> {
    const [left, top] = await evaluateFn(firefox, tab, () => {
      const firefoxWindow = window as unknown as { mozInnerScreenX: number; mozInnerScreenY: number };
      return [firefoxWindow.mozInnerScreenX, firefoxWindow.mozInnerScreenY];
    });
    osClick(display, left + x, top + y);
  }

  it('on a plain web page, Firefox takes Ctrl+plus (its page zoom) and Ctrl+F (its find bar): the keys reach its shortcuts', async () => {
    await firefox.land(tab, 'https://press.un.org/en/2015/sc11974.doc.htm');
    await firefox.send('browsingContext.activate', { context: tab });
    await evaluateFn(firefox, tab, watchTab);
    await clickInto(300, 300);
    osPress(display, 'Control++');
    await expect.poll(async () => (await state()).pixelRatio).toBeGreaterThan(1);
    osPress(display, 'Control+0');
    await expect.poll(async () => (await state()).pixelRatio).toBe(1);
    osPress(display, 'Control+f');
    // Firefox's find bar takes the keyboard from the page.
    await expect.poll(async () => (await state()).hasFocus).toBe(false);
    osPress(display, 'Escape');
  });

  it('in the reader, zoom, find, find again, pages, save and print keys are the reader’s, and Firefox does nothing of its own', async () => {
    await firefox.land(tab, `https://undocs.org/en/${PACT.symbol}`);
    await firefox.send('browsingContext.activate', { context: tab });
    const ready = () =>
      evaluateFn(firefox, tab, () => document.querySelector<HTMLButtonElement>('[data-testid="reader-find"]')?.disabled === false);
    await expect.poll(ready, { timeout: 30_000 }).toBe(true);
    await evaluateFn(firefox, tab, watchTab);
    // Every key event the reader saw since, with whether it was cancelled.
    const seen: string[] = [];
    const read = async () => {
      const now = await state();
      seen.push(...now.seen);
      return now;
    };
    await clickInto(600, 500);
    await expect.poll(async () => (await read()).hasFocus).toBe(true);

    osPress(display, 'Control++');
    await expect.poll(async () => (await read()).zoom).not.toBe('auto');
    osPress(display, 'Control+-', 'Control+0');
    await expect.poll(async () => (await read()).zoom).toBe('auto');
    expect(await firefoxZoom()).toBe('1');
    expect((await read()).pixelRatio).toBe(1);
    expect(seen.splice(0)).toEqual(['Control:false', '=:true', 'Control:false', '-:true', 'Control:false', '0:true']);

    // Ctrl+F: the reader's find bar, and the page keeps the keyboard (Firefox's bar did not open).
    osPress(display, 'Control+f');
    await expect.poll(read).toMatchObject({ focused: 'reader-find-field', hasFocus: true });
    osType(display, 'giga initiative');
    osPress(display, 'Enter');
    // "1 of 1", and "continued from the top" if Enter came after the search as one types had found it.
    await expect
      .poll(async () => (await evaluateFn(firefox, tab, findResultShown))?.text?.startsWith(enMessage('reader_findCount', '1', '1')), {
        timeout: 20_000,
      })
      .toBe(true);
    await expect.poll(async () => (await read()).page).toBe('40');
    osPress(display, 'Escape');
    await expect.poll(read).toMatchObject({ focused: 'viewer-container', hasFocus: true });
    // F3 and Ctrl+G (Firefox's "find again") open the reader's bar again with its search.
    osPress(display, 'F3');
    await expect.poll(read).toMatchObject({ focused: 'reader-find-field', hasFocus: true });
    osPress(display, 'Escape', 'Control+g');
    await expect.poll(read).toMatchObject({ focused: 'reader-find-field', hasFocus: true });
    osPress(display, 'Escape');

    osPress(display, 'End');
    await expect.poll(async () => (await read()).page).toBe(String(PACT.pages));
    osPress(display, 'Home');
    await expect.poll(async () => (await read()).page).toBe('1');

    expect(seen.splice(0)).toEqual(
      expect.arrayContaining(['f:true', 'Enter:true', 'Escape:true', 'F3:true', 'g:true', 'End:true', 'Home:true']),
    );

    // Ctrl+S: the PDF under its symbol's name, not Firefox's "Save page".
    osPress(display, 'Control+s');
    await expect.poll(async () => (await read(), seen)).toContain('download:A_RES_79_1.en.pdf');
    expect(seen).toContain('s:true');
    // Ctrl+P: the reader prepares the pages, then calls the print dialog; Firefox's own print
    // (which would print the interface) would fire beforeprint at once.
    seen.length = 0;
    osPress(display, 'Control+p');
    await expect.poll(async () => (await read()).printing).toBe('preparing');
    await expect.poll(async () => (await read(), seen.includes('print()')), { timeout: 60_000 }).toBe(true);
    expect(seen).toContain('p:true');
    expect(seen).not.toContain('beforeprint');
    expect(await evaluateFn(firefox, tab, () => document.querySelectorAll('#print-container .print-page').length)).toBe(PACT.pages);
  });
});
