/**
 * The citation panel in real Chromium (ADR 0010): in the reader on the bundled
 * A/RES/76/186 (ru), it lists what the resolution cites grouped by body with the right counts,
 * the filter narrows it, "next occurrence" scrolls the reader to each citation (rendering its page
 * first), a title arrives from the offline catalogue, and the browser's side panel page shows the
 * same panel for a reader tab and jumps in it. Offline throughout: no request leaves the browser.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './helpers/browser';
import { useExtensionBrowser } from './helpers/suite';
import type { FixtureServer } from './helpers/fixture-server';

let server: FixtureServer;
let browser: ExtensionBrowser;

useExtensionBrowser((started) => ({ server, browser } = started), { freshTabs: true });

async function openReader(query: string): Promise<Page> {
  const page = await browser.openReader(query, { width: 1280, height: 900 });
  await page.locator('html[data-resolute-scan="done"]').waitFor({ state: 'attached', timeout: 30_000 });
  return page;
}

const panel = (page: Page) => page.locator('[data-resolute="citations"]');

/** Entry keys per group, as shown. */
function groups(page: Page): Promise<Record<string, string[]>> {
  return panel(page).evaluate((root) =>
    Object.fromEntries(
      [...root.querySelectorAll<HTMLElement>('[data-group]')].map((group) => [
        group.dataset.group!,
        [...group.querySelectorAll<HTMLElement>('[data-entry]')].map((entry) => entry.dataset.entry!),
      ]),
    ),
  );
}

/** The citation the reader marked as jumped to: its symbol, id, and whether it is in view. */
function jumped(page: Page) {
  return page.evaluate(() => {
    const element = document.querySelector<HTMLElement>('#viewer .resolute-citation-jumped');
    if (element === null) return null;
    const box = element.getBoundingClientRect();
    const view = document.getElementById('viewer-container')!.getBoundingClientRect();
    return {
      symbol: element.dataset.symbol ?? element.dataset.citationBody ?? null,
      id: element.dataset.citationId!,
      inView: box.top >= view.top && box.bottom <= view.bottom && box.height > 0,
    };
  });
}

describe('the citation panel in the reader', () => {
  it('lists what A/RES/76/186 cites by body, counts, filters, and jumps to each occurrence', async () => {
    const page = await openReader('?symbol=A/RES/76/186&lang=ru');
    const toggle = page.getByTestId('panel-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await panel(page).count()).toBe(0);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await panel(page).waitFor();
    // Opened from the button, the keyboard is in the filter box.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('panel-filter');

    const shown = await groups(page);
    expect(Object.keys(shown)).toEqual(['GA', 'ECOSOC', 'HRC', 'other', 'no-symbol']);
    expect(shown.GA).toEqual(expect.arrayContaining(['A/RES/64/293', 'A/RES/70/1', 'A/RES/61/180', 'A/RES/76/181']));
    expect(shown.GA).not.toContain('A/RES/76/186');
    expect(shown.ECOSOC).toEqual(expect.arrayContaining(['E/RES/2017/18', 'E/RES/2021/25']));
    expect(shown.HRC).toEqual(['A/HRC/RES/44/4']);
    expect(shown['no-symbol']).toEqual(['CCPCJ 27/2', 'COP-UNTOC 10/1', 'COP-UNTOC 10/3']);
    const entry = panel(page).locator('[data-entry="A/RES/64/293"]');
    expect(await entry.getAttribute('data-count')).toBe('3');
    expect(await entry.getByTestId('panel-count').innerText()).toContain('3');
    expect(await panel(page).locator('[data-entry="A/RES/68/192"]').getAttribute('data-count')).toBe('2');
    expect(await page.getByTestId('panel-own').getAttribute('data-symbol')).toBe('A/RES/76/186');
    // The document's own title, read from its first page, heads the panel.
    expect(await page.getByTestId('panel-own').innerText()).toContain('Улучшение координации усилий по борьбе с торговлей людьми');
    // The symbol is a link that opens the cited document in the reader, in the document's language.
    expect(await entry.getByTestId('panel-symbol').getAttribute('href')).toBe('reader.html?symbol=A/RES/64/293&lang=ru');

    // The filter narrows the list: by symbol, then by the words of a citation.
    await page.getByTestId('panel-filter').fill('64/293');
    expect(await groups(page)).toEqual({ GA: ['A/RES/64/293'] });
    await page.getByTestId('panel-filter').fill('ccpcj');
    expect(await groups(page)).toEqual({ 'no-symbol': ['CCPCJ 27/2'] });
    await page.getByTestId('panel-filter').fill('');
    expect(Object.keys(await groups(page))).toHaveLength(5);

    // Next occurrence: each of the three places citing A/RES/64/293, in order, scrolled into view.
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      await entry.getByTestId('panel-next').click();
      await page.waitForFunction(
        (previous) => {
          const element = document.querySelector<HTMLElement>('#viewer .resolute-citation-jumped');
          return element !== null && element.dataset.citationId !== previous;
        },
        ids.at(-1) ?? null,
        { timeout: 15_000 },
      );
      await page.waitForTimeout(200);
      const at = await jumped(page);
      expect(at).toMatchObject({ symbol: 'A/RES/64/293', inView: true });
      ids.push(at!.id);
      expect(await entry.getByTestId('panel-position').innerText()).toBe(`${i + 1} of 3`);
    }
    const pages = ids.map((id) => Number(/^p(\d+)-/.exec(id)![1]));
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(pages.at(-1)).toBeGreaterThan(pages[0]!);
    // Previous from the first wraps to the last.
    await entry.getByTestId('panel-next').click();
    await page.waitForFunction(
      (id) => document.querySelector('#viewer .resolute-citation-jumped')?.getAttribute('data-citation-id') === id,
      ids[0],
    );
    await entry.getByTestId('panel-previous').click();
    await page.waitForFunction(
      (id) => document.querySelector('#viewer .resolute-citation-jumped')?.getAttribute('data-citation-id') === id,
      ids[2],
    );

    // A citation without a symbol is reached the same way.
    await panel(page).locator('[data-entry="CCPCJ 27/2"]').getByTestId('panel-next').click();
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('#viewer .resolute-citation-jumped')?.dataset.citationBody === 'CCPCJ',
    );

    // Escape closes it and gives the focus back to the button; Alt+Shift+C opens it again.
    await page.getByTestId('panel-filter').focus();
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await panel(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('panel-toggle');
    await page.keyboard.press('Alt+Shift+C');
    await panel(page).waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // Titles are looked up politely: only the Library was asked, one request every 5 s at most.
    for (const request of server.requests) expect(request.url).toMatch(/^https:\/\/digitallibrary\.un\.org\/search\?/);
    expect(server.requests.length).toBeLessThanOrEqual(3);
  });

  it('shows the title of a cited resolution the offline catalogue has', async () => {
    const page = await openReader('?symbol=A/RES/80/173&lang=ru');
    await page.getByTestId('panel-toggle').click();
    await page.getByTestId('panel-filter').fill('217');
    const entry = panel(page).locator('[data-entry="A/RES/217(III)"]');
    await entry.getByTestId('panel-title').waitFor({ timeout: 30_000 });
    expect(await entry.getByTestId('panel-title').innerText()).toBe(
      'International Bill of Human Rights: Universal Declaration of Human Rights',
    );
    expect(await entry.locator('time').getAttribute('datetime')).toBe('1948-12-10');
    // The filter finds it by its title too, once known.
    await page.getByTestId('panel-filter').fill('universal declaration');
    expect(await groups(page)).toEqual({ GA: ['A/RES/217(III)'] });
  });

  it('stays open for the next document opened from it, which then lists its own citations', async () => {
    const page = await openReader('?symbol=A/RES/76/186&lang=ru');
    await page.getByTestId('panel-toggle').click();
    await page.getByTestId('panel-filter').fill('80/173');
    expect(await groups(page)).toEqual({});
    await page.goto(`chrome-extension://${browser.extensionId}/reader.html?symbol=E/RES/2022/14&lang=ru`);
    await panel(page).waitFor();
    await page.locator('html[data-resolute-scan="done"]').waitFor({ state: 'attached', timeout: 30_000 });
    expect((await groups(page)).ECOSOC).toEqual(expect.arrayContaining(['E/RES/2004/27']));
  });
});

describe("the browser's side panel", () => {
  it("shows the reader tab's panel and jumps in that tab", async () => {
    const reader = await openReader('?symbol=A/RES/76/186&lang=ru');
    const tabId = await reader.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id: number }> } } };
      return (await chrome.tabs.getCurrent()).id;
    });
    const side = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel(side).waitFor({ timeout: 15_000 });
    await panel(side).locator('[data-entry="A/RES/64/293"]').waitFor();
    const shown = await groups(side);
    expect(shown.HRC).toEqual(['A/HRC/RES/44/4']);
    expect(shown['no-symbol']).toEqual(['CCPCJ 27/2', 'COP-UNTOC 10/1', 'COP-UNTOC 10/3']);
    expect(await panel(side).locator('[data-entry="A/RES/64/293"]').getAttribute('data-count')).toBe('3');

    await panel(side).locator('[data-entry="E/RES/2021/25"]').getByTestId('panel-next').click();
    await reader.waitForFunction(
      () => document.querySelector<HTMLElement>('#viewer .resolute-citation-jumped')?.dataset.symbol === 'E/RES/2021/25',
      undefined,
      {
        timeout: 15_000,
      },
    );
    expect(await jumped(reader)).toMatchObject({ symbol: 'E/RES/2021/25', inView: true });

    // A tab that is not the reader (here the side panel page itself is the active tab) answers nothing.
    const lonely = await browser.openExtensionPage('sidepanel.html');
    await lonely.getByTestId('side-panel-none').waitFor({ timeout: 15_000 });
  });
});
