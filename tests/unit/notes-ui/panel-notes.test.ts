// @vitest-environment happy-dom
/**
 * The reader panel's tabs and Notes tab, and the popover's notes slot, rendered with Preact: tab
 * semantics and arrow keys, each note's quote or paragraph, text, tags and status, the jump, the
 * editor, and the popover's count, first notes as text and link to the notes page.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentNotes as ReaderNotes, DocumentNotesState as ReaderNotesState, PlacedNote } from '../../../lib/marks/placed-notes';
import { memoryNotesStore, sampleNote } from './memory-notes-store';

vi.mock('wxt/browser', async () => {
  const fake = (await import('../popover/fake-i18n')).fakeBrowser;
  return { browser: { ...fake, i18n: { ...fake.i18n, getUILanguage: () => 'en' } } };
});
const { PanelTabs, tabAfterKey } = await import('../../../components/panel/PanelTabs');
const { ReaderNotesList } = await import('../../../components/notes/ReaderNotesList');
const { PopoverCard } = await import('../../../components/popover/PopoverCard');
const { getMessage } = await import('../popover/fake-i18n');

let container: HTMLElement | null = null;
afterEach(() => {
  if (container === null) return;
  render(null, container);
  container.remove();
  container = null;
});
function host(): HTMLElement {
  const made = document.createElement('div');
  document.body.append(made);
  container = made;
  return made;
}

function fakeReaderNotes(notes: PlacedNote[]): ReaderNotes & { jumps: string[]; set(next: PlacedNote[]): void } {
  let state: ReaderNotesState = {
    doc: { kind: 'symbol', symbol: 'A/RES/76/186', lang: 'en' },
    docKey: 'symbol:A/RES/76/186',
    lang: 'en',
    notes,
  };
  const listeners = new Set<(s: ReaderNotesState) => void>();
  const jumps: string[] = [];
  return {
    jumps,
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    scrollToNote(id) {
      jumps.push(id);
      return Promise.resolve(true);
    },
    openEditor: () => undefined,
    set(next) {
      state = { ...state, notes: next };
      listeners.forEach((l) => l(state));
    },
  };
}

describe('panel tabs', () => {
  it('moves with the arrow keys, wrapping, and Home / End', () => {
    const keys = ['citations', 'notes'];
    expect(tabAfterKey(keys, 'citations', 'ArrowRight')).toBe('notes');
    expect(tabAfterKey(keys, 'notes', 'ArrowRight')).toBe('citations');
    expect(tabAfterKey(keys, 'citations', 'ArrowLeft')).toBe('notes');
    expect(tabAfterKey(keys, 'notes', 'Home')).toBe('citations');
    expect(tabAfterKey(keys, 'citations', 'End')).toBe('notes');
    expect(tabAfterKey(keys, 'citations', 'a')).toBeNull();
  });

  it('has tablist, tab and tabpanel roles, one tab stop, and selects with a key', async () => {
    const selected: string[] = [];
    const draw = (tab: 'a' | 'b') =>
      render(
        h(PanelTabs<'a' | 'b'>, {
          label: 'Panel',
          selected: tab,
          onSelect: (k) => selected.push(k),
          tabs: [
            { key: 'a', label: 'A' },
            { key: 'b', label: 'B' },
          ],
          children: h('p', null, `content ${tab}`),
        }),
        root,
      );
    const root = host();
    await act(() => draw('a'));
    const tabs = [...root.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(root.querySelector('[role="tablist"]')!.getAttribute('aria-label')).toBe('Panel');
    expect(tabs.map((t) => [t.getAttribute('aria-selected'), t.tabIndex])).toEqual([
      ['true', 0],
      ['false', -1],
    ]);
    const panel = root.querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
    expect(tabs[0]!.getAttribute('aria-controls')).toBe(panel.id);
    tabs[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(selected).toEqual(['b']);
  });
});

describe('the Notes tab', () => {
  const quoted = sampleNote({ id: 'n1', text: 'Line one\nline two <i>not markup</i>', tags: ['vote'] });
  const clause = sampleNote({
    id: 'n2',
    text: '',
    doc: { kind: 'symbol', symbol: 'A/RES/76/186', lang: 'ru' },
    selectors: [{ type: 'FragmentSelector', conformsTo: 'https://resolute.invalid/ns/clause', value: 'op-3' }],
  });
  const lost = sampleNote({ id: 'n3', text: 'Lost one' });

  it('lists each note with what it marks, its text, tags and where it stands; jumps and edits', async () => {
    const readerNotes = fakeReaderNotes([
      { note: quoted, status: 'placed', page: 2 },
      { note: clause, status: 'other-language', page: 3 },
      { note: lost, status: 'not-found' },
    ]);
    const store = memoryNotesStore([quoted, clause, lost]);
    const root = host();
    await act(() => render(h(ReaderNotesList, { readerNotes, store, drafts: null, allNotesHref: 'ext://notes.html' }), root));
    const items = [...root.querySelectorAll<HTMLElement>('.reader-note')];
    expect(items.map((li) => li.dataset.status)).toEqual(['placed', 'other-language', 'not-found']);
    expect(items[0]!.querySelector('[data-part="quote"]')!.textContent).toBe('Reaffirming its resolution');
    expect(items[0]!.querySelector('[data-part="text"]')!.textContent).toBe('Line one\nline two <i>not markup</i>');
    expect(items[0]!.querySelector('i')).toBeNull();
    expect(items[0]!.querySelector('[data-part="tags"]')!.textContent).toBe('vote');
    expect(items[0]!.querySelector('[data-part="status"]')!.textContent).toBe('page 2');
    expect(items[1]!.querySelector('[data-part="clause"]')!.textContent).toBe('Paragraph 3');
    expect(items[1]!.querySelector('[data-part="text"]')!.textContent).toBe(getMessage('notes_highlightOnly'));
    expect(items[1]!.querySelector('[data-part="status"]')!.textContent).toBe(
      `${getMessage('notes_status_otherLanguage', 'reader_lang_ru')} · page 3`.replace('reader_lang_ru', getMessage('reader_lang_ru')),
    );
    expect(items[2]!.querySelector('[data-part="status"]')!.textContent).toBe(getMessage('notes_status_notFound'));
    expect(items[2]!.querySelector('[data-part="quote"]')!.textContent).toBe('Reaffirming its resolution');
    // Not placed: nowhere to jump to, but still editable.
    expect(items[2]!.querySelector('[data-testid="reader-note-jump"]')).toBeNull();
    items[0]!.querySelector<HTMLButtonElement>('[data-testid="reader-note-jump"]')!.click();
    expect(readerNotes.jumps).toEqual(['n1']);
    await act(() => items[2]!.querySelector<HTMLButtonElement>('[data-testid="reader-note-edit"]')!.click());
    expect(items[2]!.querySelector<HTMLTextAreaElement>('[data-testid="note-text"]')!.value).toBe('Lost one');
    expect(document.activeElement).toBe(items[2]!.querySelector('[data-testid="note-text"]'));
  });

  it('follows the reader’s notes as they change, and says when there are none', async () => {
    const readerNotes = fakeReaderNotes([{ note: quoted, status: 'pending' }]);
    const root = host();
    await act(() => render(h(ReaderNotesList, { readerNotes, store: memoryNotesStore([quoted]), drafts: null }), root));
    expect(root.querySelector('[data-part="status"]')!.textContent).toBe(getMessage('notes_status_pending'));
    await act(() => readerNotes.set([]));
    expect(root.querySelector('[data-testid="reader-notes-empty"]')!.textContent).toBe(getMessage('notes_panelEmpty'));
  });
});

describe('the popover’s notes slot', () => {
  const card = (notes?: ReturnType<typeof sampleNote>[]) => {
    const root = host();
    render(
      h(PopoverCard, {
        id: 'card',
        subject: { symbol: 'A/RES/76/186', lang: 'en' },
        readerUrl: (a: string) => `ext://${a}`,
        onClose: () => undefined,
        ...(notes !== undefined ? { notes } : {}),
      }),
      root,
    );
    return root.querySelector('[data-part="notes"]');
  };

  it('shows the count, the latest notes as text, and a link to them on the notes page', () => {
    const notes = [1, 2, 3, 4].map((i) =>
      sampleNote({ id: `p${i}`, text: i === 4 ? '<b>latest</b>' : i === 2 ? '' : `note ${i}`, updated: `2025-01-0${i}T00:00:00.000Z` }),
    );
    const slot = card(notes)!;
    expect(slot.querySelector('.heading')!.textContent).toBe(getMessage('notes_popoverHeading', '4'));
    expect([...slot.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '<b>latest</b>',
      'note 3',
      '“Reaffirming its resolution”',
    ]);
    expect(slot.querySelector('b')).toBeNull();
    expect(slot.querySelector('a')!.getAttribute('href')).toBe('ext://notes.html?doc=symbol%3AA%2FRES%2F76%2F186');
  });

  it('draws nothing without notes', () => {
    expect(card([])).toBeNull();
    expect(card()).toBeNull();
  });
});

describe('a quote in the lists', () => {
  it('is shown on one line, and a whole clause is shortened (all of it in the tooltip)', async () => {
    const clauseText = `2. urges Member States\nand other stakeholders ${'to continue to contribute to its full implementation '.repeat(8)}`;
    const long = sampleNote({ id: 'long', selectors: [{ type: 'TextQuoteSelector', exact: clauseText, prefix: '', suffix: '' }] });
    const short = sampleNote({
      id: 'short',
      selectors: [{ type: 'TextQuoteSelector', exact: 'closely\nmonitor', prefix: '', suffix: '' }],
    });
    const root = host();
    const readerNotes = fakeReaderNotes([
      { note: long, status: 'placed', page: 9 },
      { note: short, status: 'placed', page: 9 },
    ]);
    await act(() =>
      render(
        h(ReaderNotesList, { readerNotes, store: memoryNotesStore([long, short]), drafts: null, allNotesHref: 'ext://notes.html' }),
        root,
      ),
    );
    const [first, second] = [...root.querySelectorAll<HTMLElement>('[data-part="quote"]')];
    expect(first!.textContent.startsWith('2. urges Member States and other stakeholders to continue')).toBe(true);
    expect(first!.textContent.endsWith('…')).toBe(true);
    expect(first!.textContent.length).toBeLessThanOrEqual(281);
    expect(first!.getAttribute('title')).toBe(clauseText);
    expect(second!.textContent).toBe('closely monitor');
    expect(second!.hasAttribute('title')).toBe(false);
  });
});
