/**
 * Comparing versions in the reader, in real Chromium: A/RES/80/228 opened from the fixture UN
 * sites; "Compare with…" offers its previous version (recalled in its own text) and its draft
 * (from the Library's record); the comparison shows the summary, jumps between changes by
 * keyboard, shows an older wording beside its paragraph, and exports files that say the same.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import type { FixtureServer } from './helpers/fixture-server';
import { useExtensionBrowser } from './helpers/suite';
import { serveUnDocument } from './helpers/un-sites';

const pdf = (name: string) => readFileSync(new URL(`../fixtures/un-pdfs/${name}`, import.meta.url));
const record = (name: string) => readFileSync(new URL(`../fixtures/metadata/undl/${name}`, import.meta.url), 'utf8');
const SUMMARY = '37 changed, 8 new, 2 dropped, 48 unchanged';

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page;

useExtensionBrowser((started) => ({ server, browser } = started));

beforeAll(async () => {
  serveUnDocument(server, { symbol: 'A/RES/80/228', lang: 'en', pdf: pdf('A_RES_80_228.en.pdf'), jobNumber: 'N2520946' });
  serveUnDocument(server, { symbol: 'A/RES/78/228', lang: 'en', pdf: pdf('A_RES_78_228.en.pdf'), jobNumber: 'N2325978' });
  serveUnDocument(server, { symbol: 'A/C.3/80/L.4', lang: 'en', pdf: pdf('A_C.3_80_L.4.en.pdf'), jobNumber: 'N2516618' });
  server.route('digitallibrary.un.org', '/search', ({ url }) => {
    const symbol = /191__a:"([^"]+)"/.exec(url.searchParams.get('p') ?? '')?.[1] ?? '';
    return {
      headers: { 'content-type': 'application/xml; charset=utf-8' },
      body: record(symbol === 'A/RES/80/228' ? 'a-res-80-228.xml' : 'empty.xml'),
    };
  });
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/reader.html?symbol=A/RES/80/228&lang=en`);
  // The document is read once the header offers the comparison (it needs the symbol and the text).
  await page.getByRole('button', { name: 'Compare with…' }).waitFor({ timeout: 60_000 });
  // A note the reader made on the 2023 text's op 13, which the 2025 text rewrote as op 15.
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('resolute-notes');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const put = open.result.transaction('notes', 'readwrite').objectStore('notes').put(record);
          put.onsuccess = () => {
            open.result.close();
            resolve();
          };
          put.onerror = () => reject(new Error(String(put.error)));
        };
      }),
    {
      id: '6f1c2e0a-1b2c-4d3e-8f40-000000000013',
      doc: { kind: 'symbol', symbol: 'A/RES/78/228', lang: 'en' },
      docKey: 'symbol:A/RES/78/228',
      selectors: [
        { type: 'FragmentSelector', conformsTo: 'https://resolute.invalid/ns/clause', value: 'op-13' },
        { type: 'TextQuoteSelector', exact: 'as the newest members of the Coordination Group', prefix: '', suffix: '' },
      ],
      text: 'Which members joined in 2025?',
      colour: 'yellow',
      tags: [],
      created: '2024-01-10T10:00:00.000Z',
      updated: '2024-01-10T10:00:00.000Z',
      revision: 1,
    },
  );
}, 120_000);

const focusedPair = () =>
  page.evaluate(() => {
    const pair = document.activeElement?.closest('[data-pair]');
    return pair ? `${pair.querySelector('.compare-name')!.textContent} ${pair.getAttribute('data-status')}` : null;
  });

describe('comparing A/RES/80/228 with another version', () => {
  it('"Compare with…" proposes the previous version, then the draft; a typed symbol that is none says so', async () => {
    await page.getByRole('button', { name: 'Compare with…' }).click();
    const candidates = page.getByTestId('compare-candidate');
    await candidates.first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="compare-candidate"]').length === 2, undefined, {
      timeout: 15_000,
    });
    expect(await candidates.evaluateAll((buttons) => buttons.map((b) => b.textContent))).toEqual([
      'A/RES/78/228 previous version',
      'A/C.3/80/L.4 draft',
    ]);
    await page.getByLabel('Document symbol').fill('hello');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    expect(await page.getByRole('alert').textContent()).toBe('“hello” is not a UN document symbol.');
  }, 60_000);

  it('shows the summary and jumps between changes with N and P', async () => {
    await page.getByTestId('compare-candidate').first().click();
    await page.getByTestId('compare-view').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('compare-summary').textContent()).toBe(SUMMARY);
    // Every new, changed, dropped and moved paragraph is in the margin list.
    expect(await page.getByTestId('compare-change').count()).toBe(37 + 8 + 2 + 1);
    await page.keyboard.press('n');
    expect(await focusedPair()).toBe('PP2 changed');
    await page.keyboard.press('n');
    expect(await focusedPair()).toBe('PP6 changed');
    await page.keyboard.press('p');
    expect(await focusedPair()).toBe('PP2 changed');
    await page.getByTestId('compare-change').filter({ hasText: 'PP20' }).click();
    expect(await focusedPair()).toBe('PP20 unchanged');
    expect(await page.locator('[data-pair] ins').first().textContent()).toBe(
      'and is on the rise again with cases of child trafficking increasing,',
    );
  }, 90_000);

  it('shows the older wording beside a paragraph when its name is clicked', async () => {
    const pp7 = page.locator('[data-pair]').filter({ has: page.locator('.compare-name', { hasText: /^PP7$/u }) });
    await pp7.locator('.compare-name').click();
    expect(await pp7.getByTestId('compare-old').textContent()).toMatch(
      /^Older wording \(PP7\)Taking note of the adoption of the Worst Forms of Child Labour Convention/u,
    );
  });

  it('shows a note made on the older text on the paragraph it became', async () => {
    const carried = page.getByTestId('compare-carried-note');
    await carried.waitFor({ timeout: 10_000 });
    expect(await carried.count()).toBe(1);
    const pair = page.locator('[data-pair]').filter({ has: carried });
    expect(await pair.locator('.compare-name').textContent()).toBe('OP15');
    expect(await pair.locator('.compare-status').textContent()).toBe('changed · was OP13');
    expect(await carried.textContent()).toBe(
      'Your note on A/RES/78/228 (OP13)as the newest members of the Coordination GroupWhich members joined in 2025?',
    );
    // The changed words are there with it.
    expect((await pair.locator('ins').allTextContents()).join(' ')).toContain('sale, sexual exploitation');
    expect((await pair.locator('del').allTextContents()).join(' ')).toContain('United Nations University');
  });

  it('exports HTML and Markdown that say the same', async () => {
    const [htmlDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-export-html').click()]);
    expect(htmlDownload.suggestedFilename()).toBe('A-RES-78-228--A-RES-80-228.html');
    const { document } = parseHTML(readFileSync(await htmlDownload.path(), 'utf8'));
    expect(document.querySelector('strong')!.textContent).toBe(SUMMARY);
    expect(document.getElementById('pp-6')!.querySelector('ins')!.textContent).toBe('twenty-fifth');
    expect(document.getElementById('old-pp-21')!.textContent).toContain('dropped');

    const [mdDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-export-md').click()]);
    const markdown = readFileSync(await mdDownload.path(), 'utf8');
    expect(markdown.split('\n')[2]).toBe(`**${SUMMARY}**`);
    expect(markdown).toContain('welcoming the ~~twentieth~~ **twenty-fifth** anniversary');
  }, 60_000);

  it('closes with Escape and gives the document back', async () => {
    await page.getByTestId('compare-view').press('Escape');
    await page.getByTestId('compare-view').waitFor({ state: 'detached' });
    expect(await page.locator('#viewer-container').isVisible()).toBe(true);
  });

  it('says so when the other version cannot be opened, and closes', async () => {
    await page.getByRole('button', { name: 'Compare with…' }).click();
    await page.getByLabel('Document symbol').fill('A/RES/79/999');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const failed = page.getByTestId('compare-failed');
    await failed.waitFor({ timeout: 30_000 });
    expect(await failed.textContent()).toMatch(/^A\/RES\/79\/999 could not be opened/u);
    await failed.getByRole('button', { name: 'Close comparison' }).click();
    await failed.waitFor({ state: 'detached' });
  }, 60_000);
});

describe('the comparison in a Russian browser', () => {
  it('counts with Russian plural forms', async () => {
    const russian = await launchWithExtension(server, { lang: 'ru' });
    try {
      const tab = await russian.context.newPage();
      await tab.goto(`chrome-extension://${russian.extensionId}/reader.html?symbol=A/RES/80/228&lang=en`);
      await tab.getByRole('button', { name: 'Сравнить с…' }).click({ timeout: 60_000 });
      await tab.getByTestId('compare-candidate').first().click({ timeout: 30_000 });
      // 37 and 8: "many"; 2: "few"; 48: "many".
      expect(await tab.getByTestId('compare-summary').textContent({ timeout: 60_000 })).toBe(
        '37 изменено, 8 новых, 2 исключены, 48 без изменений',
      );
    } finally {
      await russian.close();
    }
  }, 120_000);
});
