/**
 * Two reader tabs on the same document, in real Chromium (ADR 0014): a note edited in one tab's
 * Notes panel shows in the other at once; when both edit the same note at the same time, the one
 * whose write comes second is told, keeps the text typed, and "keep mine" writes it over.
 * The note is seeded through notes.html's import, the way a reader would bring notes in.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Note } from '../../lib/notes/types';
import { toAnnotationCollection } from '../../lib/notes/web-annotation';
import type { ExtensionBrowser } from './helpers/browser';
import { useExtensionBrowser } from './helpers/suite';

/** The bundled Russian A/RES/76/186; operative paragraph 3 is on its page 9. */
const READER = 'reader.html?symbol=A/RES/76/186&lang=ru&page=9';
const NOTE_ID = '0b7a1a3e-5d55-4c1f-8d0e-3c9f5a7e2b10';

const seed: Note = {
  id: NOTE_ID,
  doc: { kind: 'symbol', symbol: 'A/RES/76/186', lang: 'ru' },
  docKey: 'symbol:A/RES/76/186',
  selectors: [{ type: 'TextQuoteSelector', exact: 'внимательно отслеживать изменения', prefix: '', suffix: '' }],
  text: 'First thoughts',
  colour: 'yellow',
  tags: [],
  created: '2025-02-01T09:00:00.000Z',
  updated: '2025-02-01T09:00:00.000Z',
  revision: 1,
};

let browser: ExtensionBrowser;
let tabA: Page;
let tabB: Page;

async function openNotesTab(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1300, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/${READER}`);
  await page.locator('[data-testid="panel-toggle"]').click();
  await page.locator('[data-testid="panel-tab-notes"]').click();
  await page.locator(`.reader-note[data-note-id="${NOTE_ID}"]`).waitFor({ timeout: 60_000 });
  return page;
}

const shownText = (page: Page) => page.locator(`.reader-note[data-note-id="${NOTE_ID}"] > [data-part="text"]`).innerText();

useExtensionBrowser((started) => ({ browser } = started));

beforeAll(async () => {
  const notes = await browser.openExtensionPage('notes.html');
  await notes.locator('[data-testid="notes-import"]').setInputFiles({
    name: 'seed.jsonld',
    mimeType: 'application/ld+json',
    buffer: Buffer.from(JSON.stringify(toAnnotationCollection([seed]))),
  });
  await notes.locator('[data-testid="notes-import-result"][data-outcome="imported"]').waitFor();
  await notes.close();
  tabA = await openNotesTab();
  tabB = await openNotesTab();
});

describe('two reader tabs on one document', () => {
  it('has tabs a keyboard can use', async () => {
    const notesTab = tabA.locator('[data-testid="panel-tab-notes"]');
    expect(await notesTab.getAttribute('role')).toBe('tab');
    expect(await notesTab.getAttribute('aria-selected')).toBe('true');
    expect(await notesTab.textContent()).toBe('Notes (1)');
    await notesTab.focus();
    await tabA.keyboard.press('ArrowLeft');
    expect(await tabA.locator('[data-testid="panel-tab-citations"]').getAttribute('aria-selected')).toBe('true');
    expect(await tabA.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('panel-tab-citations');
    await tabA.keyboard.press('ArrowRight');
    expect(await notesTab.getAttribute('aria-selected')).toBe('true');
    await tabA.locator(`.reader-note[data-note-id="${NOTE_ID}"]`).waitFor();
  });

  it('shows an edit made in one tab in the other at once', async () => {
    expect(await shownText(tabB)).toBe('First thoughts');
    await tabA.locator(`.reader-note[data-note-id="${NOTE_ID}"] [data-testid="reader-note-edit"]`).click();
    await tabA.locator('[data-testid="note-text"]').fill('Edited in tab A\nwith a second line');
    await tabB.waitForFunction(
      (id) =>
        document.querySelector(`.reader-note[data-note-id="${id}"] > [data-part="text"]`)?.textContent ===
        'Edited in tab A\nwith a second line',
      NOTE_ID,
      { timeout: 5_000 },
    );
  });

  it('tells the tab whose write comes second, which keeps its text and can keep it', async () => {
    await tabB.locator(`.reader-note[data-note-id="${NOTE_ID}"] [data-testid="reader-note-edit"]`).click();
    expect(await tabB.locator('[data-testid="note-text"]').inputValue()).toBe('Edited in tab A\nwith a second line');
    // Both type within the editor's pause: both writes start from the same revision.
    await Promise.all([
      tabA.locator('[data-testid="note-text"]').fill('Text from A'),
      tabB.locator('[data-testid="note-text"]').fill('Text from B'),
    ]);
    const conflictIn = async (page: Page) => page.locator('[data-testid="note-conflict"]').isVisible();
    await expect.poll(async () => (await conflictIn(tabA)) || (await conflictIn(tabB)), { timeout: 5_000 }).toBe(true);
    const [loser, winner, mine, theirs] = (await conflictIn(tabA))
      ? [tabA, tabB, 'Text from A', 'Text from B']
      : [tabB, tabA, 'Text from B', 'Text from A'];
    expect(await conflictIn(winner)).toBe(false);
    const told = await loser.locator('[data-testid="note-conflict"]').innerText();
    expect(told).toContain('changed in another tab');
    expect(told).toContain(theirs);
    expect(await loser.locator('[data-testid="note-text"]').inputValue()).toBe(mine);
    await loser.locator('[data-testid="note-keep-mine"]').click();
    await expect.poll(() => shownText(winner), { timeout: 5_000 }).toBe(mine);
    // The winner's open editor, with nothing typed since, takes the newer text too.
    await expect.poll(() => winner.locator('[data-testid="note-text"]').inputValue(), { timeout: 5_000 }).toBe(mine);
    expect(await loser.locator('[data-testid="note-conflict"]').count()).toBe(0);
  });
});
