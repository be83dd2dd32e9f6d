/**
 * The reader on the PDFs the UN really publishes (tests/fixtures/un-pdfs): the real English
 * A/RES/80/173 bundled and opened offline, the language switch to the Russian one and back, the
 * document known by its masthead whatever the address said, the UN's "document does not exist"
 * PDF shown as not found, and an image-only scan that says citations cannot be found in it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './helpers/browser';
import type { FixtureServer } from './helpers/fixture-server';
import { useExtensionBrowser } from './helpers/suite';
import { jumpThroughEntry } from './helpers/panel-jumps';
import { REAL_PDFS_WITH_TEXT, citationsOnPage, scanOf, showPage } from './helpers/real-pdfs';
import { enMessage as message } from './helpers/en-messages';
import { serveUnDocument } from './helpers/un-sites';

const unPdf = (name: string) => readFileSync(new URL(`../fixtures/un-pdfs/${name}`, import.meta.url));

let server: FixtureServer;
let browser: ExtensionBrowser;

useExtensionBrowser((started) => ({ server, browser } = started), { freshTabs: true });

const openReader = (query: string): Promise<Page> => browser.openReader(query);

const scanDone = (page: Page) => page.locator('html[data-resolute-scan="done"]').waitFor({ state: 'attached', timeout: 60_000 });
const header = async (page: Page) => ({
  symbol: await page.getByTestId('reader-symbol').textContent(),
  title: await page.getByTestId('reader-title').textContent(),
  citations: await page.getByTestId('reader-citation-count').getAttribute('data-count'),
});

describe('the real A/RES/80/173, bundled', () => {
  it('opens the English text as the UN publishes it, offline, with the 21 citations scan finds', async () => {
    const page = await openReader('?symbol=A/RES/80/173&lang=en');
    await scanDone(page);
    expect(await header(page)).toEqual({
      symbol: 'A/RES/80/173',
      title:
        'Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society',
      // Scan finds 42 with the resolution's 21 mentions of itself, which are not what it cites.
      citations: '21',
    });
    expect(await page.locator('.page').count()).toBe(20);
    expect(server.requests).toEqual([]);
  });

  it('switches to the Russian version and back, offline, on the same document', async () => {
    const page = await openReader('?symbol=A/RES/80/173&lang=en');
    await scanDone(page);
    await page.locator('.lang-switch a[data-lang="ru"]').click();
    await page.waitForURL(/symbol=A\/RES\/80\/173&lang=ru/);
    await scanDone(page);
    await expect.poll(() => page.getByTestId('reader-title').textContent()).toMatch(/^Итоговый документ совещания высокого уровня/);
    expect(await page.getByTestId('reader-symbol').textContent()).toBe('A/RES/80/173');
    // The seed is laid out from the UN's text without Markdown: no `[70/125](#)` on the page.
    expect(await page.locator('#viewer').textContent()).not.toMatch(/\]\(#\)/);
    await page.locator('.lang-switch a[data-lang="en"]').click();
    await page.waitForURL(/symbol=A\/RES\/80\/173&lang=en/);
    await scanDone(page);
    expect((await header(page)).citations).toBe('21');
    expect(server.requests).toEqual([]);
  });

  it('bundles the documents it cites, so they open offline too', async () => {
    for (const [symbol, title] of [
      ['A/RES/79/1', 'The Pact for the Future'],
      [
        'A/RES/79/277',
        'Modalities for the overall review by the General Assembly of the implementation of the outcomes of the World Summit on the Information Society',
      ],
      ['A/RES/79/323', 'Sevilla Commitment'],
      ['A/RES/78/213', 'Promotion and protection of human rights in the context of digital technologies'],
      ['A/80/L.41', 'Draft resolution submitted by the President of the General Assembly'],
    ]) {
      const page = await openReader(`?symbol=${symbol}&lang=en`);
      await page.locator('.page canvas').first().waitFor({ timeout: 60_000 });
      await expect.poll(() => page.getByTestId('reader-title').textContent(), { timeout: 30_000 }).toBe(title);
      await page.close();
    }
    expect(server.requests).toEqual([]);
  });
});

describe('pinpoints in real documents', () => {
  it('opens A/RES/79/1 at its annex I, and the Compact’s paragraph 8 inside it', async () => {
    const pageAtTop = (page: Page) =>
      page.evaluate(() => {
        const container = document.getElementById('viewer-container')!;
        const pages = [...document.querySelectorAll<HTMLElement>('.page')];
        return Number(pages.filter((p) => p.offsetTop <= container.scrollTop + 5).at(-1)?.dataset.pageNumber ?? 0);
      });
    const annex = await openReader('?symbol=A/RES/79/1&lang=en&pinpoint=annex%20I');
    await expect
      .poll(() => annex.getByRole('status').and(annex.getByTestId('reader-status')).textContent(), { timeout: 60_000 })
      .toContain(message('reader_pinpointFound', 'annex I'));
    // "Annex I" is on page 37 of 56, under the Pact's last paragraph and meeting line.
    expect(await pageAtTop(annex)).toBe(37);
    const paragraph = await openReader('?symbol=A/RES/79/1&lang=en&pinpoint=annex%20I%2C%20para.%208');
    await expect
      .poll(() => paragraph.getByRole('status').and(paragraph.getByTestId('reader-status')).textContent(), { timeout: 60_000 })
      .toContain(message('reader_pinpointFound', 'annex I, para. 8'));
    expect(await pageAtTop(paragraph)).toBe(38);
  });
});

describe('the document knows itself', () => {
  it('is the masthead’s document when the address named another', async () => {
    serveUnDocument(server, { symbol: 'A/RES/1/1', lang: 'en', pdf: unPdf('A_RES_79_277.en.pdf') });
    const page = await openReader('?symbol=A/RES/1/1&lang=en');
    await scanDone(page);
    expect(await page.getByTestId('reader-symbol').textContent()).toBe('A/RES/79/277');
    expect(await page.title()).toMatch(/^A\/RES\/79\/277 — Modalities for the overall review/);
  });

  it('shows a joint symbol whole (header, tab, saved file, copy) and lists and links none of its halves', async () => {
    const joint = REAL_PDFS_WITH_TEXT.find((pdf) => pdf.file === 'A_ES-10_1027-S_2025_173.en.pdf')!;
    serveUnDocument(server, { symbol: 'A/ES-10/1027', lang: 'en', pdf: unPdf(joint.file) });
    const page = await openReader('?symbol=A/ES-10/1027&lang=en');
    await scanDone(page);
    expect(await page.getByTestId('reader-symbol').textContent()).toBe('A/ES-10/1027-S/2025/173');
    expect(await page.title()).toMatch(/^A\/ES-10\/1027-S\/2025\/173 — /);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('reader-save').click()]);
    // As the UN names the file of a joint document.
    expect(download.suggestedFilename()).toBe('A_ES-10_1027-S_2025_173.en.pdf');
    await page.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => write(text).then(() => void (document.documentElement.dataset.copied = text));
    });
    await page.getByTestId('reader-copy').click();
    await page.getByTestId('reader-copy-symbol').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.copied ?? '')).toBe('A/ES-10/1027-S/2025/173');

    // What it cites, as scan lists it: the count, every page's links, and the panel's entries.
    const own = ['A/ES-10/1027', 'S/2025/173'];
    const scanned = await scanOf(joint);
    expect(scanned.length).toBeGreaterThan(0);
    expect(scanned.some((c) => own.includes(c.symbol ?? ''))).toBe(false);
    expect(await header(page)).toMatchObject({ citations: String(scanned.length) });
    const linked: Array<string | null> = [];
    for (let n = 1; n <= joint.pages; n++) {
      await showPage(page, n);
      linked.push(...(await citationsOnPage(page, n)).map((c) => c.symbol));
    }
    expect(linked).toEqual(scanned.map((c) => c.symbol));
    await page.getByTestId('panel-toggle').click();
    const entries = page.locator('[data-resolute="citations"] [data-entry]');
    await entries.first().waitFor();
    const listed = await entries.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.entry!));
    expect(listed.filter((key) => own.includes(key))).toEqual([]);
    // Every listed place is a link on the page: each jump lands on a new element of that document.
    for (const key of listed) {
      const visited = await jumpThroughEntry(page, key);
      expect(visited.length).toBeGreaterThan(0);
      // Acts without a symbol are listed by body and number ("CCPCJ 27/2").
      if (!key.includes(' ')) expect(visited.map((at) => at.symbol)).toEqual(visited.map(() => key));
    }
  });

  it('shows the UN’s “document does not exist” PDF as not found, not as the document', async () => {
    serveUnDocument(server, { symbol: 'A/78/1', lang: 'en', pdf: unPdf('ODS_not_found.en.pdf') });
    const page = await openReader('?symbol=A/78/1&lang=en');
    const failure = page.getByTestId('reader-failure');
    await failure.waitFor({ timeout: 30_000 });
    expect(await failure.getAttribute('data-failure')).toBe('missing-document');
    expect(await failure.textContent()).toContain(message('reader_errorMissingDocument', 'A/78/1'));
    expect(await page.locator('.page canvas').count()).toBe(0);
  });

  it('says citations cannot be found in an image-only scan, and still shows it', async () => {
    serveUnDocument(server, { symbol: 'A/47/60', lang: 'en', pdf: unPdf('A_47_60-S_23329.en.pdf') });
    const page = await openReader('?symbol=A/47/60&lang=en');
    await page.locator('.page canvas').first().waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.getByRole('status').and(page.getByTestId('reader-status')).textContent(), { timeout: 60_000 })
      .toContain(message('reader_noTextLayer'));
    expect(await page.getByTestId('reader-failure').count()).toBe(0);
    expect(await page.locator('.page').count()).toBe(11);
  });
});
