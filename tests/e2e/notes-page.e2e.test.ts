/**
 * notes.html in real Chromium (ADR 0014): notes seeded by importing a Web Annotation file through
 * the page's own file input; then search, filters and sort; export as JSON-LD and Markdown (the
 * real downloads); delete all; import the export back → the same list; a corrupt file refused
 * with the list unchanged; delete with undo; each note's link opens the reader at the note.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Note, NoteColour } from '../../lib/notes/types';
import { toAnnotationCollection } from '../../lib/notes/web-annotation';
import type { ExtensionBrowser } from './helpers/browser';
import { useExtensionBrowser } from './helpers/suite';

const COLOURS: NoteColour[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
const uuid = (i: number) => `6d1c0b52-3f0e-4a57-9c1e-${String(i).padStart(12, '0')}`;

/** 30 notes on three documents; note 7 mentions "trafficking", notes 0–9 are tagged "vote". */
function seedNotes(): Note[] {
  const docs = [
    { symbol: 'A/RES/76/186', title: 'Improving the coordination of efforts against trafficking in persons' },
    { symbol: 'E/RES/2022/14', title: 'Ending female genital mutilation' },
    { symbol: 'A/RES/80/173', title: 'Sample resolution' },
  ];
  return Array.from({ length: 30 }, (_, i) => {
    const doc = docs[i % 3]!;
    const when = new Date(Date.UTC(2025, 0, 1 + i)).toISOString();
    return {
      id: uuid(i),
      doc: { kind: 'symbol', symbol: doc.symbol, lang: 'en' },
      docKey: `symbol:${doc.symbol}`,
      docTitle: doc.title,
      selectors: [{ type: 'TextQuoteSelector', exact: `quoted words ${i}`, prefix: 'before ', suffix: ' after' }],
      text: i === 7 ? 'Watch trafficking language\nsecond line' : `Comment number ${i}`,
      colour: COLOURS[i % COLOURS.length]!,
      tags: i < 10 ? ['vote'] : ['later'],
      created: when,
      updated: when,
      revision: 1,
    } satisfies Note;
  });
}

let browser: ExtensionBrowser;
let page: Page;

useExtensionBrowser((started) => ({ browser } = started));

beforeAll(async () => {
  page = await browser.openExtensionPage('notes.html');
  await page.locator('[data-testid="notes-count"]').waitFor();
});

const count = () => page.locator('[data-testid="notes-count"]').textContent();
const listed = () => page.locator('.notes-item').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.noteId));
/** What every listed note shows, to compare lists. */
const listText = () => page.locator('[data-testid="notes-list"]').innerText();

async function importFile(name: string, content: string | Buffer): Promise<string> {
  await page.locator('[data-testid="notes-import"]').setInputFiles({ name, mimeType: 'application/ld+json', buffer: Buffer.from(content) });
  const result = page.locator('[data-testid="notes-import-result"]:not([data-outcome="busy"])');
  await result.waitFor();
  return (await result.textContent()) ?? '';
}

async function download(testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid="${testId}"]`).click()]);
  return readFile(await file.path(), 'utf8');
}

describe('the all-notes page', () => {
  it('starts empty and imports a Web Annotation file, saying what was added', async () => {
    await page.getByText('No notes yet').waitFor();
    expect(await importFile('seed.jsonld', JSON.stringify(toAnnotationCollection(seedNotes())))).toBe(
      '30 added, 0 updated, 0 already here.',
    );
    await page.waitForFunction(() => document.querySelectorAll('.notes-item').length === 30);
    expect(await count()).toBe('30 of 30 notes');
    // Newest first; each note shows its document, quote, text with its line break, tags.
    const first = page.locator('.notes-item').first();
    expect(await first.getAttribute('data-note-id')).toBe(uuid(29));
    expect(await first.locator('[data-part="document"]').innerText()).toContain('A/RES/80/173');
    expect(await first.locator('[data-part="quote"]').textContent()).toBe('quoted words 29');
    // Importing the same file again adds nothing.
    expect(await importFile('seed.jsonld', JSON.stringify(toAnnotationCollection(seedNotes())))).toBe(
      '0 added, 0 updated, 30 already here.',
    );
    expect(await count()).toBe('30 of 30 notes');
  });

  it('searches the text, filters by document, colour and tag, and sorts by date', async () => {
    await page.locator('[data-testid="notes-search"]').fill('TRAFFICKING language');
    await page.waitForFunction(() => document.querySelectorAll('.notes-item').length === 1);
    expect(await listed()).toEqual([uuid(7)]);
    expect(await page.locator('.notes-item [data-part="text"]').innerText()).toBe('Watch trafficking language\nsecond line');
    await page.locator('[data-testid="notes-search"]').fill('');
    await page.locator('[data-testid="notes-filter-document"]').selectOption('symbol:E/RES/2022/14');
    await page.waitForFunction(() => document.querySelectorAll('.notes-item').length === 10);
    expect(page.url()).toContain('doc=symbol%3AE%2FRES%2F2022%2F14');
    await page.locator('[data-testid="notes-filter-colour"]').selectOption('green');
    await page.locator('[data-testid="notes-filter-tag"]').selectOption('vote');
    // E/RES/2022/14 is notes 1, 4, 7, …; green is 1, 6, 11, …; "vote" is 0–9: note 1 only.
    await page.waitForFunction(() => document.querySelectorAll('.notes-item').length === 1);
    expect(await listed()).toEqual([uuid(1)]);
    await page.locator('[data-testid="notes-filter-colour"]').selectOption('');
    await page.locator('[data-testid="notes-filter-tag"]').selectOption('');
    await page.locator('[data-testid="notes-sort"]').selectOption('updated-asc');
    await page.waitForFunction(() => document.querySelectorAll('.notes-item').length === 10);
    expect((await listed())[0]).toBe(uuid(1));
    await page.locator('[data-testid="notes-sort"]').selectOption('updated-desc');
    expect((await listed())[0]).toBe(uuid(28));
  });

  it('exports the filtered document’s notes as Markdown and all notes as JSON-LD', async () => {
    const markdown = await download('notes-export-md');
    expect(markdown).toContain('E/RES/2022/14');
    expect(markdown).toContain('Watch trafficking language');
    expect(markdown).not.toContain('A/RES/80/173');
    await page.locator('[data-testid="notes-filter-document"]').selectOption('');
    await page.waitForFunction(() => document.querySelectorAll('.notes-item').length === 30);
    const exported = JSON.parse(await download('notes-export-jsonld')) as {
      '@context': string;
      total: number;
      first: { items: { id: string }[] };
    };
    expect(exported['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(exported.total).toBe(30);
    expect(exported.first.items.map((a) => a.id).sort()).toEqual(
      seedNotes()
        .map((n) => `urn:uuid:${n.id}`)
        .sort(),
    );
  });

  it('deletes all, and importing the export brings back the identical list', async () => {
    const before = await listText();
    const exported = await download('notes-export-jsonld');
    await page.locator('[data-testid="notes-delete-all"]').click();
    await page.locator('[data-testid="notes-delete-all-confirm"]').click();
    await page.locator('[data-testid="notes-wiped"]').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.notes-item').length === 0);
    expect(await count()).toBe('0 of 0 notes');
    expect(await importFile('export.jsonld', exported)).toBe('30 added, 0 updated, 0 already here.');
    await page.waitForFunction(() => document.querySelectorAll('.notes-item').length === 30);
    expect(await listText()).toBe(before);
  });

  it('refuses a corrupt file with a message and leaves the list as it was', async () => {
    const before = await listText();
    expect(await importFile('broken.jsonld', '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annot')).toBe(
      'This file was not imported and nothing was changed: it is not a JSON file',
    );
    const wrong = toAnnotationCollection(seedNotes().map((n) => ({ ...n, id: n.id.replace('6d1c', '7e2d') }))) as unknown as {
      first: { items: Record<string, unknown>[] };
    };
    wrong.first.items[17]!.created = 'last Tuesday';
    const refused = await importFile('wrong.jsonld', JSON.stringify(wrong));
    expect(refused).toMatch(/^This file was not imported and nothing was changed: .+/);
    expect(await page.locator('[data-testid="notes-import-result"]').getAttribute('data-outcome')).toBe('refused');
    expect(await count()).toBe('30 of 30 notes');
    expect(await listText()).toBe(before);
  });

  it('deletes a note with undo, and links each note to its place in the reader', async () => {
    const first = page.locator('.notes-item').first();
    const id = (await first.getAttribute('data-note-id'))!;
    expect(await first.locator('[data-testid="notes-open"]').getAttribute('href')).toBe(
      `chrome-extension://${browser.extensionId}/reader.html?symbol=A%2FRES%2F80%2F173&lang=en&note=${id}`,
    );
    await first.locator('[data-testid="notes-delete"]').click();
    await page.waitForFunction((gone) => document.querySelector(`.notes-item[data-note-id="${gone}"]`) === null, id);
    expect(await count()).toBe('29 of 29 notes');
    const undo = page.locator('[data-testid="note-undo"]');
    expect(await undo.evaluate((button) => button === document.activeElement)).toBe(true);
    await undo.click();
    await page.locator(`.notes-item[data-note-id="${id}"]`).waitFor();
    expect(await count()).toBe('30 of 30 notes');
  });

  it('edits a note in place, saved as typed', async () => {
    const item = page.locator('.notes-item').first();
    const id = (await item.getAttribute('data-note-id'))!;
    await item.locator('[data-testid="notes-edit"]').click();
    const text = item.locator('[data-testid="note-text"]');
    expect(await text.evaluate((el) => el === document.activeElement)).toBe(true);
    await text.fill('Edited on the notes page');
    await item.locator('[data-testid="note-save-state"]', { hasText: 'Saved' }).waitFor();
    // A second page shows it: it was written to the database, not only drawn here.
    const other = await browser.openExtensionPage(`notes.html?q=${encodeURIComponent('edited on the notes page')}`);
    await other.locator(`.notes-item[data-note-id="${id}"]`).waitFor();
    await other.close();
  });
});
