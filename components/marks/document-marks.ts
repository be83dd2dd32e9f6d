/**
 * The notes of one document on one reading surface, put back on every visit and kept on the
 * surface's blocks (the reader's PDF pages, ADR 0013; web pages, ADR 0017). Once the document's text is
 * known (DocumentText: its blocks in order), it is segmented into clauses, the document's notes
 * are loaded and each is anchored (position, quote, fuzzy quote, clause; a note from another
 * language version by its clause only); the painter draws them as blocks render. A note that
 * cannot be placed stays in the list as not found. Any write anywhere (the notes' change
 * announcements) reloads the document's notes and redraws what changed. The text may be given
 * again (a web page changed): the notes are anchored anew.
 *
 * It is also the small observable the notes views read (DocumentNotes), and the marking UI's way
 * to create marks (`markRange`, `markClause`).
 */
import { anchorSelectors, blockAt, clauseSelectors, describeRange } from '../../lib/anchoring';
import { PDF_FRAGMENT, type DocumentText, type PageSelector } from '../../lib/anchoring/types';
import type { UnLang } from '../../lib/citations/types';
import { segmentClauses } from '../../lib/clauses';
import type { Clause } from '../../lib/clauses/types';
import { documentKeyOf, type DocumentRef, type Note, type NoteColour, type NotesChange, type NotesStore } from '../../lib/notes/types';
import { noteTitle } from '../../lib/notes/note-limits';
import { firstHighlightOf } from '../../lib/surface/highlight-element';
import type { PlacedBlock } from '../../lib/reader/selection-offsets';
import type { ReadingSurface, TextBlock } from '../../lib/surface/surface';
import { t } from '../extension/i18n';
import { clauseControlsOf, highlightMarkOf, type LanguageName } from './mark-labels';
import type { MarkLayer } from '../../lib/marks/mark-layer';
import { createMarkPainter, type PaintedMark } from '../../lib/marks/mark-painter';
import type { DocumentNotes, DocumentNotesState, PlacedNote } from '../../lib/marks/placed-notes';

export interface NotesAccess {
  /** Opens the notes store (once; the promise is kept). */
  open(): Promise<NotesStore>;
  /** Tells of every committed write anywhere, until `signal` aborts. */
  subscribe(listener: (change: NotesChange) => void, signal: AbortSignal): void;
}

/** A document as the surface read it. */
export interface MarkedDocument {
  doc: DocumentRef;
  /** Its language (null when unknown: segmented as English, numbering is the same everywhere). */
  lang: UnLang | null;
  title: string | null;
  text: DocumentText;
  /** The 1-based PDF page a block is (for PageSelectors); absent where blocks are no pages. */
  pageOfBlock?: (key: string) => number | undefined;
}

/** Where marks are scrolled to. */
export interface MarksView {
  readonly container: HTMLElement;
  /** Brings a mark's page into view (rendering it) on a surface with pages. */
  goToPage?(page: number): void;
  /** Scrolls so that `element` is seen. */
  reveal(element: HTMLElement): void;
  /** Resolves to the element once `find` finds it (a page being rendered), or undefined. */
  appearing?(find: () => HTMLElement | undefined, signal: AbortSignal): Promise<HTMLElement | undefined>;
}

export interface DocumentMarks extends DocumentNotes {
  /** A block, after its citations were linked. */
  blockRendered(block: TextBlock): void;
  attachView(view: MarksView): void;
  /** The document's text is known, or changed: anchors the notes (opening the store the first time). */
  setDocument(document: MarkedDocument): Promise<void>;
  /** Whether marks can be made (the text is known and the notes opened). */
  ready(): boolean;
  /** The notes store, once open. */
  store(): NotesStore | null;
  document(): DocumentText | null;
  placedBlocks(): PlacedBlock[];
  /** Highlights [start, end) of the document text; resolves to the new note. */
  markRange(start: number, end: number, colour: NoteColour): Promise<Note>;
  /** Marks a whole clause, or gives the existing mark that covers exactly that clause. */
  markClause(clauseId: string, colour: NoteColour): Promise<{ note: Note; created: boolean }>;
  /** Who opens editors (the marking UI). */
  setEditorOpener(open: (note: Note) => void): void;
  /** Re-reads the document's notes (after an edit here). */
  reload(): Promise<void>;
}

export interface DocumentMarksOptions {
  surface: Pick<ReadingSurface, 'highlightWrapperFor'>;
  /** How marks get into blocks and out (default: unwrapping, for DOM Resolute owns). */
  layer?: MarkLayer;
  notes: NotesAccess;
  languageName: LanguageName;
  /**
   * Whether a mark's accessible name quotes its note (default true). False where marks live in a
   * DOM that is not Resolute's (a web page): the site's scripts could read the note there.
   */
  noteTextInLabels?: boolean;
  /** Tells the reader what went wrong (the notes cannot be opened). */
  report(message: string): void;
  signal: AbortSignal;
}

export function createDocumentMarks(options: DocumentMarksOptions): DocumentMarks {
  const { signal } = options;
  const painter = createMarkPainter(options.surface, options.layer);
  const listeners = new Set<(state: DocumentNotesState) => void>();
  let state: DocumentNotesState = { doc: null, docKey: null, lang: null, notes: [] };
  let store: NotesStore | null = null;
  let opening: Promise<NotesStore | null> | null = null;
  let current: MarkedDocument | null = null;
  let clauses: Clause[] = [];
  let view: MarksView | null = null;
  let openEditor: ((note: Note) => void) | null = null;
  let loads = 0;
  signal.addEventListener('abort', () => listeners.clear(), { once: true });

  const emit = (next: Partial<DocumentNotesState>) => {
    state = { ...state, ...next };
    for (const listener of [...listeners]) listener(state);
  };

  const pageAt = (offset: number): number | undefined => {
    if (current?.pageOfBlock === undefined) return undefined;
    const at = blockAt(current.text, offset);
    return at.index === -1 ? undefined : current.pageOfBlock(at.key);
  };

  const place = (note: Note): PlacedNote => {
    if (current === null) return { note, status: 'pending' };
    const sameLanguage = note.doc.kind !== 'symbol' || state.doc?.kind !== 'symbol' || note.doc.lang === state.lang;
    const anchor = anchorSelectors(current.text, note.selectors, clauses, { sameLanguage });
    if (anchor === null) return { note, status: 'not-found' };
    const status = anchor.method !== 'clause' ? 'placed' : sameLanguage ? 'clause' : 'other-language';
    const page = pageAt(anchor.start);
    return { note, status, anchor, ...(page !== undefined ? { page } : {}) };
  };

  const show = (notes: readonly Note[]) => {
    const placed = notes.map(place).sort(byPlace);
    const marks = new Map<string, PaintedMark>();
    for (const entry of placed) {
      if (entry.anchor === undefined || current === null) continue;
      const mark = highlightMarkOf(entry, current.text, options.languageName, options.noteTextInLabels ?? true);
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

  /** Opens the store once and follows its changes; null when it cannot be opened (told). */
  const openStore = () =>
    (opening ??= options.notes.open().then(
      (opened) => {
        if (signal.aborted) return null;
        store = opened;
        options.notes.subscribe((change) => {
          if (state.docKey !== null && change.docKeys.includes(state.docKey)) void reload();
        }, signal);
        return opened;
      },
      (error: unknown) => {
        // Marks cannot be shown or made; the reading goes on, and the reader is told why.
        options.report(t('mark_notesUnavailable', error instanceof Error ? error.message : String(error)));
        return null;
      },
    ));

  const requireReady = (): { store: NotesStore; document: MarkedDocument } => {
    if (store === null || current === null) throw new Error('The document has not been read yet');
    return { store, document: current };
  };

  /**
   * Ready to write: the document read and the notes store open. A click on a clause number can come
   * while the store is still opening (a slow disk, a busy machine): it waits for the store rather
   * than failing with "not read yet".
   */
  const whenReady = async (): Promise<{ store: NotesStore; document: MarkedDocument }> => {
    if (store === null && current !== null) await openStore();
    return requireReady();
  };

  const pageSelectorAt = (start: number): PageSelector[] => {
    const page = pageAt(start);
    return page === undefined ? [] : [{ type: 'FragmentSelector', conformsTo: PDF_FRAGMENT, value: `page=${page}` }];
  };

  const create = async (selectors: Note['selectors'], colour: NoteColour): Promise<Note> => {
    const ready = await whenReady();
    // A page title may be any length or carry bidi controls: clipped and cleaned, never refused.
    const docTitle = noteTitle(ready.document.title);
    const note = await ready.store.create({
      doc: ready.document.doc,
      selectors,
      text: '',
      colour,
      tags: [],
      ...(docTitle !== undefined ? { docTitle } : {}),
    });
    // Shown at once; the announcement of the write reloads (and finds the same) shortly after.
    show([...state.notes.map((entry) => entry.note).filter((n) => n.id !== note.id), note]);
    return note;
  };

  const marks: DocumentMarks = {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async scrollToNote(id) {
      const entry = state.notes.find((n) => n.note.id === id);
      if (entry?.anchor === undefined || view === null || signal.aborted) return false;
      const shown = view;
      const find = () => firstHighlightOf(shown.container, id) ?? undefined;
      let element = find();
      if (element === undefined && entry.page !== undefined && shown.goToPage !== undefined) {
        shown.goToPage(entry.page);
        element = await shown.appearing?.(find, signal);
      }
      if (element === undefined || signal.aborted) return false;
      shown.reveal(element);
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
    async setDocument(document) {
      if (signal.aborted) return;
      current = document;
      // A PDF whose language is unknown is segmented as English (numbering is the same everywhere).
      clauses = segmentClauses(document.text.text, document.lang ?? 'en');
      painter.setDocument(document.text, clauseControlsOf(clauses, document.text));
      const docKey = documentKeyOf(document.doc);
      if (docKey !== state.docKey || document.lang !== state.lang) emit({ doc: document.doc, docKey, lang: document.lang });
      if ((await openStore()) === null || signal.aborted) return;
      await reload();
    },
    ready: () => store !== null && current !== null,
    store: () => store,
    document: () => current?.text ?? null,
    placedBlocks: () => painter.placedBlocks(),
    async markRange(start, end, colour) {
      const ready = await whenReady();
      const pageOf = ready.document.pageOfBlock;
      const selectors = describeRange(ready.document.text, start, end, clauses, pageOf !== undefined ? { pageOf } : {});
      return create(selectors, colour);
    },
    async markClause(clauseId, colour) {
      const ready = await whenReady();
      const clause = clauses.find((c) => c.id === clauseId);
      if (clause === undefined) throw new Error(`No clause ${clauseId}`);
      const existing = state.notes.find((n) => n.anchor?.start === clause.start && n.anchor.end === clause.end);
      if (existing !== undefined) return { note: existing.note, created: false };
      const selectors = [...clauseSelectors(ready.document.text, clause), ...pageSelectorAt(clause.start)];
      return { note: await create(selectors, colour), created: true };
    },
    reload,
  };
  signal.addEventListener('abort', () => painter.clear(), { once: true });
  return marks;
}

/** Placed notes in document order, then the others in the order they were made. */
function byPlace(a: PlacedNote, b: PlacedNote): number {
  const pa = a.anchor?.start ?? Number.POSITIVE_INFINITY;
  const pb = b.anchor?.start ?? Number.POSITIVE_INFINITY;
  return pa !== pb ? pa - pb : a.note.created.localeCompare(b.note.created);
}
