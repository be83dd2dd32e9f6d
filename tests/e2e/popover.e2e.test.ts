/**
 * The citation popover in real Chromium, with the fixture server standing in for the UN Digital
 * Library (records, a 202 challenge, a slow answer, a failure) and documents.un.org: hover and
 * keyboard focus open the card with the right title and vote, Escape closes it and gives focus
 * back, a citation without a symbol says what it is, and the offline catalogue answers alone.
 * Each test has a fresh browser: the Library back-off and the IndexedDB cache must not leak.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser, LaunchOptions } from './helpers/browser';
import { enMessage } from './helpers/en-messages';
import type { FixtureResponse, FixtureServer } from './helpers/fixture-server';
import { useBrowserPerTest } from './helpers/suite';
import { serveUnDocument } from './helpers/un-sites';
import { toAnnotationCollection } from '../../lib/notes/web-annotation';
import type { Note } from '../../lib/notes/types';

const undl = (name: string) => readFileSync(new URL(`../fixtures/metadata/undl/${name}`, import.meta.url), 'utf8');

let server: FixtureServer;
let browser: ExtensionBrowser;

const launch = useBrowserPerTest((started) => (server = started));

/** The Library's search answers `answer(symbol)`; counts the requests. */
function library(answer: (symbol: string) => FixtureResponse | Promise<FixtureResponse>): { requests: string[] } {
  const requests: string[] = [];
  server.route('digitallibrary.un.org', '/search', async ({ url }) => {
    const symbol = /191__a:"([^"]+)"/.exec(url.searchParams.get('p') ?? '')?.[1] ?? '';
    requests.push(symbol);
    return answer(symbol);
  });
  return { requests };
}

const xml = (body: string): FixtureResponse => ({ headers: { 'content-type': 'application/xml; charset=utf-8' }, body });
const CHALLENGE: FixtureResponse = { status: 202, headers: { 'content-type': 'text/html' }, body: undl('challenge.html') };

async function openReader(query: string, options: LaunchOptions = {}): Promise<Page> {
  browser = await launch(options);
  const page = await browser.openReader(query);
  await page.locator('#viewer a[data-symbol]').first().waitFor({ timeout: 30_000 });
  return page;
}

const card = (page: Page) => page.locator('[data-resolute="popover"]');

/** Scrolls the reader down until `selector` is on a rendered page (pdf.js renders pages lazily). */
async function findCitation(page: Page, selector: string) {
  const citation = page.locator(selector).first();
  for (let step = 0; step < 60 && (await citation.count()) === 0; step++) {
    await page.evaluate(() => document.getElementById('viewer-container')!.scrollBy(0, 600));
    await page.waitForTimeout(150);
  }
  await citation.scrollIntoViewIfNeeded();
  return citation;
}

describe('citation popover in the reader', () => {
  it('opens on hover with the Library record: title in the reading language, without a vote', async () => {
    const lib = library((symbol) => xml(symbol === 'A/RES/64/293' ? undl('a-res-64-293.xml') : undl('empty.xml')));
    const page = await openReader('?symbol=A/RES/76/186&lang=ru');
    const citation = page.locator('#viewer a[data-symbol="A/RES/64/293"]').first();
    await citation.scrollIntoViewIfNeeded();
    await citation.hover();
    await expect.poll(() => card(page).getAttribute('data-symbol'), { timeout: 15_000 }).toBe('A/RES/64/293');
    await expect
      .poll(() => card(page).locator('[data-part="title"]').textContent(), { timeout: 20_000 })
      .toBe('Глобальный план действий Организации Объединенных Наций по борьбе с торговлей людьми');
    expect(await card(page).locator('[data-part="vote"]').getAttribute('data-vote')).toBe('without-vote');
    expect(await card(page).locator('[data-part="vote"]').textContent()).toBe(enMessage('popover_withoutVote'));
    expect(await card(page).locator('[data-part="source"]').textContent()).toContain(enMessage('popover_sourceLibrary'));
    expect(await citation.getAttribute('aria-expanded')).toBe('true');
    expect(await card(page).locator('[data-action="library"]').getAttribute('href')).toBe('https://digitallibrary.un.org/record/686994');
    expect(lib.requests).toEqual(['A/RES/64/293']);
    // Leaving closes it after the grace period; only one card ever exists.
    await page.mouse.move(5, 5);
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(0);
    expect(await citation.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens on keyboard focus, Alt+Down moves into it, Escape closes it and focus returns', async () => {
    library((symbol) => xml(symbol === 'A/RES/64/293' ? undl('a-res-64-293.xml') : undl('empty.xml')));
    const page = await openReader('?symbol=A/RES/76/186&lang=ru');
    const citation = page.locator('#viewer a[data-symbol="A/RES/64/293"]').first();
    await citation.focus();
    await card(page).waitFor({ timeout: 5_000 });
    expect(await citation.getAttribute('aria-describedby')).toBe('resolute-popover-hint');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-resolute'))).toBe('popover-host');
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.symbol)).toBe('A/RES/64/293');
  });

  it('says what a citation without a symbol is, with a Library search', async () => {
    library(() => xml(undl('empty.xml')));
    const page = await openReader('?symbol=A/RES/76/186&lang=ru');
    const citation = await findCitation(page, '#viewer [data-citation-body="CCPCJ"][aria-label]');
    await citation.hover();
    await card(page).waitFor({ timeout: 5_000 });
    const text = await card(page).locator('[data-part="no-symbol"]').textContent();
    expect(text).toBe('Resolution 27/2 (Commission on Crime Prevention and Criminal Justice) has no document symbol of its own.');
    expect(await card(page).locator('[data-action="library-search"]').getAttribute('href')).toMatch(
      /^https:\/\/digitallibrary\.un\.org\/search\?p=/,
    );
  });

  it('shows the offline catalogue at once while the Library is slow, and keeps it when the Library fails', async () => {
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    library(async () => {
      await slow;
      return { status: 500, body: 'down' };
    });
    const page = await openReader('?symbol=A/RES/80/173&lang=ru');
    const citation = page.locator('#viewer a[data-symbol="A/RES/79/323"]').first();
    await citation.scrollIntoViewIfNeeded();
    await citation.hover();
    await expect.poll(() => card(page).locator('[data-part="title"]').textContent(), { timeout: 10_000 }).toBe('Sevilla Commitment');
    expect(await card(page).locator('[data-part="vote"]').getAttribute('data-vote')).toBe('158-2-1');
    expect(await card(page).locator('[data-part="source"]').textContent()).toContain(enMessage('popover_sourceCatalogue'));
    release();
    await expect
      .poll(() => card(page).locator('[data-part="source"]').textContent(), { timeout: 20_000 })
      .not.toContain(enMessage('popover_loadingMore'));
    expect(await card(page).locator('[data-part="title"]').textContent()).toBe('Sevilla Commitment');
  });

  it('says plainly when the Library answers with a bot challenge', async () => {
    library(() => CHALLENGE);
    // The document itself is behind the same check.
    server.route('documents.un.org', '/api/symbol/access', () => CHALLENGE);
    const page = await openReader('?symbol=A/RES/76/186&lang=ru');
    const citation = page.locator('#viewer a[data-symbol="A/RES/64/293"]').first();
    await citation.scrollIntoViewIfNeeded();
    await citation.hover();
    await expect.poll(() => card(page).locator('[data-state]').getAttribute('data-state'), { timeout: 20_000 }).toBe('challenge');
    expect(await card(page).locator('[data-state]').textContent()).toBe(enMessage('popover_challenge'));
  });

  it('reads the cited document itself when the catalogue and the Library have nothing: its operative paragraphs', async () => {
    library(() => xml(undl('empty.xml')));
    // documents.un.org serves a real resolution's PDF under the cited symbol: the seed E/RES/2022/14
    // (the seeds cite no other bundled document), whose operative part starts on page 5.
    serveUnDocument(server, {
      symbol: 'A/RES/64/293',
      lang: 'ru',
      pdf: readFileSync(new URL('../../assets/samples/e-res-2022-14.ru.pdf', import.meta.url)),
    });
    const page = await openReader('?symbol=A/RES/76/186&lang=ru');
    const citation = page.locator('#viewer a[data-symbol="A/RES/64/293"]').first();
    await citation.scrollIntoViewIfNeeded();
    await citation.hover();
    await expect
      .poll(() => card(page).locator('[data-part="source"]').textContent(), { timeout: 45_000 })
      .toContain(enMessage('popover_sourceDocument'));
    const summary = card(page).locator('[data-part="summary"]');
    await summary.waitFor({ timeout: 10_000 });
    // The seed's first operative paragraph: "1. призывает государства-члены …".
    expect(await summary.textContent()).toContain('призывает государства-члены');
    // Its title line says 2022/14, not 64/293: no title is taken from a document that is not the one cited.
    expect(await card(page).locator('[data-part="title"]').textContent()).toBe(enMessage('popover_untitled'));
  });

  it('opens on a tap on a touch screen (dark scheme), and a second tap closes it', async () => {
    library(() => xml(undl('empty.xml')));
    const page = await openReader('?symbol=A/RES/80/173&lang=ru', { hasTouch: true, colorScheme: 'dark' });
    const citation = page.locator('#viewer a[data-symbol="A/RES/79/323"]').first();
    await citation.scrollIntoViewIfNeeded();
    await citation.tap();
    await expect.poll(() => card(page).locator('[data-part="title"]').textContent(), { timeout: 10_000 }).toBe('Sevilla Commitment');
    // The tap showed the card instead of following the link.
    expect(page.url()).toContain('symbol=A/RES/80/173');
    // The card is drawn in dark colours when the page is dark.
    const background = await page.evaluate(() => {
      const host = document.querySelector('[data-resolute="popover-host"]');
      const inner = host?.shadowRoot?.querySelector('[data-resolute="popover"]') ?? document.querySelector('[data-resolute="popover"]');
      return inner === null || inner === undefined ? '' : getComputedStyle(inner).backgroundColor;
    });
    const [r, g, b] = (background.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
    expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(3 * 128);
    await citation.tap();
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(0);
  });
});

describe('your notes in the popover', () => {
  it('shows the reader’s own notes on the cited document, as text, with the way to all of them', async () => {
    library((symbol) => xml(symbol === 'A/RES/64/293' ? undl('a-res-64-293.xml') : undl('empty.xml')));
    browser = await launch();
    // A note on the cited document (as if made while reading it), imported through the real page.
    const note: Note = {
      id: '8d2f1c9e-4b7a-4c3e-9f1d-2a6b5c4d3e21',
      doc: { kind: 'symbol', symbol: 'A/RES/64/293', lang: 'ru' },
      docKey: 'symbol:A/RES/64/293',
      selectors: [{ type: 'TextQuoteSelector', exact: 'Глобальный план действий', prefix: '', suffix: '' }],
      text: 'Check <b>para 3</b> against our position',
      colour: 'green',
      tags: ['trafficking'],
      created: '2026-11-01T10:00:00.000Z',
      updated: '2026-11-02T10:00:00.000Z',
      revision: 2,
    };
    const notesPage = await browser.context.newPage();
    await notesPage.goto(`chrome-extension://${browser.extensionId}/notes.html`);
    await notesPage.locator('[data-testid="notes-import"]').setInputFiles({
      name: 'notes.jsonld',
      mimeType: 'application/ld+json',
      buffer: Buffer.from(JSON.stringify(toAnnotationCollection([note]))),
    });
    await expect.poll(() => notesPage.locator('[data-testid="notes-import-result"]').getAttribute('data-outcome')).toBe('imported');

    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`chrome-extension://${browser.extensionId}/reader.html?symbol=A/RES/76/186&lang=ru`);
    const citation = page.locator('#viewer a[data-symbol="A/RES/64/293"]').first();
    await citation.waitFor({ timeout: 30_000 });
    await citation.scrollIntoViewIfNeeded();
    await citation.hover();
    const notes = card(page).locator('[data-part="notes"]');
    await expect.poll(() => notes.count(), { timeout: 15_000 }).toBe(1);
    // The note's text as text: the tags in it are characters, not markup.
    expect(await notes.textContent()).toContain('Check <b>para 3</b> against our position');
    expect(await notes.locator('b').count()).toBe(0);
    const href = await notes.locator('[data-action="notes-page"]').getAttribute('href');
    expect(href).toContain('notes.html');
    expect(decodeURIComponent(href ?? '')).toContain('symbol:A/RES/64/293');
    // Moving away closes the card.
    await page.mouse.move(5, 5);
    await expect.poll(() => card(page).count(), { timeout: 10_000 }).toBe(0);
  });
});
