/**
 * The reader in real Chromium: UN documents open from the bundled copy (offline) or from the
 * fixture documents.un.org through the real redirect chain, citations are links on pdf.js's text
 * layer, following one and coming back restores the place, the language switch keeps the page,
 * pinpoints open at their place, and every failure says what went wrong.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './helpers/browser';
import { useExtensionBrowser } from './helpers/suite';
import type { FixtureServer } from './helpers/fixture-server';
import { serveUnFailure } from './helpers/un-failures';
import { pdfUrlFor, serveUnDocument } from './helpers/un-sites';
import { blankPdf } from '../unit/text/minimal-pdf';

const en = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string }
>;
const message = (key: string, ...values: string[]) => values.reduce((text, value) => text.replace(/\$[A-Z]+\$/, value), en[key]!.message);

const sample = (name: string) => readFileSync(new URL(`../../assets/samples/${name}`, import.meta.url));
const A_RES_76_186 = sample('a-res-76-186.ru.pdf');
const A_RES_80_173 = sample('a-res-80-173.ru.pdf');
const TITLE_76_186 = 'Улучшение координации усилий по борьбе с торговлей людьми';

let server: FixtureServer;
let browser: ExtensionBrowser;
const cleanups: Array<() => void> = [];

useExtensionBrowser((started) => ({ server, browser } = started));

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  server.reset();
  for (const page of browser.context.pages()) await page.close();
});

const openReader = (query: string): Promise<Page> => browser.openReader(query);

/** Waits until the document is shown with its first links. */
async function waitForLinks(page: Page): Promise<void> {
  await page.locator('#viewer a[data-symbol]').first().waitFor({ timeout: 30_000 });
}

const scrollTop = (page: Page) => page.evaluate(() => document.getElementById('viewer-container')!.scrollTop);

/** Scrolls page `n` of the PDF to the top of the view. */
async function scrollToPage(page: Page, n: number, extra = 0): Promise<number> {
  return page.evaluate(
    ([pageNumber, offset]) => {
      const container = document.getElementById('viewer-container')!;
      const target = document.querySelector<HTMLElement>(`.page[data-page-number="${pageNumber}"]`)!;
      container.scrollTop = target.offsetTop + offset;
      return container.scrollTop;
    },
    [n, extra] as const,
  );
}

/** The page at the top of the view. */
const pageAtTop = (page: Page) =>
  page.evaluate(() => {
    const container = document.getElementById('viewer-container')!;
    const pages = [...document.querySelectorAll<HTMLElement>('.page')];
    return Number(pages.filter((p) => p.offsetTop <= container.scrollTop + 5).at(-1)?.dataset.pageNumber ?? 0);
  });

const linkedSymbols = (page: Page) =>
  page.$$eval('#viewer a[data-symbol]', (links) => [...new Set(links.map((a) => a.getAttribute('data-symbol')))]);

describe('the reader opens UN documents', () => {
  it('opens A/RES/76/186 in Russian from the bundled copy, offline, with its citations linked', async () => {
    const page = await openReader('?symbol=A/RES/76/186&lang=ru');
    await waitForLinks(page);
    expect(await page.title()).toBe(`A/RES/76/186 — ${TITLE_76_186}`);
    expect(await page.getByTestId('reader-symbol').textContent()).toBe('A/RES/76/186');
    expect(await page.getByTestId('reader-title').textContent()).toBe(TITLE_76_186);
    await page.locator('#viewer a[data-symbol="A/RES/64/293"]').first().waitFor();
    expect(await linkedSymbols(page)).toEqual(expect.arrayContaining(['A/RES/64/293', 'A/RES/70/1']));
    // Its own symbol (the page headers) is no link to itself: those were the first Tab stops of every page.
    expect(await linkedSymbols(page)).not.toContain('A/RES/76/186');
    const link = page.locator('#viewer a[data-symbol="A/RES/64/293"]').first();
    expect(await link.getAttribute('href')).toBe('reader.html?symbol=A/RES/64/293&lang=ru');
    expect(await link.getAttribute('aria-label')).toMatch(/резолюции 64\/293: open A\/RES\/64\/293/);
    // Inside pdf.js's span, not instead of it: the span still carries the glyph placement.
    expect(await link.evaluate((a) => a.parentElement?.getAttribute('role'))).toBe('presentation');

    await scrollToPage(page, 3);
    await page.locator('#viewer a[data-symbol="E/RES/2017/18"]').first().waitFor();
    const ccpcj = page.locator('#viewer [data-citation-body="CCPCJ"]');
    await ccpcj.first().waitFor();
    expect(await ccpcj.first().evaluate((el) => ({ tag: el.tagName, text: el.textContent, inLink: el.closest('a') !== null }))).toEqual({
      tag: 'SPAN',
      text: 'резолюцию 27/2',
      inLink: false,
    });
    expect(await ccpcj.first().getAttribute('tabindex')).toBe('0');

    // The whole document is scanned in the background: all 38 citations of `npm run scan` (not its 3 mentions of itself).
    await page.locator('html[data-resolute-scan="done"]').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.getByTestId('reader-citation-count').getAttribute('data-count')).toBe('38');
    expect(server.requests).toEqual([]);
  });

  it('makes a citation split across lines one link of several parts', async () => {
    const page = await openReader('?symbol=E/RES/2022/14&lang=ru');
    await waitForLinks(page);
    await scrollToPage(page, 3);
    const parts = page.locator('#viewer a[data-symbol="E/RES/2004/27"]');
    await parts.first().waitFor();
    const ids = await parts.evaluateAll((links) => links.map((a) => a.getAttribute('data-citation-id')));
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(1);
    const named = await parts.evaluateAll((links) => links.filter((a) => a.hasAttribute('aria-label')).length);
    expect(named).toBe(1);
  });

  it('fetches a document that is not bundled from documents.un.org through the redirect chain', async () => {
    const { pdfUrl } = serveUnDocument(server, { symbol: 'A/RES/76/186', lang: 'en', pdf: A_RES_76_186 });
    const page = await openReader('?symbol=A/RES/76/186&lang=en');
    await waitForLinks(page);
    expect(await page.title()).toBe(`A/RES/76/186 — ${TITLE_76_186}`);
    const fetched = server.requests.map((r) => r.url);
    expect(fetched).toContain('https://documents.un.org/api/symbol/access?s=A%2FRES%2F76%2F186&l=en&t=pdf');
    expect(fetched).toContain(`${pdfUrl}?token=fixture&fe=true`);
    // Citations lead to the English texts now.
    expect(await page.locator('#viewer a[data-symbol="A/RES/64/293"]').first().getAttribute('href')).toBe(
      'reader.html?symbol=A/RES/64/293&lang=en',
    );
  });

  it('is where a navigation to undocs.org/ru/A/RES/76/186 lands, with the citations linked', async () => {
    serveUnDocument(server, { symbol: 'A/RES/76/186', lang: 'ru', pdf: A_RES_76_186 });
    const page = await browser.context.newPage();
    await page.goto('https://undocs.org/ru/A/RES/76/186').catch(() => undefined); // the redirect aborts the first load
    await page.waitForURL(`chrome-extension://${browser.extensionId}/reader.html?symbol=A/RES/76/186&lang=ru`);
    await waitForLinks(page);
    expect(await page.title()).toBe(`A/RES/76/186 — ${TITLE_76_186}`);
  });

  it('opens a PDF known only by its URL (raw, with ? and &), reading its symbol, title and language from it', async () => {
    const { pdfUrl } = serveUnDocument(server, { symbol: 'A/RES/76/186', lang: 'ru', pdf: A_RES_76_186, jobNumber: 'N2141234' });
    const page = await openReader(`?src=${pdfUrl}?token=abc&fe=true`);
    await waitForLinks(page);
    expect(await page.title()).toBe(`A/RES/76/186 — ${TITLE_76_186}`);
    expect(server.requests.map((r) => r.url)).toEqual([`${pdfUrlFor('N2141234')}?token=abc&fe=true`]);
    expect(await page.locator('#viewer a[data-symbol="A/RES/64/293"]').first().getAttribute('href')).toBe(
      'reader.html?symbol=A/RES/64/293&lang=ru',
    );
  });
});

describe('reading across citations', () => {
  it('follows a citation, shows the trail, and comes back to the same place (browser Back, Alt+Right, the reader buttons)', async () => {
    serveUnDocument(server, { symbol: 'A/RES/64/293', lang: 'ru', pdf: A_RES_80_173 });
    const page = await openReader('?symbol=A/RES/76/186&lang=ru');
    await waitForLinks(page);
    await scrollToPage(page, 2, 137);
    const link = page.locator('#viewer a[data-symbol="A/RES/64/293"]').first();
    await link.waitFor();
    const before = await scrollTop(page);
    await link.click();
    await page.waitForURL(/symbol=A\/RES\/64\/293/);
    await waitForLinks(page);
    // The fixture serves A/RES/80/173's file under that symbol: the masthead names the document.
    expect(await page.getByTestId('reader-symbol').textContent()).toBe('A/RES/80/173');
    const trail = page.getByRole('navigation', { name: en.reader_trailLabel!.message });
    expect((await trail.textContent())?.replace(/\s+/g, ' ')).toMatch(/^A\/RES\/76\/186 RU›?A\/RES\/80\/173 RU$/);

    await page.goBack();
    await waitForLinks(page);
    await expect.poll(() => scrollTop(page), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(Math.abs((await scrollTop(page)) - before)).toBeLessThanOrEqual(3);

    await page.keyboard.press('Alt+ArrowRight');
    await page.waitForURL(/symbol=A\/RES\/64\/293/);
    await waitForLinks(page);
    await page.getByTestId('reader-back').click();
    await page.waitForURL(/symbol=A\/RES\/76\/186/);
    await waitForLinks(page);
    await expect.poll(() => scrollTop(page), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(Math.abs((await scrollTop(page)) - before)).toBeLessThanOrEqual(3);

    // A step of the trail goes there through the history, so the place is kept too.
    await page.getByTestId('reader-forward').click();
    await page.waitForURL(/symbol=A\/RES\/64\/293/);
    await waitForLinks(page);
    await page
      .getByRole('link', { name: /A\/RES\/76\/186/ })
      .first()
      .click();
    await page.waitForURL(/symbol=A\/RES\/76\/186/);
    await waitForLinks(page);
    await expect.poll(() => scrollTop(page), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(Math.abs((await scrollTop(page)) - before)).toBeLessThanOrEqual(3);
  });

  it('switches the language in one click, keeping the page and the history entry', async () => {
    serveUnDocument(server, { symbol: 'A/RES/76/186', lang: 'en', pdf: A_RES_76_186 });
    const page = await openReader('?symbol=A/RES/76/186&lang=ru');
    await waitForLinks(page);
    const historyLength = await page.evaluate(() => history.length);
    await scrollToPage(page, 5, 20);
    await expect
      .poll(() => page.locator('.lang-switch a[data-lang="en"]').getAttribute('href'))
      .toBe('reader.html?symbol=A/RES/76/186&lang=en&page=5');
    await page.locator('.lang-switch a[data-lang="en"]').click();
    await page.waitForURL(/lang=en&page=5$/);
    await page.locator('.page[data-page-number="5"] .textLayer span[role="presentation"]').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => pageAtTop(page)).toBe(5);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(await page.locator('.lang-switch [aria-current="true"]').textContent()).toContain('EN');
  });

  it('opens a cited document at its pinpoint, and says so quietly when it is not there', async () => {
    const page = await openReader('?symbol=A/RES/76/186&lang=ru&pinpoint=para.%2015');
    await waitForLinks(page);
    const status = page.getByRole('status').and(page.getByTestId('reader-status'));
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain(message('reader_pinpointFound', 'para. 15'));
    expect(await pageAtTop(page)).toBe(11);

    const missing = await openReader('?symbol=A/RES/76/186&lang=ru&pinpoint=annex%20III');
    await waitForLinks(missing);
    await expect
      .poll(() => missing.getByRole('status').and(missing.getByTestId('reader-status')).textContent(), { timeout: 30_000 })
      .toContain(message('reader_pinpointNotFound', 'annex III'));
    expect(await pageAtTop(missing)).toBe(1);
    expect(await scrollTop(missing)).toBeLessThan(20);
  });

  it('leaves for the original PDF through the background, without coming back to the reader', async () => {
    const { pdfUrl } = serveUnDocument(server, { symbol: 'A/RES/76/186', lang: 'ru', pdf: A_RES_76_186 });
    const page = await openReader('?symbol=A/RES/76/186&lang=ru');
    await waitForLinks(page);
    expect(await page.getByTestId('reader-open-original').getAttribute('href')).toBe('https://undocs.org/ru/A/RES/76/186');
    await page.getByTestId('reader-open-original').click();
    await page.waitForURL((url) => url.href.startsWith(pdfUrl), { timeout: 20_000 });
  });
});

describe('when a document cannot be opened', () => {
  async function expectFailure(query: string, kind: string, text: string) {
    const page = await openReader(query);
    const failure = page.getByTestId('reader-failure');
    await failure.waitFor({ timeout: 30_000 });
    expect(await failure.getAttribute('data-failure')).toBe(kind);
    expect(await failure.getByRole('heading').textContent()).toBe(en.reader_errorHeading!.message);
    expect(await failure.textContent()).toContain(text);
    return { page, failure };
  }

  it('says the UN has no such document (404), with the original to try', async () => {
    serveUnFailure(server, 'A/RES/99/999', 'en', { kind: 'not-found' });
    const { failure } = await expectFailure('?symbol=A/RES/99/999&lang=en', 'not-found', message('reader_errorNotFound', 'A/RES/99/999'));
    expect(await failure.getByRole('link', { name: en.reader_tryOriginal!.message }).getAttribute('href')).toBe(
      'https://undocs.org/en/A/RES/99/999',
    );
  });

  it('says a document is not published yet (an empty 200)', async () => {
    serveUnFailure(server, 'A/RES/80/999', 'fr', { kind: 'not-published' });
    await expectFailure('?symbol=A/RES/80/999&lang=fr', 'not-published', message('reader_errorNotPublished', 'A/RES/80/999'));
  });

  it('says the server sent a web page instead of the PDF', async () => {
    serveUnFailure(server, 'A/RES/80/998', 'es', { kind: 'html' });
    await expectFailure('?symbol=A/RES/80/998&lang=es', 'not-a-pdf', message('reader_errorNotAPdf'));
  });

  it('says the server failed (HTTP 503)', async () => {
    serveUnFailure(server, 'A/RES/80/997', 'en', { kind: 'http-error', status: 503 });
    await expectFailure('?symbol=A/RES/80/997&lang=en', 'http-error', message('reader_errorHttp', '503'));
  });

  it('says the server did not answer in time', async () => {
    cleanups.push(serveUnFailure(server, 'A/RES/80/996', 'en', { kind: 'slow', delayMs: 60_000 }));
    await expectFailure('?symbol=A/RES/80/996&lang=en', 'timeout', message('reader_errorTimeout'));
  });

  it('says the network failed (the connection dropped)', async () => {
    serveUnFailure(server, 'A/RES/80/995', 'en', { kind: 'reset' });
    await expectFailure('?symbol=A/RES/80/995&lang=en', 'network', message('reader_errorNetwork'));
  });

  it("fetches documents without the reader's cookies, and refuses a redirect off the UN document hosts", async () => {
    await browser.context.addCookies([
      { name: 'session', value: 'secret', domain: 'documents.un.org', path: '/', secure: true, sameSite: 'Strict' },
    ]);
    serveUnFailure(server, 'A/RES/80/994', 'en', { kind: 'redirect', location: 'https://not-un.example/forged.pdf' });
    await expectFailure('?symbol=A/RES/80/994&lang=en', 'network', message('reader_errorNetwork'));
    const asked = server.requests.filter((r) => r.url.includes('/api/symbol/access'));
    expect(asked.length).toBeGreaterThan(0);
    for (const request of asked) expect(request.cookie).toBeUndefined();
    // The browser held the redirect to the extension's connect-src: the forged file was never asked for.
    expect(server.requests.filter((r) => r.url.includes('not-un.example'))).toEqual([]);
  });

  it('says what is wrong with a malformed reader address', async () => {
    await expectFailure('?symbol=not%20a%20symbol', 'address', message('reader_errorAddress'));
  });

  it('opens a scanned PDF without text and says citations cannot be found in it', async () => {
    serveUnFailure(server, 'A/RES/1/1', 'en', { kind: 'pdf', pdf: blankPdf() });
    const page = await openReader('?symbol=A/RES/1/1&lang=en');
    await page.locator('.page canvas').first().waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.getByRole('status').and(page.getByTestId('reader-status')).textContent(), { timeout: 30_000 })
      .toContain(message('reader_noTextLayer'));
    expect(await page.getByTestId('reader-failure').count()).toBe(0);
    expect(await page.title()).toMatch(/^A\/RES\/1\/1 — /);
  });
});

describe('the reader refuses what a foreign page could abuse', () => {
  it("does not run inside another site's frame, and offers its own tab instead", async () => {
    const readerUrl = `chrome-extension://${browser.extensionId}/reader.html?symbol=A/RES/76/186&lang=ru`;
    server.route('not-un.example', '/framing.html', () => ({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: `<!doctype html><title>framing</title><iframe id="f" src="${readerUrl}" width="800" height="400"></iframe>`,
    }));
    const page = await browser.context.newPage();
    await page.goto('https://not-un.example/framing.html');
    const frame = page.frameLocator('#f');
    await expect(frame.locator('.reader-framed').textContent({ timeout: 15_000 })).resolves.toContain(message('reader_framed'));
    await expect(frame.locator('.reader-framed a').getAttribute('href')).resolves.toBe(readerUrl);
    expect(await frame.locator('#viewer a[data-symbol]').count()).toBe(0);
  });

  it('reads src only in the shapes the redirect produces: no other UN page, no userinfo, no port', async () => {
    for (const src of [
      'https://not-un.example/any.pdf',
      'https://www.un.org/hostile',
      'https://user@documents.un.org/doc/undoc/x.pdf',
      'https://documents.un.org:443/doc/undoc/x.pdf',
    ]) {
      const page = await openReader(`?src=${src}`);
      await expect(page.locator('#reader-failure').textContent({ timeout: 15_000 })).resolves.toContain(message('reader_errorAddress'));
      await page.close();
    }
    expect(server.requests.filter((r) => r.url.startsWith('https://www.un.org/') || r.url.includes('not-un.example'))).toEqual([]);
  });
});
