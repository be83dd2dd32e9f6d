/**
 * The extension speaks the browser's language: in a Russian Chromium the about page and its
 * credit come from the Russian messages file.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { ExtensionBrowser } from './helpers/browser';
import { useExtensionBrowser } from './helpers/suite';

const ru = JSON.parse(readFileSync(new URL('../../public/_locales/ru/messages.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string }
>;

let browser: ExtensionBrowser;

useExtensionBrowser((started) => ({ browser } = started), { lang: 'ru' });

it('shows the about page in Russian in a Russian browser', async () => {
  const page = await browser.openExtensionPage('about.html');
  const credit = page.getByTestId('catalogue-credit');
  await credit.waitFor();
  expect(await credit.textContent()).toBe(ru.aboutCatalogueCredit!.message);
  // Every source of the catalogue is credited as it asks (assets/catalog/SOURCES.md).
  expect(await page.getByTestId('credit-hrc-voting').textContent()).toBe(ru.aboutCreditHrcVoting!.message);
  expect(await page.getByTestId('credit-mandate-pipeline').textContent()).toBe(ru.aboutCreditMandatePipeline!.message);
  expect(await page.getByTestId('credit-cr-unsc').textContent()).toBe(ru.aboutCreditCrUnsc!.message);
  expect(await page.title()).toBe(ru.aboutPageTitle!.message);
  expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^ru/);
  await page.close();
});
