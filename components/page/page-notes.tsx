/**
 * Notes on a web page (ADR 0017): the same highlights and notes as in the reader, through the
 * shared marks (components/marks/). The page's blocks, in document order, are its DocumentText;
 * the document is the page's UN symbol when it has one (so a Digital Library record and the PDF
 * in the reader share notes), else the page's address without fragment. Notes come over the
 * background's port (a content script cannot open the extension's database); marks are drawn
 * through the HTML surface, which records them with the citations so that switching the site off
 * takes them out exactly. The toolbar, the note card and the notes list live in one shadow root.
 *
 * The text is read once the first pass over the page is over, and again (debounced) whenever the
 * page changes a block after that: the notes are then anchored anew. Everything stops with `signal`.
 */
import { documentTextOf } from '../../lib/anchoring';
import type { UnLang } from '../../lib/citations/types';
import { documentKeyOf, type DocumentRef, type NotesChange, type NotesStore } from '../../lib/notes/types';
import type { HtmlPageSurface } from '../../lib/page/html-surface';
import type { TextBlock } from '../../lib/surface/surface';
import { applyInterfaceLanguage, t } from '../extension/i18n';
import { LANGUAGE_NAMES } from '../reader/LanguageSwitch';
import { createDocumentMarks, type DocumentMarks } from '../marks/document-marks';
import type { MarkLayer } from '../../lib/marks/mark-layer';
import { attachMarking } from '../marks/marking-ui';
import { createNotesFrame } from '../extension/notes-frame-host';
import { revealMark } from './mark-reveal';
import { PageNotesToggle } from './page-notes-list';
import { addPageMarksStyle, PAGE_NOTES_SHADOW_CSS } from './page-notes-style';
import { mountShadowHost } from '../shadow-host';

export interface PageNotesStore extends NotesStore {
  subscribe(listener: (change: NotesChange) => void, signal: AbortSignal): void;
}

export interface PageNotesOptions {
  win: Window;
  surface: Pick<HtmlPageSurface, 'highlightWrapperFor' | 'wrapMarks' | 'eraseMarks'>;
  doc: DocumentRef;
  lang: UnLang | null;
  title: string | null;
  notes: PageNotesStore;
  /** Turns a reader address into an absolute URL (the extension's reader page). */
  readerUrl(address: string): string;
  signal: AbortSignal;
  /** Quiet time after the page changed a block before its text is read again. */
  settleMs?: number;
}

export interface PageNotes {
  /** A block was linked (handed out by the surface, now or again after the page changed it). */
  blockLinked(block: TextBlock): void;
  /** The first pass over the page is over: its text is known. */
  firstPassDone(): void;
  readonly marks: DocumentMarks;
}

/** `<html data-resolute-notes="done">`: test builds only (lib/test-hooks.d.ts). */
const NOTES_ATTRIBUTE = 'resoluteNotes';

/** `data-resolute` of the shadow root's host. */
export const PAGE_NOTES_HOOK = 'page-notes-host';

export function startPageNotes(options: PageNotesOptions): PageNotes {
  const { win, signal, surface } = options;
  const doc = win.document;
  const blocks = new Map<Element, TextBlock>();
  let firstPassOver = false;
  let rereadTimer: number | undefined;
  let status: string | null = null;
  const removeStyle = addPageMarksStyle(doc);

  // One shadow root for everything Resolute shows on the page about notes.
  const mounted = mountShadowHost(doc, {
    name: 'resolute-page-notes',
    hook: PAGE_NOTES_HOOK,
    css: PAGE_NOTES_SHADOW_CSS,
    containers: ['', 'mark-toolbar-host', 'mark-card-host'],
  });
  const [listHost, toolbar, card] = mounted.containers as [HTMLElement, HTMLElement, HTMLElement];
  // What Resolute shows speaks the interface's language and direction, not the page's.
  for (const part of [listHost, toolbar, card]) applyInterfaceLanguage(part);

  const layer: MarkLayer = {
    wrap: (block, start, end, make) => surface.wrapMarks(block, start, end, make),
    erase: (block) => surface.eraseMarks(block),
  };
  const report = (message: string) => {
    status = message;
    showList();
  };
  const marks = createDocumentMarks({
    surface,
    layer,
    notes: { open: () => Promise.resolve(options.notes), subscribe: (listener, s) => options.notes.subscribe(listener, s) },
    languageName: (lang) => t(LANGUAGE_NAMES[lang]),
    // The marks are in the page's DOM: their names do not quote the reader's notes.
    noteTextInLabels: false,
    report,
    signal,
  });
  marks.attachView({
    container: doc.body ?? doc.documentElement,
    reveal: (element) => revealMark(element, win),
  });

  const docName = options.doc.kind === 'symbol' ? options.doc.symbol : t('pagenotes_thisPage');
  // The notes' words, tags and ids show only in the notes frame, out of the page's reach (ADR 0024).
  const frame = createNotesFrame(doc, signal);
  const docKey = documentKeyOf(options.doc);
  // "Show on this page" in the frame's list: the frame sends only the note id, through the background.
  frame.onShowMark((noteId) => marks.scrollToNote(noteId));
  const showList = () => {
    if (signal.aborted) return;
    const open = () => frame.show({ view: 'list', docKey, docName });
    mounted.render(<PageNotesToggle count={marks.get().notes.length} docName={docName} status={status} onOpen={open} />, listHost);
  };
  marks.subscribe(showList);

  attachMarking({
    win,
    container: doc.body ?? doc.documentElement,
    marks,
    hosts: { toolbar, card },
    // The page can read its own localStorage: notes being typed are not kept there.
    drafts: null,
    showCard: (note, near) => frame.show({ view: 'card', docKey: note.docKey, noteId: note.id }, near),
    report,
    signal,
  });

  /** Reads the page's text (its blocks in document order) and anchors the notes in it. */
  const readText = () => {
    rereadTimer = undefined;
    if (signal.aborted) return;
    const ordered = [...blocks.values()]
      .filter((block) => block.root.isConnected)
      .sort((a, b) => (a.root.compareDocumentPosition(b.root) & 4 ? -1 : 1));
    for (const [element, block] of blocks) if (!block.root.isConnected) blocks.delete(element);
    void marks
      .setDocument({
        doc: options.doc,
        lang: options.lang,
        title: options.title,
        text: documentTextOf(ordered.map((block) => ({ key: block.key, text: block.text }))),
      })
      .then(() => {
        // `<html data-resolute-notes="done">`: the notes are anchored and drawn (tests wait for it).
        if (__RESOLUTE_TEST_HOOKS__ && !signal.aborted) doc.documentElement.dataset[NOTES_ATTRIBUTE] = 'done';
      });
  };

  // Drawing waits until the surface is done linking the block (its citations are recorded
  // first: marks are taken out before them).
  let arrived: TextBlock[] = [];
  const drawArrived = () => {
    const batch = arrived;
    arrived = [];
    if (signal.aborted) return;
    for (const block of batch) if (blocks.get(block.root) === block) marks.blockRendered(block);
  };

  signal.addEventListener(
    'abort',
    () => {
      win.clearTimeout(rereadTimer);
      mounted.destroy();
      removeStyle();
      if (__RESOLUTE_TEST_HOOKS__) delete doc.documentElement.dataset[NOTES_ATTRIBUTE];
      blocks.clear();
    },
    { once: true },
  );

  return {
    marks,
    blockLinked(block) {
      if (signal.aborted) return;
      const previous = blocks.get(block.root);
      blocks.set(block.root, block);
      if (arrived.length === 0) queueMicrotask(drawArrived);
      arrived.push(block);
      // A block read again with other text (the page changed it): the document's text changed.
      if (firstPassOver && previous?.text !== block.text) {
        win.clearTimeout(rereadTimer);
        rereadTimer = win.setTimeout(readText, options.settleMs ?? 250);
      }
    },
    firstPassDone() {
      if (firstPassOver || signal.aborted) return;
      firstPassOver = true;
      readText();
    },
  };
}
