/**
 * Reading the real English A/RES/80/173 (bundled) as a delegate would, offline: following a
 * citation to the bundled A/RES/79/1 and back, the card of a cited resolution, the panel and its
 * jump to each place, a clause and a selection marked and put back after a reload, the clause note
 * shown on the same clause of the Russian version; clause controls in the annexes of A/RES/79/1,
 * and none in a meeting record.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './helpers/browser';
import type { FixtureServer } from './helpers/fixture-server';
import { useExtensionBrowser } from './helpers/suite';
import { jumpThroughEntry } from './helpers/panel-jumps';
import { notesDone } from './helpers/notes-done';
import { marksByNote, selectInTextLayer } from './helpers/reader-marks';
import { serveUnDocument } from './helpers/un-sites';

let server: FixtureServer;
let browser: ExtensionBrowser;

useExtensionBrowser((started) => ({ server, browser } = started), { freshTabs: true });

const openReader = (query: string): Promise<Page> => browser.openReader(query);

const scrollTop = (page: Page) => page.evaluate(() => document.getElementById('viewer-container')!.scrollTop);

describe('reading the real A/RES/80/173, offline', () => {
  it('follows “resolution 79/1” to the bundled Pact for the Future, and Back returns to the same place', async () => {
    const page = await openReader('?symbol=A/RES/80/173&lang=en');
    const link = page.locator('#viewer a[data-symbol="A/RES/79/1"]').first();
    await link.waitFor({ timeout: 60_000 });
    await link.scrollIntoViewIfNeeded();
    const before = await scrollTop(page);
    await link.click();
    await page.waitForURL(/symbol=A\/RES\/79\/1&lang=en/);
    await expect.poll(() => page.getByTestId('reader-title').textContent(), { timeout: 60_000 }).toBe('The Pact for the Future');
    await page.goBack();
    await page.waitForURL(/symbol=A\/RES\/80\/173&lang=en/);
    await page.locator('#viewer a[data-symbol="A/RES/79/1"]').first().waitFor({ timeout: 60_000 });
    await expect.poll(() => scrollTop(page), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(Math.abs((await scrollTop(page)) - before)).toBeLessThanOrEqual(3);
    expect(server.requests.filter((r) => !r.url.includes('digitallibrary'))).toEqual([]);
  });

  it('lists what it cites in the panel and jumps to each place A/RES/79/1 is cited', async () => {
    const page = await openReader('?symbol=A/RES/80/173&lang=en');
    await page.locator('html[data-resolute-scan="done"]').waitFor({ state: 'attached', timeout: 60_000 });
    await page.getByTestId('panel-toggle').click();
    const entry = page.locator('[data-entry="A/RES/79/1"]');
    await entry.waitFor();
    const visited = await jumpThroughEntry(page, 'A/RES/79/1');
    expect(visited.length).toBeGreaterThanOrEqual(2);
    expect(visited.map((at) => at.symbol)).toEqual(visited.map(() => 'A/RES/79/1'));
  });

  it('marks a clause and a selection, and puts both back after a reload; the clause note shows on the Russian version', async () => {
    const page = await openReader('?symbol=A/RES/80/173&lang=en&page=2');
    const number = page.locator('[data-resolute="clause-mark"][data-clause-id="op-5"]');
    await number.waitFor({ timeout: 60_000 });
    await notesDone(page);
    await number.click();
    const clauseMark = page.locator('#viewer mark[data-resolute="highlight"][data-note-id]').first();
    await clauseMark.waitFor({ timeout: 30_000 });
    const clauseId = (await clauseMark.getAttribute('data-note-id'))!;
    expect((await marksByNote(page))[clauseId]).toMatch(/^5\. We recognize that Governments and other stakeholders/);

    const selected = await selectInTextLayer(page, 'particular attention should be paid');
    await page.locator('[data-resolute="mark-toolbar"] [data-action="add-note"]').click();
    const card = page.locator('[data-resolute="note-card"]');
    await card.waitFor();
    const selectionId = (await card.getAttribute('data-note-id'))!;
    await page.keyboard.type('Capacity gaps: see our statement.');
    await page.locator('[data-resolute="note-editor"][data-save-state="saved"]').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    const before = await marksByNote(page);
    expect(before[selectionId]).toBe(selected);

    await page.reload();
    await notesDone(page);
    await page.locator(`#viewer mark[data-note-id="${selectionId}"]`).first().waitFor({ timeout: 30_000 });
    await page.locator(`#viewer mark[data-note-id="${clauseId}"]`).first().waitFor({ timeout: 30_000 });
    expect(await marksByNote(page)).toEqual(before);

    const ru = await openReader('?symbol=A/RES/80/173&lang=ru&page=2');
    const onRussian = ru.locator(`#viewer mark[data-note-id="${clauseId}"][data-part="0"]`);
    await onRussian.waitFor({ timeout: 60_000 });
    expect(await onRussian.getAttribute('data-from-lang')).toBe('en');
    expect((await marksByNote(ru))[clauseId]).toMatch(/^5\. /);
  });
});

describe('the card of a citation in a real document', () => {
  it('shows the cited resolution’s title, read from its own PDF when the catalogue has none yet', async () => {
    serveUnDocument(server, {
      symbol: 'A/RES/79/1',
      lang: 'en',
      pdf: readFileSync(new URL('../fixtures/un-pdfs/A_RES_79_1.en.pdf', import.meta.url)),
    });
    const page = await openReader('?symbol=A/RES/80/173&lang=en');
    const citation = page.locator('#viewer a[data-symbol="A/RES/79/1"]').first();
    await citation.waitFor({ timeout: 60_000 });
    await citation.scrollIntoViewIfNeeded();
    await citation.hover();
    const card = page.locator('[data-resolute="popover"]');
    await expect.poll(() => card.getAttribute('data-symbol'), { timeout: 20_000 }).toBe('A/RES/79/1');
    await expect.poll(() => card.locator('[data-part="title"]').textContent(), { timeout: 60_000 }).toBe('The Pact for the Future');
  });
});

describe('clauses on real layouts in the reader', () => {
  it('puts a control on the paragraphs of A/RES/79/1’s annexes', async () => {
    const page = await openReader('?symbol=A/RES/79/1&lang=en&page=38');
    await page.locator('[data-resolute="clause-mark"][data-clause-id="annex-1-op-8"]').waitFor({ timeout: 60_000 });
  });

  it('puts none in a meeting record (A/65/PV.71), whose numbered lines are drafts read out', async () => {
    serveUnDocument(server, {
      symbol: 'A/65/PV.71',
      lang: 'en',
      pdf: readFileSync(new URL('../fixtures/un-pdfs/A_65_PV.71.en.pdf', import.meta.url)),
    });
    const page = await openReader('?symbol=A/65/PV.71&lang=en');
    await page.locator('#viewer a[data-symbol]').first().waitFor({ timeout: 60_000 });
    await notesDone(page);
    expect(await page.locator('[data-resolute="clause-mark"]').count()).toBe(0);
  });
});
