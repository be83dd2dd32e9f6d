/**
 * Notes on HTML pages (ADR 0017), in real Chromium with the built extension: on a press release,
 * a selected sentence is highlighted and given a note through the toolbar in the page's shadow
 * root, and after a reload the mark is back on the same text; another tab on the same page shows
 * a new mark at once; switching the site off takes the marks out and the page's DOM is exactly
 * as before; a note made in the reader on A/RES/76/186 is listed on the Digital Library record of
 * A/RES/76/186 with a link that opens it in the reader at its place.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './helpers/browser';
import { notesDone, openWithNotes } from './helpers/notes-done';
import { bodySinceRecord, recordBody } from './helpers/page-body';
import { selectText } from './helpers/select-text';
import { useExtensionBrowser } from './helpers/suite';
import { setSiteChoices as setSiteChoicesIn } from './helpers/site-choices';

let browser: ExtensionBrowser;

useExtensionBrowser((started) => ({ browser } = started));

const PRESS = 'https://press.un.org/en/2015/sc11974.doc.htm';
const RECORD = 'https://digitallibrary.un.org/record/3953797?ln=en';

const open = (url: string): Promise<Page> => openWithNotes(browser, url);

const setSiteChoices = (choices: Record<string, boolean>) => setSiteChoicesIn(browser, choices);

/** Selects `wanted` (in one paragraph, across its inline elements) as a drag would. */
const select = (page: Page, wanted: string) => selectText(page, wanted, { within: 'article p, main p, p' });

/** Each drawn highlight's text (parts joined), in page order: the page's DOM holds no note ids. */
const markTexts = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const mark of document.querySelectorAll<HTMLElement>('mark[data-resolute="highlight"]')) {
      if (mark.hasAttribute('data-note-id')) throw new Error('a note id in the page DOM');
      if (mark.dataset.part === '0') out.push(mark.textContent ?? '');
      else out[out.length - 1] += mark.textContent ?? '';
    }
    return out;
  });

/** The notes frame (an extension page in a closed shadow root) once it shows `view`. */
async function notesFrame(page: Page, view: 'card' | 'list'): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f.url().includes(`notes-frame.html#view=${view}`));
    if (frame !== undefined) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error(`no notes frame showing ${view}`);
}

const SENTENCE = 'renewed until 31 May 2018 a raft of sanctions';
const SECOND = 'failed to renew the travel ban';

describe('notes on HTML pages', () => {
  let noteId = '';

  it('highlights a selection with a note from the toolbar, and re-attaches it after a reload', async () => {
    const page = await open(PRESS);
    await select(page, SENTENCE);
    const addNote = page.locator('[data-resolute="mark-toolbar"] [data-action="add-note"]');
    await addNote.waitFor({ timeout: 10_000 });
    // The toolbar is in Resolute's shadow root, not in the page's DOM.
    expect(await page.evaluate(() => document.querySelector('[data-resolute="mark-toolbar"]'))).toBeNull();
    await addNote.click();
    // The card is the notes frame: an extension page the page's scripts cannot read.
    const card = await notesFrame(page, 'card');
    const textarea = card.locator('[data-resolute="note-card"] textarea');
    await textarea.waitFor({ timeout: 10_000 });
    noteId = (await card.locator('[data-resolute="note-card"]').getAttribute('data-note-id'))!;
    await textarea.fill('Sanctions renewed: check the list.');
    expect(await markTexts(page)).toEqual([SENTENCE]);
    // Saved as typed (autosave), to the extension's database through the background: the mark
    // now says it has a note, without its words (the page's scripts can read the mark).
    await page.waitForFunction(
      () =>
        document.querySelector('mark[data-resolute="highlight"][data-part="0"]')?.getAttribute('aria-label') ===
        'Highlight with a note (open it to read the note)',
      undefined,
      { timeout: 10_000 },
    );
    // Nothing of the note is in the page's own storage or DOM, the card open or closed.
    const inPage = () => page.evaluate(() => new XMLSerializer().serializeToString(document) + JSON.stringify({ ...localStorage }));
    expect(await inPage()).not.toContain('Sanctions renewed');
    expect(await inPage()).not.toContain(noteId);
    await textarea.press('Escape');
    await expect.poll(() => page.frames().some((f) => f.url().includes('notes-frame.html#view=card')), { timeout: 10_000 }).toBe(false);
    expect(await inPage()).not.toContain('Sanctions renewed');

    await page.reload({ waitUntil: 'load' });
    await notesDone(page);
    await page.waitForFunction(() => document.querySelector('mark[data-resolute="highlight"]') !== null, undefined, { timeout: 10_000 });
    expect(await markTexts(page)).toEqual([SENTENCE]);
    const first = page.locator('mark[data-resolute="highlight"][data-part="0"]');
    expect(await first.getAttribute('role')).toBe('button');
    // The page's notes list (in the frame) lists the note.
    const toggle = page.locator('[data-resolute="page-notes"] [data-action="page-notes"]');
    await toggle.focus();
    await page.keyboard.press('Enter');
    const list = await notesFrame(page, 'list');
    const item = list.locator(`[data-resolute="page-notes"] li[data-note-id="${noteId}"]`);
    await item.waitFor({ timeout: 10_000 });
    expect(await item.textContent()).toContain('Sanctions renewed: check the list.');
    // Clicking the mark opens its card again.
    await first.click();
    const again = await notesFrame(page, 'card');
    await expect
      .poll(() => again.locator('[data-resolute="note-card"] textarea').inputValue(), { timeout: 10_000 })
      .toBe('Sanctions renewed: check the list.');
    await page.close();
  });

  it('shows a mark made in another tab at once', async () => {
    const watching = await open(PRESS);
    const marking = await open(PRESS);
    await select(marking, SECOND);
    await marking.keyboard.press('Alt+Shift+H');
    await watching.waitForFunction(
      (text) => [...document.querySelectorAll('mark[data-resolute="highlight"]')].some((m) => m.textContent === text),
      SECOND,
      {
        timeout: 10_000,
      },
    );
    expect((await markTexts(watching)).sort()).toEqual([SECOND, SENTENCE].sort());
    await watching.close();
    await marking.close();
  });

  it('switching the site off takes the marks out and leaves the DOM exactly as before', async () => {
    await setSiteChoices({ 'press.un.org': false });
    const page = await browser.context.newPage();
    await page.goto(PRESS, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const before = await recordBody(page);
    expect(before).not.toContain('data-resolute');

    await setSiteChoices({});
    await notesDone(page);
    await page.waitForFunction(() => document.querySelectorAll('mark[data-resolute="highlight"]').length >= 2, undefined, {
      timeout: 10_000,
    });
    expect((await markTexts(page)).sort()).toEqual([SECOND, SENTENCE].sort());

    await setSiteChoices({ 'press.un.org': false });
    await page.waitForSelector('html:not([data-resolute-ready])', { state: 'attached', timeout: 10_000 });
    const after = {
      ...(await bodySinceRecord(page)),
      notes: await page.evaluate(() => document.documentElement.hasAttribute('data-resolute-notes')),
    };
    expect(after).toEqual({ html: before, sameTexts: true, styles: 0, notes: false });
    await setSiteChoices({});
    await page.close();
  });

  it('lists a note made in the reader on the Digital Library record of the same symbol, with a link back', async () => {
    const reader = await browser.openReader('?symbol=A/RES/76/186&lang=ru&page=9');
    await notesDone(reader);
    const number = reader.locator('[data-resolute="clause-mark"][data-clause-id="op-2"]');
    await number.waitFor({ timeout: 30_000 });
    await number.click();
    const mark = reader.locator('#viewer mark[data-resolute="highlight"][data-note-id]').first();
    await mark.waitFor();
    const id = (await mark.getAttribute('data-note-id'))!;
    await reader.close();

    const record = await open(RECORD);
    const toggle = record.locator('[data-resolute="page-notes"] [data-action="page-notes"]');
    await toggle.waitFor({ timeout: 10_000 });
    expect(await toggle.textContent()).toBe('Your notes on A/RES/76/186: 1');
    await toggle.focus();
    await record.keyboard.press('Enter');
    const list = await notesFrame(record, 'list');
    const item = list.locator(`[data-resolute="page-notes"] li[data-note-id="${id}"]`);
    await item.waitFor({ timeout: 10_000 });
    // The record's text is not the resolution's: the note is listed (in the frame), with its way back.
    const link = item.locator('a[data-action="open-in-reader"]');
    const href = (await link.getAttribute('href'))!;
    expect(href).toBe(`chrome-extension://${browser.extensionId}/reader.html?symbol=A/RES/76/186&lang=ru&note=${id}`);
    await record.close();

    const back = await browser.context.newPage();
    await back.setViewportSize({ width: 1200, height: 900 });
    await back.goto(href);
    await notesDone(back);
    await back.locator(`#viewer mark[data-note-id="${id}"]`).first().waitFor({ timeout: 30_000 });
    await back.close();
  });
});
