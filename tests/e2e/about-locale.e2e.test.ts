/**
 * The extension speaks the browser's language: in a Russian Chromium the about page and its
 * credit come from the Russian messages file.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { FixtureServer } from './helpers/fixture-server';

const ru = JSON.parse(readFileSync(new URL('../../public/_locales/ru/messages.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string }
>;

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await FixtureServer.start();
  browser = await launchWithExtension(server, { lang: 'ru' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

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
