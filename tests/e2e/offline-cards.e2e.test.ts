/**
 * Cards and the panel offline, in real Chromium: every UN host refuses connections, as with no
 * network. On the bundled A/RES/76/186 (ru), no panel entry and no card is left "Looking up…"
 * after the lookup's time bound (offline it answers at once); a symbol nothing knows says what the
 * symbol itself tells and what the citing text says, marked as such; and a bundled document cited
 * by another is titled from the start (in the panel: the reader does not yet link citations on
 * pages of real UN PDFs whose text layer differs from their extracted text, so no card there).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOKUP_TIME_BOUND_MS } from '../../lib/metadata/resolve-metadata';
import type { LaunchOptions } from './helpers/browser';
import { enMessage } from './helpers/en-messages';
import type { FixtureServer } from './helpers/fixture-server';
import { realPdfBytes } from './helpers/real-pdfs';
import { useBrowserPerTest } from './helpers/suite';
import { serveUnDocument } from './helpers/un-sites';

let server: FixtureServer;

const launch = useBrowserPerTest((started) => (server = started));

async function openReader(query: string, options: LaunchOptions): Promise<Page> {
  const browser = await launch(options);
  const page = await browser.openReader(query, { width: 1280, height: 900 });
  await page.locator('html[data-resolute-scan="done"]').waitFor({ state: 'attached', timeout: 60_000 });
  return page;
}

const card = (page: Page) => page.locator('[data-resolute="popover"]');
const panelFacts = (page: Page) => page.locator('[data-resolute="citations"] [data-testid="panel-facts"]');

describe('offline', () => {
  it('leaves no panel entry and no card "Looking up…" after the time bound, and says what unknown symbols are', async () => {
    const page = await openReader('?symbol=A/RES/76/186&lang=ru', { offline: true });
    await page.getByTestId('panel-toggle').click();
    await panelFacts(page).first().waitFor({ timeout: 10_000 });
    // Every entry scrolled into view asks; offline, each answers at once (well within the bound).
    const entries = page.locator('[data-resolute="citations"] .panel-entry');
    const count = await entries.count();
    for (let i = 0; i < count; i++) await entries.nth(i).scrollIntoViewIfNeeded();
    const loading = () => page.locator('[data-resolute="citations"] [data-state="loading"]').count();
    await expect.poll(loading, { timeout: LOOKUP_TIME_BOUND_MS + 5_000 }).toBe(0);
    expect(await page.locator('[data-resolute="citations"]').innerText()).not.toContain(enMessage('panel_loading'));
    // An entry nothing knows says what its symbol tells.
    const unknown = page.locator('[data-resolute="citations"] [data-entry="A/RES/64/293"] [data-testid="panel-description"]');
    expect(await unknown.textContent()).toBe('General Assembly resolution, 64th session (2009–2010)');

    const citation = page.locator('#viewer a[data-symbol="A/RES/64/293"]').first();
    await citation.scrollIntoViewIfNeeded();
    await citation.focus();
    await card(page).waitFor({ timeout: 5_000 });
    await expect.poll(() => card(page).locator('[data-state="loading"]').count(), { timeout: LOOKUP_TIME_BOUND_MS + 5_000 }).toBe(0);
    expect(await card(page).locator('[data-part="description"]').textContent()).toBe(
      'General Assembly resolution, 64th session (2009–2010)',
    );
    const citing = card(page).locator('[data-part="citing"]');
    expect(await citing.locator('.heading').textContent()).toBe(enMessage('popover_fromCitingText'));
    expect(await citing.locator('blockquote').textContent()).toContain('30 июля 2010 года Глобального плана действий');
    expect(await card(page).locator('[data-part="citing-date"]').textContent()).toContain('2010');
    expect(await card(page).innerText()).not.toContain(enMessage('popover_loading'));
  }, 120_000);

  it('titles a bundled document cited by another from the start', async () => {
    // A/RES/78/228 (English, the real UN PDF) recalls the bundled A/RES/76/186; the Library is not there.
    serveUnDocument(server, {
      symbol: 'A/RES/78/228',
      lang: 'en',
      pdf: realPdfBytes('A_RES_78_228.en.pdf'),
    });
    const page = await openReader('?symbol=A/RES/78/228&lang=en', {});
    await page.getByTestId('panel-toggle').click();
    const entry = page.locator('[data-resolute="citations"] [data-entry="A/RES/76/186"]');
    await entry.scrollIntoViewIfNeeded();
    await expect
      .poll(() => entry.getByTestId('panel-title').textContent(), { timeout: 10_000 })
      .toBe('Улучшение координации усилий по борьбе с торговлей людьми');
    expect(await entry.locator('time').getAttribute('datetime')).toBe('2021-12-16');
  }, 120_000);
});
