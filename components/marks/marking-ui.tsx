/**
 * Marking on a reading surface (the reader's pages, a web page): a selection gets the toolbar
 * (colours, "Add note"), Alt+Shift+H highlights it in the default colour, a clause number (a
 * control drawn by the painter) marks its whole clause, and a mark opens its note in a floating
 * card. The toolbar and the card live in hosts the caller may give (a web page puts them in a
 * shadow root, where the page cannot style or break them). Everything stops with `signal`.
 */
import { render } from 'preact';
import { documentRangeOf } from '../../lib/reader/selection-offsets';
import { NOTE_COLOURS, NotesError, type Note, type NoteColour } from '../../lib/notes/types';
import { applyInterfaceLanguage, t } from '../extension/i18n';
import { placeCard } from '../../lib/popover/placement';
import { selectionFits } from '../../lib/notes/note-limits';
import { MAX_QUOTE } from '../../lib/notes/note-shape';
import { firstHighlightOf, noteIdOfHighlight } from '../../lib/surface/highlight-element';
import { CLAUSE_CONTROL_HOOK, isOwnClauseControl } from '../../lib/marks/mark-painter';
import { NoteCard } from './NoteCard';
import type { NoteDraftKeeper } from '../../lib/notes/notes-ui-autosave';
import type { DocumentMarks } from './document-marks';
import { SelectionToolbar } from './SelectionToolbar';

/** What marking needs of the marks controller. */
export type MarkingTarget = Pick<
  DocumentMarks,
  'ready' | 'document' | 'placedBlocks' | 'markRange' | 'markClause' | 'store' | 'reload' | 'openEditor' | 'setEditorOpener'
>;

export interface MarkingOptions {
  win: Window;
  /** Where selections and marks count (the reader's pages; a web page's body). */
  container: HTMLElement;
  marks: MarkingTarget;
  /**
   * Where the toolbar and the card are rendered (each positioned `fixed` by its stylesheet).
   * Default: two elements appended to the body (the reader's own page).
   */
  hosts?: { toolbar: HTMLElement; card: HTMLElement };
  /** The note editor's draft keeper (default: the editor's own); null on web pages. */
  drafts?: NoteDraftKeeper | null;
  /** Tells the reader something went wrong (a status line). */
  report(message: string): void;
  /**
   * Shows a note's card somewhere other than `hosts.card` (a web page: the notes frame, beside the
   * mark at `near`). Default: the card is rendered in `hosts.card`.
   */
  showCard?: (note: Note, near: DOMRect | undefined) => void;
  signal: AbortSignal;
}

const DEFAULT_COLOUR: NoteColour = NOTE_COLOURS[0];
/** Let a selection settle (drag, shift+arrows) before the toolbar appears. */
const SETTLE_MS = 150;

export function attachMarking(options: MarkingOptions): void {
  const { win, container, marks, signal } = options;
  const doc = win.document;
  const toolbarHost = options.hosts?.toolbar ?? hostElement(doc, 'mark-toolbar-host');
  const cardHost = options.hosts?.card ?? hostElement(doc, 'mark-card-host');
  cardHost.hidden = true;
  /** The focused element as the hosts see it (inside a shadow root, the document sees only its host). */
  const activeIn = (host: HTMLElement): Element | null => {
    const root = host.getRootNode() as Document | ShadowRoot;
    return root.activeElement ?? null;
  };
  let selected: { start: number; end: number; rect: DOMRect } | null = null;
  let settle: number | undefined;
  let pointerDown = false;
  let returnFocus: HTMLElement | null = null;
  let openNoteId: string | null = null;

  const selectionRange = (): { start: number; end: number; rect: DOMRect } | null => {
    const selection = win.getSelection();
    if (selection === null || selection.isCollapsed || selection.rangeCount === 0 || !marks.ready()) return null;
    const range = selection.getRangeAt(0);
    if (!container.contains(range.commonAncestorContainer)) return null;
    const text = marks.document();
    if (text === null) return null;
    const offsets = documentRangeOf(
      { node: range.startContainer, offset: range.startOffset },
      { node: range.endContainer, offset: range.endOffset },
      marks.placedBlocks(),
      text.text,
    );
    return offsets === null ? null : { ...offsets, rect: range.getBoundingClientRect() };
  };

  const hideToolbar = () => {
    selected = null;
    render(null, toolbarHost);
  };

  const showToolbar = () => {
    if (pointerDown) return;
    // Moving the focus into the toolbar does not change the selection; keep it shown meanwhile.
    if (toolbarHost.contains(activeIn(toolbarHost))) return;
    selected = selectionRange();
    if (selected === null) {
      render(null, toolbarHost);
      return;
    }
    render(
      <SelectionToolbar onHighlight={(colour) => void highlight(colour, false)} onAddNote={() => void highlight(DEFAULT_COLOUR, true)} />,
      toolbarHost,
    );
    placeBeside(toolbarHost, selected.rect, 4);
  };

  /**
   * Puts a host beside `anchor` (below it, or above when there is no room), its start edge on the
   * anchor's: the left edge in a left-to-right interface, the right edge in Arabic, where the eye
   * starts reading. Measured once rendered, from the top left corner, so its width is its own.
   */
  const placeBeside = (host: HTMLElement, anchor: DOMRect | undefined, margin: number) => {
    host.style.left = '0px';
    host.style.top = '0px';
    const size = host.getBoundingClientRect();
    const viewport = { width: win.innerWidth, height: win.innerHeight };
    const dir = win.getComputedStyle(host).direction === 'rtl' ? 'rtl' : 'ltr';
    // No mark to stand beside (it is not drawn): the middle of the window, near its top.
    const box = anchor ?? { left: (viewport.width - size.width) / 2, top: 72 - margin, width: size.width, height: 0 };
    const at = placeCard(box, size, viewport, dir, margin + 2, margin);
    host.style.left = `${at.left}px`;
    host.style.top = `${at.top}px`;
  };

  const highlight = async (colour: NoteColour, withNote: boolean, range = selected) => {
    if (range === null) return;
    if (!marks.ready()) {
      options.report(t('mark_notReady'));
      return;
    }
    if (!selectionFits(range.start, range.end)) {
      // Said, not clipped: a quote cut short would no longer find its text again.
      options.report(t('mark_selectionTooLong', String(MAX_QUOTE)));
      return;
    }
    hideToolbar();
    win.getSelection()?.removeAllRanges();
    try {
      const note = await marks.markRange(range.start, range.end, colour);
      if (withNote) openCard(note);
    } catch (error) {
      options.report(t('mark_saveFailed', reasonOf(error)));
    }
  };

  const firstElementOf = (id: string) => firstHighlightOf(container, id);

  const closeCard = () => {
    render(null, cardHost);
    cardHost.hidden = true;
    // The mark may have been redrawn meanwhile (its name follows the note's text): find it again.
    const back = returnFocus?.isConnected ? returnFocus : openNoteId !== null ? firstElementOf(openNoteId) : null;
    returnFocus = null;
    openNoteId = null;
    back?.focus();
  };

  const openCard = (note: Note) => {
    const store = marks.store();
    if (store === null) return;
    if (options.showCard !== undefined) {
      // Shown elsewhere (a web page's notes frame): nothing of the note enters the page.
      options.showCard(note, firstElementOf(note.id)?.getBoundingClientRect());
      return;
    }
    const active = activeIn(cardHost) ?? doc.activeElement;
    const mark = firstElementOf(note.id);
    openNoteId = note.id;
    returnFocus = mark ?? (active instanceof HTMLElement && !cardHost.contains(active) ? active : null);
    cardHost.hidden = false;
    // A fresh card for each note (the editor keeps its own state per note).
    render(null, cardHost);
    render(
      <NoteCard
        note={note}
        store={store}
        onClose={closeCard}
        onChanged={() => void marks.reload()}
        {...(options.drafts !== undefined ? { drafts: options.drafts } : {})}
      />,
      cardHost,
    );
    placeBeside(cardHost, mark?.getBoundingClientRect(), 8);
  };
  marks.setEditorOpener(openCard);

  const scheduleToolbar = () => {
    win.clearTimeout(settle);
    settle = win.setTimeout(showToolbar, SETTLE_MS);
  };
  doc.addEventListener('selectionchange', scheduleToolbar, { signal });
  container.addEventListener('pointerdown', () => (pointerDown = true), { signal });
  win.addEventListener(
    'pointerup',
    () => {
      pointerDown = false;
      scheduleToolbar();
    },
    { signal },
  );

  win.addEventListener(
    'keydown',
    (event) => {
      // `code`, not `key`: the same keys in a Cyrillic or Arabic layout.
      if (event.isTrusted && event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyH') {
        event.preventDefault();
        void highlight(DEFAULT_COLOUR, false, selectionRange());
      }
    },
    { signal },
  );

  /** A click or Enter/Space on a mark or a clause number. */
  const activate = (target: EventTarget | null): boolean => {
    if (!(target instanceof Element)) return false;
    // Only marks and controls Resolute drew: a page's look-alike names no note and marks no clause.
    const mark = target.closest<HTMLElement>('mark[data-resolute="highlight"]');
    const noteId = mark === null ? undefined : noteIdOfHighlight(mark);
    if (mark !== null && noteId !== undefined && container.contains(mark)) {
      marks.openEditor(noteId);
      return true;
    }
    const control = target.closest<HTMLElement>(`[data-resolute="${CLAUSE_CONTROL_HOOK}"][data-clause-id]`);
    if (control !== null && isOwnClauseControl(control) && container.contains(control)) {
      void marks.markClause(control.dataset.clauseId!, DEFAULT_COLOUR).then(
        ({ note, created }) => {
          if (!created) openCard(note);
        },
        (error: unknown) => options.report(t('mark_saveFailed', reasonOf(error))),
      );
      return true;
    }
    return false;
  };
  container.addEventListener(
    'click',
    (event) => {
      // What the reader does, not a page script's synthetic click.
      if (!event.isTrusted) return;
      // The end of a drag that selected text is a selection, not a click on a mark.
      if (win.getSelection()?.isCollapsed === false) return;
      if (activate(event.target)) event.preventDefault();
    },
    { signal },
  );
  container.addEventListener(
    'keydown',
    (event) => {
      if (event.isTrusted && (event.key === 'Enter' || event.key === ' ') && activate(event.target)) event.preventDefault();
    },
    { signal },
  );

  signal.addEventListener(
    'abort',
    () => {
      win.clearTimeout(settle);
      render(null, toolbarHost);
      render(null, cardHost);
      toolbarHost.remove();
      cardHost.remove();
    },
    { once: true },
  );
}

function hostElement(doc: Document, className: string): HTMLElement {
  const host = doc.createElement('div');
  host.className = className;
  // The interface's language and direction (Arabic: right to left), not the document's.
  applyInterfaceLanguage(host);
  doc.body.append(host);
  return host;
}

function reasonOf(error: unknown): string {
  if (error instanceof NotesError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
