/**
 * Every Chinese browser gets the UN's Chinese (ADR 0022): Chromium started in Simplified (zh-CN)
 * and in Traditional Chinese (zh-TW, zh-HK) shows the pages in the zh_CN messages' words, marked
 * `lang="zh-Hans"` (the script they are written in, whatever the browser's own locale).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './helpers/browser';
import { useExtensionBrowser } from './helpers/suite';

const zh = JSON.parse(readFileSync(new URL('../../public/_locales/zh_CN/messages.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string }
>;

describe.each(['zh-TW', 'zh-HK', 'zh-CN'])('a browser in %s', (browserLang) => {
  let browser: ExtensionBrowser;
  useExtensionBrowser((started) => ({ browser } = started), { lang: browserLang });

  it('gets the UN Chinese interface, marked as simplified Chinese', async () => {
    const page = await browser.openExtensionPage('options.html');
    await page.locator('h1').first().waitFor();
    const localeCode = await page.evaluate(() => {
      const { chrome } = globalThis as unknown as { chrome: { i18n: { getMessage(key: string): string } } };
      return chrome.i18n.getMessage('locale_code');
    });
    expect(localeCode).toBe('zh');
    expect(await page.title()).toBe(zh.settings_pageTitle!.message);
    expect(await page.locator('h1').first().textContent()).toBe(zh.settings_pageTitle!.message);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['zh-Hans', 'ltr']);
    await page.close();
  });
});
