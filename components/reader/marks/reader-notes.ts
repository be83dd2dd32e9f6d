/**
 * The notes of the open document, put back on every visit and kept on the pages (issue 5). When
 * the whole document has been read, its text (DocumentText, pages as blocks `p1`…) is segmented
 * into clauses, the document's notes are loaded and each is anchored (position, quote, fuzzy
 * quote, clause; a note from another language version by its clause only); the painter draws
 * them as pages render. A note that cannot be placed stays in the list as not found. Any write
 * in any tab (BroadcastChannel) reloads the document's notes and redraws what changed.
 *
 * It is also the small observable the reader's Notes tab reads (ReaderNotes), and the marking
 * UI's way to create marks (`markRange`, `markClause`).
 */
import { anchorSelectors, clauseSelectors, describeRange, documentTextOf } from '../../../lib/anchoring';
import { PDF_FRAGMENT, type Anchor, type DocumentText, type PageSelector } from '../../../lib/anchoring/types';
import { segmentClauses } from '../../../lib/clauses';
import type { Clause } from '../../../lib/clauses/types';
import type { UnLang } from '../../../lib/citations/types';
import { documentKeyOf, type DocumentRef, type Note, type NoteColour, type NotesChange, type NotesStore } from '../../../lib/notes/types';
import type { TextBlock } from '../../../lib/surface/surface';
import { t } from '../../i18n';
import { appearing, centre } from '../citation-jump';
import { clauseControlsOf, highlightMarkOf, type LanguageName } from './mark-labels';
import { createMarkPainter, type PaintedMark } from './mark-painter';
import type { PlacedNote, ReaderNotes, ReaderNotesState } from './reader-notes-types';
import type { ReadingSurface } from '../../../lib/surface/surface';

export interface NotesAccess {
  /** Opens the notes database (once; the promise is kept). */
  open(): Promise<NotesStore>;
  /** Tells of every committed write in any tab, until `signal` aborts. */
  subscribe(listener: (change: NotesChange) => void, signal: AbortSignal): void;
}

/** What the reader learnt about the document after reading it whole. */
export interface ReadDocument {
  doc: DocumentRef;
  lang: UnLang | null;
  title: string | null;
  /** Every page's text, `pages[0]` is page 1, as the text layer's blocks read them. */
  pages: readonly string[];
}

/** The pages, for scrolling to a mark that is not rendered yet. */
export interface MarksView {
  readonly container: HTMLElement;
  goToPage(page: number): void;
}

export interface ReaderMarks extends ReaderNotes {
  /** A page's block, after its citations were linked. */
  blockRendered(block: TextBlock): void;
  attachView(view: MarksView): void;
  documentRead(read: ReadDocument): Promise<void>;
  /** Whether marks can be made (the document was read and the notes opened). */
  ready(): boolean;
  /** The notes database, once open. */
  store(): NotesStore | null;
  document(): DocumentText | null;
  placedBlocks(): ReturnType<ReturnType<typeof createMarkPainter>['placedBlocks']>;
  /** Highlights [start, end) of the document text; resolves to the new note. */
  markRange(start: number, end: number, colour: NoteColour): Promise<Note>;
  /** Marks a whole clause, or gives the existing mark that covers exactly that clause. */
  markClause(clauseId: string, colour: NoteColour): Promise<{ note: Note; created: boolean }>;
  /** Who opens editors (the marking UI). */
  setEditorOpener(open: (note: Note) => void): void;
  /** Re-reads the document's notes (after an edit in this page). */
  reload(): Promise<void>;
}

export interface ReaderMarksOptions {
  surface: Pick<ReadingSurface, 'highlightWrapperFor'>;
  notes: NotesAccess;
  languageName: LanguageName;
  /** Tells the reader what went wrong (the notes database cannot be opened). */
  report(message: string): void;
  signal: AbortSignal;
}

export function createReaderMarks(options: ReaderMarksOptions): ReaderMarks {
  const { signal } = options;
  const painter = createMarkPainter(options.surface);
  const listeners = new Set<(state: ReaderNotesState) => void>();
  let state: ReaderNotesState = { doc: null, docKey: null, lang: null, notes: [] };
  let store: NotesStore | null = null;
  let text: DocumentText | null = null;
  let clauses: Clause[] = [];
  let title: string | null = null;
  let view: MarksView | null = null;
  let openEditor: ((note: Note) => void) | null = null;
  let loads = 0;

  const emit = (next: Partial<ReaderNotesState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener(state);
  };

  const place = (note: Note): PlacedNote => {
    if (text === null) return { note, status: 'pending' };
    const sameLanguage = note.doc.kind !== 'symbol' || state.doc?.kind !== 'symbol' || note.doc.lang === state.lang;
    const anchor = anchorSelectors(text, note.selectors, clauses, { sameLanguage });
    if (anchor === null) return { note, status: 'not-found' };
    const status = anchor.method !== 'clause' ? 'placed' : sameLanguage ? 'clause' : 'other-language';
    return { note, status, anchor, page: pageOf(text, anchor) };
  };

  const show = (notes: readonly Note[]) => {
    const placed = notes.map(place).sort(byPlace);
    const marks = new Map<string, PaintedMark>();
    for (const entry of placed) {
      if (entry.anchor === undefined) continue;
      const mark = highlightMarkOf(entry, text!, options.languageName);
      marks.set(entry.note.id, {
        start: entry.anchor.start,
        end: entry.anchor.end,
        mark,
        version: `${entry.note.revision}|${entry.note.colour}|${entry.anchor.start}-${entry.anchor.end}|${entry.status}|${mark.label}`,
      });
    }
    painter.setMarks(marks);
    emit({ notes: placed });
  };

  const reload = async () => {
    const docKey = state.docKey;
    if (store === null || docKey === null) return;
    const ticket = ++loads;
    const notes = await store.forDocument(docKey);
    // A newer reload started meanwhile: its answer is the one to show.
    if (ticket !== loads || signal.aborted) return;
    show(notes);
  };

  const requireReady = (): { store: NotesStore; text: DocumentText; doc: DocumentRef } => {
    if (store === null || text === null || state.doc === null) throw new Error('The document has not been read yet');
    return { store, text, doc: state.doc };
  };

  const pageSelectorFor = (doc: DocumentText, start: number): PageSelector => ({
    type: 'FragmentSelector',
    conformsTo: PDF_FRAGMENT,
    value: `page=${pageOf(doc, { start })}`,
  });

  const create = async (selectors: Note['selectors'], colour: NoteColour): Promise<Note> => {
    const ready = requireReady();
    const note = await ready.store.create({
      doc: ready.doc,
      selectors,
      text: '',
      colour,
      tags: [],
      ...(title !== null ? { docTitle: title } : {}),
    });
    // Shown at once; the broadcast of the write reloads (and finds the same) shortly after.
    show([...state.notes.map((entry) => entry.note).filter((n) => n.id !== note.id), note]);
    return note;
  };

  const marks: ReaderMarks = {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async scrollToNote(id) {
      const entry = state.notes.find((n) => n.note.id === id);
      if (entry?.page === undefined || view === null || signal.aborted) return false;
      const root = view.container;
      const find = () => root.querySelector<HTMLElement>(`mark[data-note-id="${CSS.escape(id)}"]`) ?? undefined;
      let element = find();
      if (element === undefined) {
        view.goToPage(entry.page);
        element = await appearing(root, find, signal);
      }
      if (element === undefined || signal.aborted) return false;
      centre(root, element);
      return true;
    },
    openEditor(id) {
      const entry = state.notes.find((n) => n.note.id === id);
      if (entry !== undefined) openEditor?.(entry.note);
    },
    setEditorOpener(open) {
      openEditor = open;
    },
    blockRendered: (block) => painter.blockRendered(block),
    attachView(next) {
      view = next;
    },
    async documentRead(read) {
      text = documentTextOf(read.pages.map((page, i) => ({ key: `p${i + 1}`, text: page })));
      title = read.title;
      // A PDF whose language is unknown is segmented as English (numbering is the same everywhere).
      clauses = segmentClauses(text.text, read.lang ?? 'en');
      painter.setDocument(text, clauseControlsOf(clauses, text));
      emit({ doc: read.doc, docKey: documentKeyOf(read.doc), lang: read.lang });
      try {
        store = await options.notes.open();
      } catch (error) {
        // Marks cannot be shown or made; the reading goes on, and the reader is told why.
        options.report(t('mark_notesUnavailable', error instanceof Error ? error.message : String(error)));
        return;
      }
      if (signal.aborted) return;
      options.notes.subscribe((change) => {
        if (state.docKey !== null && change.docKeys.includes(state.docKey)) void reload();
      }, signal);
      await reload();
    },
    ready: () => store !== null && text !== null && state.doc !== null,
    store: () => store,
    document: () => text,
    placedBlocks: () => painter.placedBlocks(),
    markRange(start, end, colour) {
      const ready = requireReady();
      const selectors = describeRange(ready.text, start, end, clauses, { pageOf: pageOfKey });
      return create(selectors, colour);
    },
    async markClause(clauseId, colour) {
      const ready = requireReady();
      const clause = clauses.find((c) => c.id === clauseId);
      if (clause === undefined) throw new Error(`No clause ${clauseId}`);
      const existing = state.notes.find((n) => n.anchor?.start === clause.start && n.anchor.end === clause.end);
      if (existing !== undefined) return { note: existing.note, created: false };
      const selectors = [...clauseSelectors(ready.text, clause), pageSelectorFor(ready.text, clause.start)];
      return { note: await create(selectors, colour), created: true };
    },
    reload,
  };
  return marks;
}

/** Page `n` is block `p<n>`. */
function pageOfKey(key: string): number | undefined {
  const page = Number(key.slice(1));
  return Number.isInteger(page) && page > 0 ? page : undefined;
}

/** The 1-based page holding the anchor's start. */
function pageOf(doc: DocumentText, anchor: Pick<Anchor, 'start'>): number {
  let page = 1;
  doc.blockStarts.forEach((start, i) => {
    if (start <= anchor.start) page = i + 1;
  });
  return page;
}

/** Placed notes in document order, then the others in the order they were made. */
function byPlace(a: PlacedNote, b: PlacedNote): number {
  const pa = a.anchor?.start ?? Number.POSITIVE_INFINITY;
  const pb = b.anchor?.start ?? Number.POSITIVE_INFINITY;
  return pa !== pb ? pa - pb : a.note.created.localeCompare(b.note.created);
}
