// @vitest-environment happy-dom
/**
 * The note editor rendered with Preact: what the reader types is saved, a conflict is told and
 * the reader's text kept, a full disk is told, delete offers undo. Text stays text.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NoteDraftKeeper } from '../../../lib/notes/notes-ui-autosave';
import { memoryNotesStore, quotaError, sampleNote } from './memory-notes-store';

vi.mock('wxt/browser', async () => ({
  browser: {
    ...(await import('../popover/fake-i18n')).fakeBrowser,
    i18n: { ...(await import('../popover/fake-i18n')).fakeBrowser.i18n, getUILanguage: () => 'en' },
  },
}));
const { NoteEditor } = await import('../../../components/notes/NoteEditor');
const { getMessage } = await import('../popover/fake-i18n');

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

const noDrafts: NoteDraftKeeper | null = null;
const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function mount(props: Parameters<typeof NoteEditor>[0]) {
  container = document.createElement('div');
  document.body.append(container);
  void act(() => render(h(NoteEditor, { delayMs: 5, drafts: noDrafts, ...props }), container));
  const q = <T extends Element>(id: string) => container.querySelector<T>(`[data-testid="${id}"]`)!;
  return { q };
}

async function type(el: HTMLTextAreaElement | HTMLInputElement, value: string) {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('NoteEditor', () => {
  it('has labelled controls and shows the note as text, markup included', () => {
    const note = sampleNote({ text: '<b>bold?</b>\nsecond line', tags: ['a', 'B'] });
    const { q } = mount({ note, store: memoryNotesStore([note]) });
    const text = q<HTMLTextAreaElement>('note-text');
    expect(text.value).toBe('<b>bold?</b>\nsecond line');
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector(`label[for="${text.id}"]`)!.textContent).toBe(getMessage('notes_textLabel'));
    expect(q<HTMLInputElement>('note-tags').value).toBe('a, B');
    const radios = [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.closest('label')!.textContent)).toEqual(['Yellow', 'Green', 'Blue', 'Pink', 'Purple']);
    expect(radios.find((r) => r.checked)!.value).toBe('yellow');
  });

  it('saves text, colour and tags as they are typed', async () => {
    const note = sampleNote();
    const store = memoryNotesStore([note]);
    const saved: number[] = [];
    const { q } = mount({ note, store, onSaved: (n) => saved.push(n.revision) });
    await type(q('note-text'), 'line one\nline two');
    await act(() => {
      q<HTMLInputElement>('note-colour-green').click();
    });
    await type(q('note-tags'), 'follow-up, Follow-up, paragraph 3');
    await act(() => wait(40));
    expect(await store.get(note.id)).toMatchObject({ text: 'line one\nline two', colour: 'green', tags: ['follow-up', 'paragraph 3'] });
    expect(saved.length).toBeGreaterThan(0);
    expect(q('note-save-state').textContent).toBe(getMessage('notes_saved'));
  });

  /** An editor in which "my words" were typed over a note another tab changed to "their words". */
  async function inConflict() {
    const note = sampleNote();
    const store = memoryNotesStore([note]);
    const { q } = mount({ note, store });
    store.writeElsewhere(note.id, { text: 'their words' });
    await type(q('note-text'), 'my words');
    await act(() => wait(40));
    return { note, store, q };
  }

  it('tells of a change in another tab, keeps the typed text, and "keep mine" saves it', async () => {
    const { note, store, q } = await inConflict();
    expect(q('note-conflict').textContent).toContain(getMessage('notes_conflict'));
    expect(q('note-conflict').textContent).toContain('their words');
    expect(q<HTMLTextAreaElement>('note-text').value).toBe('my words');
    await act(() => {
      q<HTMLButtonElement>('note-keep-mine').click();
    });
    await act(() => wait(20));
    expect((await store.get(note.id))!.text).toBe('my words');
    expect(container.querySelector('[data-testid="note-conflict"]')).toBeNull();
  });

  it('"take theirs" shows the other tab’s text', async () => {
    const { note, store, q } = await inConflict();
    await act(() => {
      q<HTMLButtonElement>('note-take-theirs').click();
    });
    expect(q<HTMLTextAreaElement>('note-text').value).toBe('their words');
    expect((await store.get(note.id))!.text).toBe('their words');
  });

  it('says the disk is full and keeps the text', async () => {
    const note = sampleNote();
    const store = memoryNotesStore([note]);
    const { q } = mount({ note, store });
    store.failNext(quotaError());
    await type(q('note-text'), 'kept');
    await act(() => wait(40));
    expect(q('note-quota').textContent).toContain(getMessage('notes_quota'));
    expect(q<HTMLTextAreaElement>('note-text').value).toBe('kept');
    await act(() => {
      q('note-quota').querySelector('button')!.click();
    });
    await act(() => wait(20));
    expect((await store.get(note.id))!.text).toBe('kept');
  });

  it('deletes with undo', async () => {
    const note = sampleNote({ text: 'to be removed' });
    const store = memoryNotesStore([note]);
    const deleted: string[] = [];
    const { q } = mount({ note, store, onDeleted: (n) => deleted.push(n.id) });
    await act(() => {
      q<HTMLButtonElement>('note-delete').click();
    });
    await act(() => wait(10));
    expect(await store.get(note.id)).toBeUndefined();
    expect(deleted).toEqual([note.id]);
    expect(container.textContent).toContain('to be removed');
    await act(() => {
      q<HTMLButtonElement>('note-undo').click();
    });
    await act(() => wait(10));
    expect((await store.get(note.id))!.text).toBe('to be removed');
    expect(q<HTMLTextAreaElement>('note-text').value).toBe('to be removed');
  });

  it('shows a newer version from another tab when nothing is being typed', async () => {
    const note = sampleNote();
    const store = memoryNotesStore([note]);
    mount({ note, store });
    const newer = store.writeElsewhere(note.id, { text: 'from the other tab' });
    await act(() => render(h(NoteEditor, { note: newer, store, delayMs: 5, drafts: null }), container));
    expect(container.querySelector<HTMLTextAreaElement>('[data-testid="note-text"]')!.value).toBe('from the other tab');
  });
});
