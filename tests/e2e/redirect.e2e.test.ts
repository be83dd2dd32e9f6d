/**
 * Opening UN documents in the reader (ADR 0007), in real Chromium with the built extension and the
 * fixture server playing undocs.org, docs.un.org and documents.un.org with their real redirect
 * chain: which navigations land in the reader and with which address, what is left alone, the
 * setting (from the options page and the popup, by keyboard), and "open the original PDF".
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sendFromExtensionPage, type ExtensionBrowser } from './helpers/browser';
import { useExtensionBrowser } from './helpers/suite';
import type { FixtureServer } from './helpers/fixture-server';
import { serveUnDocument } from './helpers/un-sites';
import { readerRedirectRules } from '../../lib/open-in-reader/reader-rules';

const en = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string }
>;
const SAMPLE = readFileSync(new URL('../../assets/samples/a-res-76-186.ru.pdf', import.meta.url));
const READER_RULE_COUNT = readerRedirectRules('x://y/reader.html').length;

let server: FixtureServer;
let browser: ExtensionBrowser;
/** The PDF's final address on documents.un.org, as the fixture's API redirect writes it. */
let pdfAddress: string;

function reader(query: string): string {
  return `chrome-extension://${browser.extensionId}/reader.html?${query}`;
}

/** How many reader redirect rules are installed, asked from an extension page. */
function readerRuleCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { declarativeNetRequest: { getDynamicRules(): Promise<Array<{ id: number }>> } };
    };
    return (await chrome.declarativeNetRequest.getDynamicRules()).filter((rule) => rule.id < 100).length;
  });
}

function sessionRuleCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { declarativeNetRequest: { getSessionRules(): Promise<unknown[]> } };
    };
    return (await chrome.declarativeNetRequest.getSessionRules()).length;
  });
}

/** Where a new tab ends up after navigating to `url` (redirects followed). */
async function landingOf(url: string): Promise<string> {
  const page = await browser.context.newPage();
  try {
    // Until `load`: closing a tab while Chromium's PDF viewer is still starting can hang the close.
    await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
    return page.url();
  } finally {
    await page.close();
  }
}

/**
 * Sends `open-original` from the reader tab. The background navigates that very tab, so the page
 * may be gone before the answer arrives: then there is no answer to check, only where the tab lands.
 */
async function openOriginalFrom(page: Page, url: string): Promise<unknown> {
  try {
    return await sendFromExtensionPage(page, { type: 'open-original', url });
  } catch (err) {
    if (/context was destroyed|navigat/i.test(String(err))) return 'left before the answer';
    throw err;
  }
}

/** Polls `read` until it gives `expected` (expect.poll is not allowed in hooks). */
async function waitUntil<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (last !== expected) {
    if (Date.now() > deadline) throw new Error(`still ${String(last)} after ${timeoutMs} ms, expected ${String(expected)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
}

/** Flips the setting with the keyboard, as a person would: focus the labelled switch, press Space. */
async function toggleSetting(page: Page, expected: boolean): Promise<void> {
  const toggle = page.getByLabel(en.settings_openInReader!.message);
  await expect.poll(() => toggle.isEnabled()).toBe(true);
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => toggle.isChecked()).toBe(expected);
  await expect.poll(() => readerRuleCount(page)).toBe(expected ? READER_RULE_COUNT : 0);
}

useExtensionBrowser((started) => ({ server, browser } = started));

/** The fixture routes are reset between files only; each test here installs what it reads. */
function serveSample(): void {
  server.reset();
  const { pdfUrl } = serveUnDocument(server, { symbol: 'A/RES/76/186', lang: 'ru', pdf: SAMPLE, jobNumber: 'N2140238' });
  pdfAddress = `${pdfUrl}?token=fixture&fe=true`;
}

describe('with the setting on (the default)', () => {
  beforeAll(async () => {
    serveSample();
    const page = await browser.openExtensionPage('options.html');
    await waitUntil(() => readerRuleCount(page), READER_RULE_COUNT);
    await page.close();
  });

  it('opens undocs.org/{lang}/{symbol} in the reader, named by symbol and language', async () => {
    expect(await landingOf('https://undocs.org/ru/A/RES/76/186')).toBe(reader('symbol=A/RES/76/186&lang=ru'));
  });

  it('opens docs.un.org/{lang}/{symbol} likewise', async () => {
    expect(await landingOf('https://docs.un.org/ru/A/RES/76/186')).toBe(reader('symbol=A/RES/76/186&lang=ru'));
    expect(await landingOf('https://docs.un.org/en/S/RES/2331(2016)')).toBe(reader('symbol=S/RES/2331(2016)&lang=en'));
  });

  it('opens undocs.org/{symbol} without a language, leaving the language to the reader', async () => {
    expect(await landingOf('https://undocs.org/A/RES/76/186')).toBe(reader('symbol=A/RES/76/186'));
  });

  it('opens the documents.un.org symbol API and PDF files with the URL as src, raw and last', async () => {
    const api = 'https://documents.un.org/api/symbol/access?s=A/RES/76/186&l=ru&t=pdf';
    expect(await landingOf(api)).toBe(reader(`src=${api}`));
    expect(await landingOf(pdfAddress)).toBe(reader(`src=${pdfAddress}`));
  });

  it('redirects before the UN sites are asked: no request leaves for the document', async () => {
    server.requests.length = 0;
    await landingOf('https://undocs.org/ru/A/RES/76/186');
    expect(server.requests.map((r) => r.url)).not.toContain('https://undocs.org/ru/A/RES/76/186');
  });

  it('opens a link clicked on any other site (the reader is web-accessible to every initiator)', async () => {
    server.route('not-un.example', '/links', () => ({
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<!doctype html><a id="doc" href="https://undocs.org/ru/A/RES/76/186">A/RES/76/186</a>',
    }));
    const page = await browser.context.newPage();
    await page.goto('https://not-un.example/links');
    await page.click('#doc');
    await page.waitForURL(reader('symbol=A/RES/76/186&lang=ru'));
    await page.close();
  });

  it('leaves pages that are not documents alone (the undocs.org home page)', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://undocs.org/');
    expect(page.url()).toBe('https://undocs.org/');
    expect(await page.textContent('body')).toContain('Fixture home page of undocs.org');
    await page.close();
  });

  it('never redirects a fetch: the reader can download the PDF through the whole chain', async () => {
    const page = await browser.openExtensionPage('options.html');
    const fetched = await page.evaluate(async () => {
      const response = await fetch('https://undocs.org/ru/A/RES/76/186');
      const head = new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5));
      return { url: response.url, type: response.headers.get('content-type'), head };
    });
    expect(fetched).toEqual({ url: pdfAddress, type: 'application/pdf', head: '%PDF-' });
    await page.close();
  });

  it('ships the sample PDFs as extension files for the reader’s offline copies', async () => {
    const page = await browser.openExtensionPage('options.html');
    for (const name of ['a-res-76-186.ru.pdf', 'e-res-2022-14.ru.pdf', 'a-res-80-173.ru.pdf']) {
      const head = await page.evaluate(async (path) => {
        const response = await fetch(path);
        return new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5));
      }, `/samples/${name}`);
      expect(head, name).toBe('%PDF-');
    }
    await page.close();
  });
});

describe('open the original PDF', () => {
  beforeAll(serveSample);

  it('takes the reader’s tab to the original through the redirect chain, and it stays there', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://undocs.org/ru/A/RES/76/186');
    expect(page.url()).toBe(reader('symbol=A/RES/76/186&lang=ru'));
    server.requests.length = 0;

    const answer = await openOriginalFrom(page, 'https://undocs.org/ru/A/RES/76/186');
    expect([{ ok: true }, 'left before the answer']).toContainEqual(answer);
    await page.waitForURL(pdfAddress);
    // Every hop of the chain reached the site; none was sent back to the reader.
    expect(server.requests.map((r) => r.url.replace('%2F', '/').replace('%2F', '/').replace('%2F', '/'))).toEqual(
      expect.arrayContaining([
        'https://undocs.org/ru/A/RES/76/186',
        'https://documents.un.org/api/symbol/access?s=A/RES/76/186&l=ru&t=pdf',
        pdfAddress,
      ]),
    );
    // Still there a while later: no bounce back into the reader.
    await page.waitForTimeout(1_500);
    expect(page.url()).toBe(pdfAddress);

    // The bypass was for that one trip: it is gone, and the next document opens in the reader.
    const options = await browser.openExtensionPage('options.html');
    await expect.poll(() => sessionRuleCount(options), { timeout: 10_000 }).toBe(0);
    await options.close();
    await page.goto('https://undocs.org/ru/A/RES/76/186');
    expect(page.url()).toBe(reader('symbol=A/RES/76/186&lang=ru'));
    await page.close();
  });

  it('refuses an address that is not a UN document host, and leaves the tab where it is', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://undocs.org/ru/A/RES/76/186');
    const answer = await sendFromExtensionPage(page, { type: 'open-original', url: 'https://not-un.example/' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(reader('symbol=A/RES/76/186&lang=ru'));
    expect(await sessionRuleCount(page)).toBe(0);
    await page.close();
  });
});

describe('the setting', () => {
  beforeAll(serveSample);

  it('is on by default, named, and explained, on the options page', async () => {
    const page = await browser.openExtensionPage('options.html');
    expect(await page.title()).toBe(en.settings_pageTitle!.message);
    const toggle = page.getByLabel(en.settings_openInReader!.message);
    await expect.poll(() => toggle.isChecked()).toBe(true);
    expect(await toggle.getAttribute('aria-describedby')).toBeTruthy();
    const help = page.locator(`#${await toggle.getAttribute('aria-describedby')}`);
    expect(await help.textContent()).toBe(en.settings_openInReaderHelp!.message);
    await page.close();
  });

  it('off: UN documents open in the browser’s own PDF viewer, on the PDF’s address', async () => {
    const options = await browser.openExtensionPage('options.html');
    await toggleSetting(options, false);
    expect(await landingOf('https://undocs.org/ru/A/RES/76/186')).toBe(pdfAddress);
    expect(await landingOf('https://docs.un.org/ru/A/RES/76/186')).toBe(pdfAddress);
    expect(await landingOf(pdfAddress)).toBe(pdfAddress);
    // The popup shows the same state.
    const popup = await browser.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByLabel(en.settings_openInReader!.message).isChecked()).toBe(false);
    await popup.close();
    await options.close();
  });

  it('on again (from the toolbar popup): documents open in the reader again', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await toggleSetting(popup, true);
    expect(await landingOf('https://undocs.org/ru/A/RES/76/186')).toBe(reader('symbol=A/RES/76/186&lang=ru'));
    await popup.close();
  });
});
