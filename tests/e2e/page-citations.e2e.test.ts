/**
 * Citations on HTML pages (ADR 0015), in real Chromium with the built extension, on fixture pages
 * in the shape of the real sites (tests/fixtures/sites/, SOURCES.md): citations are found and
 * linked with `data-symbol` (split across inline elements too), the page's links to UN document
 * sites carry the citation of their address, nothing is linked inside form fields, code,
 * editable or hidden regions, the popover opens on hover and on keyboard focus, a single-page
 * app's later text is linked, and switching the site off restores the page exactly (same
 * serialisation, same Text objects, same layout).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './helpers/browser';
import { bodySinceRecord, recordBody } from './helpers/page-body';
import { useExtensionBrowser } from './helpers/suite';
import { setSiteChoices as setSiteChoicesIn } from './helpers/site-choices';

let browser: ExtensionBrowser;

useExtensionBrowser((started) => ({ browser } = started));

const scanDone = (page: Page) => page.waitForSelector('html[data-resolute-scan="done"]', { state: 'attached', timeout: 20_000 });

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  await scanDone(page);
  return page;
}

/** The symbols of Resolute's citation wrappers (not the page's marked links), in page order. */
const wrapped = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.resolute-citation:not([data-resolute-link])')].map((e) => e.getAttribute('data-symbol')),
  );
/** The page's own links that got a citation from their address. */
const markedLinks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('a[data-resolute-link]')].map((a) => [a.getAttribute('href'), a.getAttribute('data-symbol')]),
  );

const setSiteChoices = (choices: Record<string, boolean>) => setSiteChoicesIn(browser, choices);

const card = (page: Page) => page.locator('[data-resolute="popover"]');

describe('citations on HTML pages', () => {
  it('links a Digital Library record, with the record symbol as the page context', async () => {
    const page = await open('https://digitallibrary.un.org/record/3953797?ln=en');
    const symbols = await wrapped(page);
    // "в ее резолюции 64/293" (its resolution) resolves through the record's symbol: a GA resolution.
    expect(symbols).toEqual(expect.arrayContaining(['A/RES/64/293', 'A/RES/61/180', 'A/RES/64/178', 'A/RES/72/195', 'A/RES/74/176']));
    // The record's own access link to undocs.org carries the citation of its address.
    expect(await markedLinks(page)).toContainEqual(['https://undocs.org/ru/A/RES/76/186', 'A/RES/76/186']);
    // The search field is never touched.
    expect(await page.inputValue('#search')).toBe('A/RES/64/293');
    await page.close();
  });

  it('links a press release, citations split by <em> and <strong> included', async () => {
    const page = await open('https://press.un.org/en/2015/sc11974.doc.htm');
    const symbols = await wrapped(page);
    expect(symbols).toEqual(
      expect.arrayContaining(['S/RES/1958(2010)', 'S/RES/2334(2016)', 'S/RES/2206(2015)', 'S/RES/2374(2017)', 'S/RES/2231(2015)']),
    );
    // "<em>resolution</em> 2206 (2015)": one citation in two elements sharing one id.
    const parts = await page.evaluate(() =>
      [...document.querySelectorAll('[data-symbol="S/RES/2206(2015)"]')].map((e) => [e.textContent, e.getAttribute('data-citation-id')]),
    );
    expect(parts.map(([text]) => text)).toEqual(['resolution', ' 2206 (2015)']);
    expect(new Set(parts.map(([, id]) => id)).size).toBe(1);
    // Wrappers lead to the reader.
    const href = await page.getAttribute('a[data-symbol="S/RES/1958(2010)"]', 'href');
    // The public address (the redirect rules open it in the reader), never the extension's own.
    expect(href).toBe('https://undocs.org/en/S/RES/1958(2010)');
    await page.close();
  });

  it('links a research guide table and its links to documents.un.org and undocs.org', async () => {
    const page = await open('https://research.un.org/en/docs/sc/resolutions.html');
    expect(await wrapped(page)).toEqual(
      expect.arrayContaining(['A/RES/11(I)', 'S/RES/955(1994)', 'S/INF/19/Rev.1/Add.1', 'S/RES/1(1946)']),
    );
    expect(await markedLinks(page)).toEqual(
      expect.arrayContaining([
        ['https://undocs.org/S/26695', 'S/26695'],
        ['https://documents.un.org/api/symbol/access?s=S/INF/70&l=en&t=pdf', 'S/INF/70'],
      ]),
    );
    // A citation in a table cell is wrapped inside its cell.
    expect(await page.evaluate(() => document.querySelector('td > a[data-symbol="S/RES/955(1994)"]') !== null)).toBe(true);
    await page.close();
  });

  it('gives undocs.org links of an article the popover, and links nothing in fields, code, editable or hidden text', async () => {
    const page = await open('https://www.un.org/en/page-fixtures/undocs-links.html');
    expect(await markedLinks(page)).toEqual([
      ['https://undocs.org/en/A/RES/64/293', 'A/RES/64/293'],
      ['https://docs.un.org/en/A/RES/76/186', 'A/RES/76/186'],
      ['https://undocs.org/S/RES/2331(2016)', 'S/RES/2331(2016)'],
      ['https://documents.un.org/api/symbol/access?s=A/76/263&l=en&t=pdf', 'A/76/263'],
    ]);
    // Text inside those links is theirs: no second citation inside them; the plain-text one is linked.
    expect(await wrapped(page)).toEqual(['S/RES/2388(2017)']);
    const inside = await page.evaluate(() => ({
      excluded: document.querySelectorAll(
        'pre .resolute-citation, code .resolute-citation, [contenteditable] .resolute-citation, [hidden] .resolute-citation, p[aria-hidden="true"] .resolute-citation, .comments .resolute-citation',
      ).length,
      textarea: (document.getElementById('reply') as HTMLTextAreaElement).value,
      input: (document.getElementById('quick') as HTMLInputElement).value,
    }));
    expect(inside).toEqual({ excluded: 0, textarea: 'See resolution 2388 (2017)', input: 'A/RES/76/186' });
    // The page's rule `article a { padding; border; bold }` does not reach the wrapper: it looks like its text.
    const look = await page.evaluate(() => {
      const wrapper = document.querySelector('a.resolute-citation:not([data-resolute-link])')!;
      const style = getComputedStyle(wrapper);
      const parent = getComputedStyle(wrapper.parentElement!);
      return {
        padding: style.paddingLeft,
        border: style.borderBottomWidth,
        weight: style.fontWeight === parent.fontWeight,
        display: style.display,
      };
    });
    expect(look).toEqual({ padding: '0px', border: '0px', weight: true, display: 'inline' });

    // Hover opens the card; Escape closes it.
    await page.locator('a[data-symbol="S/RES/2388(2017)"]').first().hover();
    await card(page).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(0);
    // Keyboard focus on the page's own undocs.org link opens the card too.
    await page.locator('a[href="https://undocs.org/S/RES/2331(2016)"]').focus();
    await card(page).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('links Arabic citations written in presentation forms, each wrapper over the characters as the page has them', async () => {
    const page = await open('https://www.un.org/ar/page-fixtures/presentation-forms.html');
    expect(await wrapped(page)).toEqual(['A/RES/76/186', 'S/RES/2331(2016)']);
    const wrappers = await page.evaluate(() =>
      [...document.querySelectorAll('.resolute-citation')].map((e) => ({ text: e.textContent, paragraph: e.closest('p')!.textContent })),
    );
    // The wrappers hold the page's own characters (ﺍﻟﻘﺮﺍﺭ, ﻗﺮﺍﺭ ﻣﺠﻠﺲ ﺍﻷﻣﻦ with its lam-alef), which read as the citation.
    expect(wrappers.map((w) => w.text.normalize('NFKC'))).toEqual(['القرار 76/186', 'قرار مجلس الأمن 2331 (2016)']);
    expect(wrappers.every((w) => /[\uFE70-\uFEFC]/.test(w.text))).toBe(true);
    // The paragraph's text is unchanged: nothing folded on the page itself.
    expect(wrappers[1]!.paragraph).toBe(
      '\uFEED\uFE97\uFEB8\uFEF4\uFEAE \uFE87\uFEDF\uFEF0 \uFED7\uFEAE\uFE8D\uFEAD \uFEE3\uFEA0\uFEE0\uFEB2 \uFE8D\uFEF7\uFEE3\uFEE6 2331 (2016).',
    );
    await page.close();
  });

  it('puts no stylesheet of its own on the page: the page’s elements keep their look', async () => {
    const page = await open('https://press.un.org/en/2015/sc11974.doc.htm');
    const look = await page.evaluate(() => {
      // Elements the page might well have, named like Resolute's own UI classes and attributes.
      const probe = document.createElement('div');
      probe.className = 'note-editor mark-toolbar';
      probe.dataset.colour = 'yellow';
      document.body.append(probe);
      const style = getComputedStyle(probe);
      const result = {
        rootVariable: getComputedStyle(document.documentElement).getPropertyValue('--note-yellow'),
        colourVariable: style.getPropertyValue('--note-colour'),
        border: style.borderTopWidth,
        display: style.display,
      };
      probe.remove();
      return result;
    });
    expect(look).toEqual({ rootVariable: '', colourVariable: '', border: '0px', display: 'block' });
    await page.close();
  });

  it('opening a page link to undocs.org, or a citation, goes to the reader (ADR 0007)', async () => {
    const page = await open('https://www.un.org/en/page-fixtures/undocs-links.html');
    await page.click('a[href="https://undocs.org/S/RES/2331(2016)"]');
    await page.waitForURL(/^chrome-extension:\/\/[a-z]+\/reader\.html\?symbol=S\/RES\/2331\(2016\)/, { timeout: 10_000 });
    await page.goBack();
    await scanDone(page);
    await page.click('a.resolute-citation[data-symbol="S/RES/2388(2017)"]');
    await page.waitForURL(/^chrome-extension:\/\/[a-z]+\/reader\.html\?symbol=S\/RES\/2388\(2017\)&lang=en/, { timeout: 10_000 });
    await page.close();
  });

  it('follows a single-page app: text that arrives later (timer, fetch, infinite list) is linked', async () => {
    const page = await open('https://news.un.org/en/live/');
    await page.waitForSelector('html[data-fixture-list-done][data-fixture-fetched]', { state: 'attached', timeout: 10_000 });
    await expect
      .poll(() => wrapped(page), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['S/RES/2206(2015)', 'S/RES/1958(2010)', 'S/RES/2301(2016)', 'S/RES/2310(2016)']));
    expect(await markedLinks(page)).toContainEqual(['https://undocs.org/en/S/RES/2334(2016)', 'S/RES/2334(2016)']);
    // Each item is linked once (no wrapper inside a wrapper).
    expect(await page.evaluate(() => document.querySelectorAll('.resolute-citation .resolute-citation').length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('[data-symbol="S/RES/2310(2016)"]').length)).toBe(1);
    await page.close();
  });

  it('switching the site off restores the page exactly, and on again links it again', async () => {
    await setSiteChoices({ 'www.un.org': false });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto('https://www.un.org/en/page-fixtures/undocs-links.html', { waitUntil: 'load' });
    // Off: the content script reads the setting and does nothing (no mark on the page either).
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-resolute-ready'))).toBe(false);
    // The page as it is without Resolute: its serialisation, its Text objects, its layout.
    const paragraphBoxes = () =>
      page.evaluate(() => [...document.querySelectorAll('article p')].map((p) => JSON.stringify(p.getBoundingClientRect())));
    const before = { html: await recordBody(page), boxes: await paragraphBoxes() };
    expect(before.html).not.toContain('resolute-citation');

    await setSiteChoices({});
    await scanDone(page);
    expect(await wrapped(page)).toEqual(['S/RES/2388(2017)']);
    // Linking moved nothing.
    expect(await paragraphBoxes()).toEqual(before.boxes);
    // Open the card once, so the popover's own changes are taken back too.
    await page.locator('a[href="https://undocs.org/S/RES/2331(2016)"]').focus();
    await card(page).waitFor({ timeout: 10_000 });

    await setSiteChoices({ 'www.un.org': false });
    await page.waitForSelector('html:not([data-resolute-scan])', { state: 'attached', timeout: 10_000 });
    const after = await bodySinceRecord(page);
    expect(after).toEqual({ html: before.html, sameTexts: true, styles: 0 });

    await setSiteChoices({});
    await scanDone(page);
    expect(await wrapped(page)).toEqual(['S/RES/2388(2017)']);
    await page.close();
  });
});
