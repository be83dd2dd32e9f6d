/**
 * Comparing versions in the reader, in real Chromium: A/RES/80/228 opened from the fixture UN
 * sites; "Compare with…" offers its previous version (recalled in its own text) and its draft
 * (from the Library's record); the comparison shows the summary, jumps between changes by
 * keyboard, shows an older wording beside its paragraph, and exports files that say the same.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { FixtureServer } from './helpers/fixture-server';
import { serveUnDocument } from './helpers/un-sites';

const pdf = (name: string) => readFileSync(new URL(`../fixtures/un-pdfs/${name}`, import.meta.url));
const record = (name: string) => readFileSync(new URL(`../fixtures/metadata/undl/${name}`, import.meta.url), 'utf8');
const SUMMARY = '37 changed, 8 new, 2 dropped, 48 unchanged';

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = await FixtureServer.start();
  serveUnDocument(server, { symbol: 'A/RES/80/228', lang: 'en', pdf: pdf('A_RES_80_228.en.pdf'), jobNumber: 'N2520946' });
  serveUnDocument(server, { symbol: 'A/RES/78/228', lang: 'en', pdf: pdf('A_RES_78_228.en.pdf'), jobNumber: 'N2325978' });
  serveUnDocument(server, { symbol: 'A/C.3/80/L.4', lang: 'en', pdf: pdf('A_C.3_80_L.4.en.pdf'), jobNumber: 'N2516618' });
  server.route('digitallibrary.un.org', '/search', ({ url }) => {
    const symbol = /191__a:"([^"]+)"/.exec(url.searchParams.get('p') ?? '')?.[1] ?? '';
    return { headers: { 'content-type': 'application/xml; charset=utf-8' }, body: record(symbol === 'A/RES/80/228' ? 'a-res-80-228.xml' : 'empty.xml') };
  });
  browser = await launchWithExtension(server);
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/reader.html?symbol=A/RES/80/228&lang=en`);
  // The document is read once the header offers the comparison (it needs the symbol and the text).
  await page.getByRole('button', { name: 'Compare with…' }).waitFor({ timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

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
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="compare-candidate"]').length === 2, undefined, { timeout: 15_000 });
    expect(await candidates.evaluateAll((buttons) => buttons.map((b) => b.textContent))).toEqual(['A/RES/78/228 previous version', 'A/C.3/80/L.4 draft']);
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
    expect(await page.locator('[data-pair] ins').first().textContent()).toBe('and is on the rise again with cases of child trafficking increasing,');
  }, 90_000);

  it('shows the older wording beside a paragraph when its name is clicked', async () => {
    const pp7 = page.locator('[data-pair]').filter({ has: page.locator('.compare-name', { hasText: /^PP7$/u }) });
    await pp7.locator('.compare-name').click();
    expect(await pp7.getByTestId('compare-old').textContent()).toMatch(/^Older wording \(PP7\)Taking note of the adoption of the Worst Forms of Child Labour Convention/u);
  });

  it('exports HTML and Markdown that say the same', async () => {
    const [htmlDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-export-html').click()]);
    expect(htmlDownload.suggestedFilename()).toBe('A-RES-78-228--A-RES-80-228.html');
    const { document } = parseHTML(readFileSync((await htmlDownload.path())!, 'utf8'));
    expect(document.querySelector('strong')!.textContent).toBe(SUMMARY);
    expect(document.getElementById('pp-6')!.querySelector('ins')!.textContent).toBe('twenty-fifth');
    expect(document.getElementById('old-pp-21')!.textContent).toContain('dropped');

    const [mdDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-export-md').click()]);
    const markdown = readFileSync((await mdDownload.path())!, 'utf8');
    expect(markdown.split('\n')[2]).toBe(`**${SUMMARY}**`);
    expect(markdown).toContain('welcoming the ~~twentieth~~ **twenty-fifth** anniversary');
  }, 60_000);

  it('closes with Escape and gives the document back', async () => {
    await page.getByTestId('compare-view').press('Escape');
    await page.getByTestId('compare-view').waitFor({ state: 'detached' });
    expect(await page.locator('#viewer-container').isVisible()).toBe(true);
  });
});
