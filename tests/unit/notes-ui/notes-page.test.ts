// @vitest-environment happy-dom
/**
 * The notes page over an in-memory store: the list, search and filters, pages of notes, live
 * changes, import (merged, result said; a bad file refused with nothing written), delete + undo.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Note, NotesChange } from '../../../lib/notes/types';
import { toAnnotationCollection } from '../../../lib/notes/web-annotation';
import { memoryNotesStore, sampleNote, type MemoryNotesStore } from './memory-notes-store';

vi.mock('wxt/browser', async () => {
  const fake = (await import('../popover/fake-i18n')).fakeBrowser;
  return { browser: { ...fake, i18n: { ...fake.i18n, getUILanguage: () => 'en' } } };
});
const { NotesPage } = await import('../../../components/notes/NotesPage');
const { NO_FILTERS, PAGE_SIZE } = await import('../../../lib/notes/notes-ui-page-model');
const { getMessage } = await import('../popover/fake-i18n');
const { MAX_IMPORT_BYTES } = await import('../../../lib/notes/notes-ui-io');

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});
const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

function notesOf(count: number, make: (i: number) => Partial<Note> = () => ({})): Note[] {
  return Array.from({ length: count }, (_, i) =>
    sampleNote({ id: uuid(i + 1), text: `note ${i + 1}`, updated: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(), ...make(i) }),
  );
}

async function mount(store: MemoryNotesStore, filters = NO_FILTERS) {
  const listeners: ((change: NotesChange) => void)[] = [];
  container = document.createElement('div');
  document.body.append(container);
  await act(() => {
    render(
      h(NotesPage, {
        store,
        win: window,
        subscribe: (listener) => listeners.push(listener),
        initialFilters: filters,
        drafts: null,
        readerUrl: (a: string) => `ext:/${a}`,
        searchDelayMs: 0,
      }),
      container,
    );
  });
  await act(() => wait(10));
  const q = <T extends Element = HTMLElement>(id: string) => container.querySelector<T>(`[data-testid="${id}"]`)!;
  const ids = () => [...container.querySelectorAll<HTMLElement>('.notes-item')].map((li) => li.dataset.noteId);
  const announce = async (change: NotesChange) => {
    await act(() => {
      listeners.forEach((l) => l(change));
    });
    await act(() => wait(10));
  };
  return { q, ids, announce };
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function importText(input: HTMLInputElement, text: string) {
  const file = new File([text], 'notes.jsonld', { type: 'application/ld+json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await act(() => wait(20));
}

describe('notes page', () => {
  it('lists the newest first, a page at a time, each with a link that opens it at its place', async () => {
    const store = memoryNotesStore(notesOf(PAGE_SIZE + 5));
    const { q, ids } = await mount(store);
    expect(ids()).toHaveLength(PAGE_SIZE);
    expect(ids()[0]).toBe(uuid(PAGE_SIZE + 5));
    expect(q('notes-count').textContent).toBe(`${PAGE_SIZE + 5} of ${PAGE_SIZE + 5} notes`);
    expect(q<HTMLAnchorElement>('notes-open').getAttribute('href')).toBe(
      `ext:/reader.html?symbol=A%2FRES%2F76%2F186&lang=en&note=${uuid(PAGE_SIZE + 5)}`,
    );
    await act(() => {
      q<HTMLButtonElement>('notes-more').click();
    });
    expect(ids()).toHaveLength(PAGE_SIZE + 5);
  });

  it('searches, filters by document, colour and tag, and sorts', async () => {
    const store = memoryNotesStore(
      notesOf(6, (i) => ({
        // Ids of their own: the search index caches each note's text by id and revision.
        id: uuid(200 + i + 1),
        text: i === 2 ? 'Право на развитие' : `note ${i + 1}`,
        colour: i % 2 === 0 ? 'green' : 'yellow',
        tags: i < 3 ? ['vote'] : [],
        ...(i === 5 ? { doc: { kind: 'symbol', symbol: 'S/RES/2331(2016)', lang: 'en' }, docKey: 'symbol:S/RES/2331(2016)' } : {}),
      })),
    );
    const { q, ids } = await mount(store);
    const search = q<HTMLInputElement>('notes-search');
    await act(() => {
      search.value = 'право';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => wait(20));
    expect(ids()).toEqual([uuid(203)]);
    await act(() => {
      search.value = '';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => wait(20));
    await choose(q('notes-filter-document'), 'symbol:S/RES/2331(2016)');
    expect(ids()).toEqual([uuid(206)]);
    await choose(q('notes-filter-document'), '');
    await choose(q('notes-filter-colour'), 'green');
    expect(ids()).toEqual([uuid(205), uuid(203), uuid(201)]);
    await choose(q('notes-filter-tag'), 'vote');
    expect(ids()).toEqual([uuid(203), uuid(201)]);
    await choose(q('notes-sort'), 'updated-asc');
    expect(ids()).toEqual([uuid(201), uuid(203)]);
  });

  it('shows changes from other tabs at once', async () => {
    const notes = notesOf(2);
    const store = memoryNotesStore(notes);
    const { ids, announce } = await mount(store);
    store.writeElsewhere(uuid(1), { text: 'edited elsewhere' });
    await store.remove(uuid(2));
    await announce({ written: [uuid(1)], deleted: [uuid(2)], docKeys: [] });
    expect(ids()).toEqual([uuid(1)]);
    expect(container.querySelector('.notes-item .note-body')!.textContent).toBe('edited elsewhere');
  });

  it('refuses an export that would not import again, naming the note, and downloads nothing', async () => {
    const bad = sampleNote({ id: uuid(901), revision: Number.MAX_SAFE_INTEGER });
    const store = memoryNotesStore([...notesOf(2), bad]);
    const { q } = await mount(store);
    const createObjectURL = vi.spyOn(URL, 'createObjectURL');
    await act(() => {
      q<HTMLButtonElement>('notes-export-jsonld').click();
    });
    expect(createObjectURL).not.toHaveBeenCalled();
    createObjectURL.mockRestore();
    const problem = q('notes-export-problem');
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.textContent).toContain(uuid(901));
    expect(problem.textContent).toContain('revision');
  });

  it('refuses a file over the size limit before reading it, and writes nothing', async () => {
    const store = memoryNotesStore(notesOf(1));
    const { q } = await mount(store);
    const input = q<HTMLInputElement>('notes-import');
    const file = new File(['{}'], 'huge.jsonld', { type: 'application/ld+json' });
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
    const read = vi.spyOn(file, 'text');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(() => wait(20));
    expect(read).not.toHaveBeenCalled();
    expect(getMessage('notes_importTooBig', ['1', '2'])).not.toBe('');
    expect(q('notes-import-result').dataset.outcome).toBe('refused');
    expect(q('notes-import-result').textContent).toContain(
      getMessage('notes_importTooBig', [String(Math.ceil((MAX_IMPORT_BYTES + 1) / 1e6)), String(MAX_IMPORT_BYTES / 1e6)]),
    );
    expect(await store.all()).toHaveLength(1);
  });

  it('imports a Web Annotation file, merged without duplicates, and says what happened', async () => {
    const here = notesOf(2);
    const store = memoryNotesStore(here);
    const { q } = await mount(store);
    const file = JSON.stringify(toAnnotationCollection([...here, ...notesOf(3, (i) => ({ id: uuid(10 + i) }))]));
    await importText(q('notes-import'), file);
    expect(q('notes-import-result').textContent).toBe(getMessage('notes_importResult', ['3', '0', '2']));
    expect(await store.all()).toHaveLength(5);
  });

  it('refuses a file that is not valid and writes nothing', async () => {
    const store = memoryNotesStore(notesOf(1));
    const { q } = await mount(store);
    await importText(q('notes-import'), '{ not json');
    expect(q('notes-import-result').dataset.outcome).toBe('refused');
    expect(q('notes-import-result').textContent).toContain(getMessage('notes_importNotJson'));
    const bad = toAnnotationCollection(notesOf(2, (i) => ({ id: uuid(20 + i) }))) as unknown as { first: { items: { created: string }[] } };
    bad.first.items[1]!.created = 'yesterday';
    await importText(q('notes-import'), JSON.stringify(bad));
    expect(q('notes-import-result').dataset.outcome).toBe('refused');
    expect(q('notes-import-result').textContent.length).toBeGreaterThan(getMessage('notes_importRefused', '').length);
    expect(await store.all()).toHaveLength(1);
  });

  it('keeps a note in its place while it is edited, though saving makes it the newest', async () => {
    const store = memoryNotesStore(notesOf(3, (i) => ({ id: uuid(300 + i + 1) })));
    const { ids, announce } = await mount(store);
    expect(ids()).toEqual([uuid(303), uuid(302), uuid(301)]);
    const row = container.querySelector<HTMLElement>(`.notes-item[data-note-id="${uuid(301)}"]`)!;
    await act(() => {
      row.querySelector<HTMLButtonElement>('[data-testid="notes-edit"]')!.click();
    });
    const text = row.querySelector<HTMLTextAreaElement>('[data-testid="note-text"]')!;
    expect(document.activeElement).toBe(text);
    await act(() => {
      text.value = 'now the newest';
      text.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => wait(400));
    expect((await store.get(uuid(301)))!.text).toBe('now the newest');
    await announce({ written: [uuid(301)], deleted: [], docKeys: [] });
    expect(ids()).toEqual([uuid(303), uuid(302), uuid(301)]);
    expect(document.activeElement).toBe(text);
    await act(() => {
      row.querySelector<HTMLButtonElement>('[data-testid="notes-edit"]')!.click();
    });
    expect(ids()).toEqual([uuid(301), uuid(303), uuid(302)]);
  });

  it('deletes with undo', async () => {
    const store = memoryNotesStore(notesOf(2));
    const { q, ids, announce } = await mount(store);
    await act(() => {
      q<HTMLButtonElement>('notes-delete').click();
    });
    await act(() => wait(10));
    await announce({ written: [], deleted: [uuid(2)], docKeys: [] });
    expect(ids()).toEqual([uuid(1)]);
    await act(() => {
      q<HTMLButtonElement>('note-undo').click();
    });
    await act(() => wait(10));
    await announce({ written: [uuid(2)], deleted: [], docKeys: [] });
    expect(ids()).toEqual([uuid(2), uuid(1)]);
    expect(container.querySelector('[data-testid="note-undo"]')).toBeNull();
  });
});
