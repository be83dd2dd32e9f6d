/**
 * Puts the viewer's controls to work on a shown document: find, zoom, pages (with `&page=` in the
 * address), print and save, and their keys. Everything stops with `signal`.
 */
import { addressWithPage } from '../../lib/reader/address-page';
import { documentFileName } from '../../lib/reader/file-name';
import type { UnLang } from '../../lib/citations/types';
import type { ReaderMarks } from './reader-notes';
import type { PdfView } from './pdf-view';
import { attachDocumentFind } from './document-find';
import { readOutline } from './outline';
import { createPrinter } from './printer';
import { listenForViewerKeys, type PageMoves } from './viewer-keys';
import type { ViewerModel } from '../../components/reader/viewer/viewer-model';
import { attachZoom } from './zoom';
import { downloadBlob } from '../../lib/dom/download';

export interface ViewerDocument {
  /** Names the document for the remembered zoom (symbol and language, or pdf.js's fingerprint). */
  key: string;
  /** The symbol addresses and the catalogue know it by. */
  symbol: string | null;
  /** The symbol the masthead prints (a joint symbol whole): what the print heading, the saved file and a copy show. */
  printedSymbol: string | null;
  lang: UnLang | null;
  title: string | null;
  /** Where the PDF came from (for a file name when it has no symbol). */
  url: string | null;
}

/** How long the page must stay before the address follows it (browsers limit replaceState). */
const ADDRESS_DELAY_MS = 300;

export function attachViewerControls(options: {
  win: Window;
  model: ViewerModel;
  view: PdfView;
  document: ViewerDocument;
  marks: ReaderMarks;
  storage: Storage | null;
  /** The document's date of adoption (ISO), from the metadata service, for its citation line. */
  dateOf?: (symbol: string, lang: UnLang) => Promise<string | undefined>;
  signal: AbortSignal;
}): void {
  const { win, model, view, document: shown, signal } = options;
  const { viewer, eventBus, pdf } = view.pdfjs;

  const find = attachDocumentFind(view.pdfjs, signal);
  find.subscribe((result) => model.set({ find: result }));
  const zoom = attachZoom({ pdfjs: view.pdfjs, model, storage: options.storage, documentKey: shown.key, signal });
  const printer = createPrinter({
    win,
    pdf,
    marks: options.marks,
    model,
    heading: () => [shown.printedSymbol, shown.title].filter((part) => part !== null).join(' — '),
    signal,
  });

  // The page in view: in the toolbar at once, in the address once the reader stays on it.
  let addressTimer: number | undefined;
  const onPage = ({ pageNumber }: { pageNumber: number }) => {
    model.set({ page: pageNumber });
    win.clearTimeout(addressTimer);
    addressTimer = win.setTimeout(() => {
      const next = addressWithPage(win.location.href, pageNumber);
      if (next !== win.location.href) win.history.replaceState(win.history.state, '', next);
    }, ADDRESS_DELAY_MS);
  };
  eventBus.on('pagechanging', onPage);
  signal.addEventListener(
    'abort',
    () => {
      eventBus.off('pagechanging', onPage);
      win.clearTimeout(addressTimer);
    },
    { once: true },
  );
  model.set({ ready: true, page: viewer.currentPageNumber, pageCount: pdf.numPages, pdf, outline: null });
  const { symbol, lang } = shown;
  const printed = shown.printedSymbol ?? symbol;
  const dateOf = options.dateOf;
  model.set({
    cited:
      symbol !== null && lang !== null
        ? { symbol, printed: printed ?? symbol, lang, date: () => (dateOf ? dateOf(symbol, lang) : Promise.resolve(undefined)) }
        : null,
  });
  void readOutline(pdf).then((outline) => signal.aborted || model.set({ outline }));
  signal.addEventListener('abort', () => model.set({ pdf: null, outline: null, sidebar: 'closed', cited: null }), { once: true });

  const goToPage = (page: number) => {
    viewer.currentPageNumber = Math.min(Math.max(1, Math.round(page)), pdf.numPages);
  };
  const pages: PageMoves = {
    screen(direction) {
      if (viewer.currentScaleValue === 'page-fit') {
        if (direction > 0) viewer.nextPage();
        else viewer.previousPage();
        return;
      }
      // As the browser's own PageDown: a screen, less a little for context.
      viewer.container.scrollBy({ top: direction * viewer.container.clientHeight * 0.9 });
    },
    first: () => goToPage(1),
    last: () => goToPage(pdf.numPages),
  };

  const actions = {
    goToPage,
    goToDestination(dest: string | unknown[] | null) {
      if (dest !== null) void view.pdfjs.linkService.goToDestination(dest);
    },
    zoomIn: zoom.zoomIn,
    zoomOut: zoom.zoomOut,
    setZoom: zoom.setZoom,
    openFind() {
      find.warm();
      model.set({ findOpen: true, findFocus: model.get().findFocus + 1 });
    },
    find(query: Parameters<typeof find.find>[0]) {
      model.set({ findQuery: { query: query.query, matchCase: query.matchCase, entireWord: query.entireWord } });
      find.find(query);
    },
    closeFind() {
      find.close();
      model.set({ findOpen: false });
    },
    print: (choice: { highlights: boolean }) => void printer.printPages(choice),
    printNotes: () => void printer.printNotes(),
    save: () => void saveOriginal(win, pdf, documentFileName(printed, shown.lang, shown.url)),
  };
  model.bind(actions, signal);
  // Read the pages' text for find as soon as pdf.js has painted the first page (not before, so
  // the reader sees it at once): the citation scan reads the same text (shared, ADR 0023), and
  // Ctrl+F right after the document opens finds a phrase on page 40 without reading 40 pages first.
  const onFirstPaint = () => {
    eventBus.off('pagerendered', onFirstPaint);
    if (!signal.aborted) find.warm();
  };
  eventBus.on('pagerendered', onFirstPaint);
  signal.addEventListener('abort', () => eventBus.off('pagerendered', onFirstPaint), { once: true });
  listenForViewerKeys(win, model, actions, pages, signal);
}

/** Downloads the PDF's own bytes (as received, not re-written) under `name`. */
async function saveOriginal(win: Window, pdf: PdfView['pdfjs']['pdf'], name: string): Promise<void> {
  const bytes = await pdf.getData();
  // Kept a minute: a large PDF's download can take a while to start reading the object.
  downloadBlob(win, URL, new Blob([bytes as BlobPart], { type: 'application/pdf' }), name, 60_000);
}
