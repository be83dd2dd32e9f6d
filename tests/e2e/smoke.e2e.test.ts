/**
 * The built extension in real Chromium: it loads with its fixed id, the background answers
 * messages, the about page shows the data credit, and the content script runs on UN sites only.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPECTED_EXTENSION_ID, sendFromExtensionPage, type ExtensionBrowser } from './helpers/browser';
import { useExtensionBrowser } from './helpers/suite';

const en = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string }
>;
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

let browser: ExtensionBrowser;

useExtensionBrowser((started) => ({ browser } = started));

describe('the extension in Chromium', () => {
  it('starts its service worker under the id fixed by the manifest key', () => {
    expect(browser.serviceWorker.url()).toBe(`chrome-extension://${EXPECTED_EXTENSION_ID}/background.js`);
    expect(browser.extensionId).toBe(EXPECTED_EXTENSION_ID);
  });

  it('opens the about page with its version and the catalogue credit', async () => {
    const page = await browser.openExtensionPage('about.html');
    const credit = page.getByTestId('catalogue-credit');
    await credit.waitFor();
    expect(await credit.textContent()).toBe(en.aboutCatalogueCredit!.message);
    expect(await credit.textContent()).toContain('Dag Hammarskjöld Library');
    expect(await page.getByTestId('version').textContent()).toBe(`Version ${pkg.version}`);
    expect(await page.title()).toBe(en.aboutPageTitle!.message);
    await page.close();
  });

  describe('messages to the background', () => {
    it('answers ping with the version', async () => {
      const page = await browser.openExtensionPage('about.html');
      expect(await sendFromExtensionPage(page, { type: 'ping' })).toEqual({ ok: true, version: pkg.version });
      await page.close();
    });

    it('answers a malformed message with an error, not silence', async () => {
      const page = await browser.openExtensionPage('about.html');
      expect(await sendFromExtensionPage(page, { type: 'scan-text', text: 42 })).toMatchObject({
        ok: false,
        error: { code: 'bad-message' },
      });
      expect(await sendFromExtensionPage(page, { type: 'no-such-message' })).toMatchObject({
        ok: false,
        error: { code: 'bad-message' },
      });
      await page.close();
    });

    it('answers scan-text with the engine citations', async () => {
      const page = await browser.openExtensionPage('about.html');
      const text = 'ссылаясь на свою резолюцию 64/293';
      const answer = await sendFromExtensionPage(page, { type: 'scan-text', text, lang: 'ru', pageSymbol: 'A/RES/76/186' });
      expect(answer).toMatchObject({ ok: true });
      const { citations } = answer as { citations: Array<{ symbol: string | null; start: number; end: number; text: string }> };
      const cited = citations.find((c) => c.symbol === 'A/RES/64/293');
      expect(cited).toBeDefined();
      expect(text.slice(cited!.start, cited!.end)).toBe(cited!.text);
      await page.close();
    });
  });

  describe('content script', () => {
    it('marks pages of undocs.org and www.un.org', async () => {
      const page = await browser.context.newPage();
      for (const url of ['https://undocs.org/', 'https://www.un.org/']) {
        await page.goto(url);
        await page.waitForFunction(() => document.documentElement.dataset.resoluteReady === '1', undefined, {
          timeout: 15_000,
        });
      }
      await page.close();
    });

    it('leaves other sites alone', async () => {
      const page = await browser.context.newPage();
      await page.goto('https://not-un.example/');
      expect(await page.textContent('body')).toContain('outside the UN sites');
      // The content script runs at document_idle; give it well past that before checking.
      await page.waitForLoadState('load');
      await page.waitForTimeout(1_000);
      expect(await page.evaluate(() => document.documentElement.dataset.resoluteReady)).toBeUndefined();
      await page.close();
    });
  });
});
