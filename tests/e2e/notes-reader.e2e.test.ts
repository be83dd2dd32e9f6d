/**
 * Marks in the reader, in real Chromium (ADR 0013): a clause marked by clicking its number and a
 * selection with a note re-attach at the same text after a reload and after the browser is
 * closed and started again on the same profile; the clause note shows on the same clause of
 * another language version, marked as coming from the Russian one.
 *
 * The English version is served by the fixture documents.un.org. No English text of A/RES/76/186
 * is in the repository, so it is a short PDF written here with pdf-lib: its title, two
 * preambular paragraphs and operative paragraphs 1–3 in the resolution's own numbering and words
 * (abridged); only the numbering matters for clause notes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { FixtureServer } from './helpers/fixture-server';
import { notesDone } from './helpers/notes-done';
import { marksByNote, selectInTextLayer } from './helpers/reader-marks';
import { serveUnDocument } from './helpers/un-sites';

const ENGLISH_LINES = [
  'United Nations A/RES/76/186',
  'General Assembly',
  'Resolution adopted by the General Assembly on 16 December 2021',
  '76/186. Improving the coordination of efforts against trafficking in persons',
  'The General Assembly,',
  'Reaffirming its strong condemnation of trafficking in persons, especially women and',
  'children, which constitutes a serious threat to human dignity and human rights,',
  'Expressing concern that, despite sustained measures taken, trafficking in persons',
  'remains one of the serious challenges facing the international community,',
  '1. Urges Member States that have not yet done so to consider, as a matter of priority,',
  'ratifying or acceding to the United Nations Convention against Transnational Organized',
  'Crime and the Protocol to Prevent, Suppress and Punish Trafficking in Persons;',
  '2. Urges Member States and other stakeholders referred to in the United Nations',
  'Global Plan of Action to Combat Trafficking in Persons to continue to contribute to its',
  'full and effective implementation;',
  '3. Calls upon Governments to closely monitor developments in the area of the',
  'international protection of victims of trafficking in persons;',
];

async function englishResolution(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  ENGLISH_LINES.forEach((line, i) => page.drawText(line, { x: 60, y: 780 - i * 18, size: 10, font }));
  return Buffer.from(await pdf.save());
}

/** Operative paragraphs 2 and 3 of the Russian sample are on its page 9. */
const RUSSIAN = '?symbol=A/RES/76/186&lang=ru&page=9';
const SELECTED = 'внимательно отслеживать изменения';
const NOTE_TEXT = 'Our delegation supports this.\nSecond line.';

let server: FixtureServer;
let browser: ExtensionBrowser;
let profileDir: string;

// Not useExtensionBrowser: one test closes the browser and starts another on the same profile.
beforeAll(async () => {
  server = await FixtureServer.start();
  profileDir = await mkdtemp(join(tmpdir(), 'resolute-notes-profile-'));
  browser = await launchWithExtension(server, { userDataDir: profileDir });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});

async function openReader(query: string): Promise<Page> {
  const page = await browser.openReader(query);
  await notesDone(page);
  return page;
}

describe('marks in the reader', () => {
  const ids = { clause: '', selection: '' };
  let before: Record<string, string> = {};

  it('marks a clause by its number and a selection with a note', async () => {
    const page = await openReader(RUSSIAN);
    const number = page.locator('[data-resolute="clause-mark"][data-clause-id="op-2"]');
    await number.waitFor({ timeout: 30_000 });
    expect(await number.getAttribute('role')).toBe('button');
    expect(await number.getAttribute('aria-label')).toBe('Mark paragraph 2');
    await number.click();
    const clauseMark = page.locator('#viewer mark[data-resolute="highlight"][data-note-id]').first();
    await clauseMark.waitFor();
    ids.clause = (await clauseMark.getAttribute('data-note-id'))!;
    expect((await marksByNote(page))[ids.clause]).toMatch(/^2\. настоятельно призывает государства-члены/);

    const selected = await selectInTextLayer(page, SELECTED);
    const toolbar = page.locator('[data-resolute="mark-toolbar"]');
    await toolbar.waitFor();
    expect(await toolbar.getAttribute('role')).toBe('toolbar');
    await toolbar.locator('[data-action="add-note"]').click();
    const card = page.locator('[data-resolute="note-card"]');
    await card.waitFor();
    ids.selection = (await card.getAttribute('data-note-id'))!;
    expect(ids.selection).not.toBe(ids.clause);
    // The editor has the focus: typing goes into the note.
    await page.keyboard.type(NOTE_TEXT);
    await page.locator('[data-resolute="note-editor"][data-save-state="saved"]').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    // The focus is back on the mark the note belongs to.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.noteId)).toBe(ids.selection);

    before = await marksByNote(page);
    expect(before[ids.selection]).toBe(selected);
    await page.close();
  });

  it('puts both back after a reload, at the same text, with the note', async () => {
    const page = await openReader(RUSSIAN);
    await page.reload();
    await notesDone(page);
    await page.locator(`#viewer mark[data-note-id="${ids.selection}"]`).first().waitFor({ timeout: 30_000 });
    expect(await marksByNote(page)).toEqual(before);
    // Activating the mark opens its note as saved.
    await page.locator(`#viewer mark[data-note-id="${ids.selection}"][data-part="0"]`).click();
    await expect.poll(() => page.locator('[data-resolute="note-card"] textarea').inputValue()).toBe(NOTE_TEXT);
    await page.close();
  });

  it('keeps them when the browser is closed and started again on the same profile', async () => {
    await browser.close();
    browser = await launchWithExtension(server, { userDataDir: profileDir });
    const page = await openReader(RUSSIAN);
    await page.locator(`#viewer mark[data-note-id="${ids.clause}"]`).first().waitFor({ timeout: 30_000 });
    expect(await marksByNote(page)).toEqual(before);
    await page.close();
  });

  it('highlights a selection with Alt+Shift+H, and another tab on the document shows it at once', async () => {
    const first = await openReader(RUSSIAN);
    const second = await openReader(RUSSIAN);
    const selected = await selectInTextLayer(first, 'совещаниях Генеральной Ассамблеи');
    await first.keyboard.press('Alt+Shift+H');
    const known = new Set(Object.keys(before));
    await expect.poll(async () => Object.keys(await marksByNote(first)).filter((id) => !known.has(id)).length).toBe(1);
    const id = Object.keys(await marksByNote(first)).find((key) => !known.has(key))!;
    expect((await marksByNote(first))[id]).toBe(selected);
    expect(await first.locator(`mark[data-note-id="${id}"]`).first().getAttribute('class')).toContain('resolute-mark-yellow');
    // No reload in the other tab: the write's announcement redraws it there.
    await second.locator(`#viewer mark[data-note-id="${id}"]`).first().waitFor({ timeout: 10_000 });
    expect((await marksByNote(second))[id]).toBe(selected);
    await first.close();
    await second.close();
  });

  it('opens at the note the address names', async () => {
    const page = await openReader(`?symbol=A/RES/76/186&lang=ru&note=${ids.selection}`);
    const mark = page.locator(`#viewer mark[data-note-id="${ids.selection}"]`).first();
    await mark.waitFor({ timeout: 30_000 });
    await expect
      .poll(() =>
        mark.evaluate((element) => {
          const box = element.getBoundingClientRect();
          const view = document.getElementById('viewer-container')!.getBoundingClientRect();
          return box.top >= view.top && box.bottom <= view.bottom;
        }),
      )
      .toBe(true);
    await page.close();
  });

  it('keeps a note typed into a tab that is closed at once, or that crashed with a draft left', async () => {
    const page = await openReader(RUSSIAN);
    await page.locator(`#viewer mark[data-note-id="${ids.clause}"][data-part="0"]`).click();
    const textarea = page.locator('[data-resolute="note-card"] textarea');
    await textarea.waitFor();
    await textarea.press('End');
    await page.keyboard.type('Typed, then the tab was closed');
    // Closed within the save's 300 ms pause: what was typed is in the draft kept as it was typed.
    await page.close();
    const again = await openReader(RUSSIAN);
    await again.locator(`#viewer mark[data-note-id="${ids.clause}"][data-part="0"]`).click();
    await expect
      .poll(() => again.locator('[data-resolute="note-card"] textarea').inputValue(), { timeout: 10_000 })
      .toContain('Typed, then the tab was closed');
    await again.keyboard.press('Escape');

    // A tab that died before even that (a crash): its draft is still in the extension's
    // localStorage, and the next reader page writes it to the database.
    const revision = await again.evaluate(
      (id) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('resolute-notes');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const get = open.result.transaction('notes').objectStore('notes').get(id);
            get.onsuccess = () => {
              resolve((get.result as { revision: number }).revision);
              open.result.close();
            };
          };
        }),
      ids.clause,
    );
    await again.evaluate(
      ([id, base]) =>
        localStorage.setItem(
          `resolute-notes-draft:${id}`,
          JSON.stringify({
            noteId: id,
            changes: { text: 'Left behind by a crashed tab' },
            baseRevision: base,
            savedAt: new Date().toISOString(),
          }),
        ),
      [ids.clause, revision] as const,
    );
    await again.close();
    const third = await openReader(RUSSIAN);
    await expect
      .poll(() => third.evaluate((id) => localStorage.getItem(`resolute-notes-draft:${id}`), ids.clause), { timeout: 10_000 })
      .toBeNull();
    await third.locator(`#viewer mark[data-note-id="${ids.clause}"][data-part="0"]`).click();
    await expect
      .poll(() => third.locator('[data-resolute="note-card"] textarea').inputValue(), { timeout: 10_000 })
      .toBe('Left behind by a crashed tab');
    await third.keyboard.press('Escape');
    await third.close();
  });

  it('shows the clause note on the same clause of the English version, as from the Russian one', async () => {
    serveUnDocument(server, { symbol: 'A/RES/76/186', lang: 'en', pdf: await englishResolution() });
    const page = await openReader('?symbol=A/RES/76/186&lang=en');
    const mark = page.locator(`#viewer mark[data-note-id="${ids.clause}"][data-part="0"]`);
    await mark.waitFor({ timeout: 30_000 });
    expect((await marksByNote(page))[ids.clause]).toMatch(/^2\. Urges Member States and other stakeholders/);
    expect(await mark.getAttribute('data-from-lang')).toBe('ru');
    expect(await mark.getAttribute('title')).toBe('From the Русский version of this document');
    await page.close();
  });
});
