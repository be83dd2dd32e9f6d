/**
 * One document in the reader, from address to linked pages: load it, show it, link the citations
 * of each page as its text layer renders, scan the whole document in the background, restore the
 * place this history entry was left at (or go to the cited pinpoint), and keep the header's state.
 * Everything it starts stops with `destroy()`.
 */
import { findCitations } from '../../lib/citations';
import type { Citation, UnLang } from '../../lib/citations/types';
import { citationMarks } from '../../lib/reader/citation-marks';
import { documentOfUrl, documentSource, type BundledDocument } from '../../lib/reader/document-source';
import { scanDocument } from '../../lib/reader/document-scan';
import type { PdfFetch } from '../../lib/reader/fetch-pdf';
import { buildReaderAddress, parseReaderAddress, type ReaderAddress } from '../../lib/reader/reader-address';
import { linkCitations } from '../../lib/surface/link-citations';
import { pdfTextLayerSurface } from '../../lib/surface/pdf-text-layer';
import type { ReadingSurface } from '../../lib/surface/surface';
import type { DocumentRef } from '../../lib/notes/types';
import { t } from '../../components/extension/i18n';
import { getSharedMetadataClient } from '../../components/extension/metadata-client';
import { attachCitationPopovers } from '../../components/popover/citation-popover';
import { highlightWholeCitations } from './citation-hover';
import { citationJumper, type CitationJumper } from './citation-jump';
import { loadDocument, pageText, type LoadedDocument } from './load-document';
import { goToPinpoint } from './pinpoint-jump';
import { createPdfView, type PdfView } from './pdf-view';
import { normalizeUnicode } from '../../components/extension/pdfjs';
import { keepPosition } from './position-keeper';
import { LANGUAGE_NAMES } from '../../components/reader/LanguageSwitch';
import { attachMarking } from '../../components/marks/marking-ui';
import { createReaderMarks, type NotesAccess, type ReaderMarks } from './reader-notes';
import type { ReaderActions } from '../../lib/reader/reader-actions';
import { currentAddress, enterReaderHistory, listenForHistoryKeys } from '../../lib/reader/reader-history';
import type { ReaderStore } from '../../components/reader/reader-store';

export interface ReaderSessionOptions {
  win: Window;
  store: ReaderStore;
  /** The scroll container (absolutely positioned, as pdf.js requires) and the pages' element in it. */
  container: HTMLDivElement;
  viewerElement: HTMLDivElement;
  bundled: readonly BundledDocument[];
  /** Language for an address that names none. */
  fallbackLang: UnLang;
  fetch: PdfFetch;
  openOriginal(url: string): void;
  /** The notes database and its change announcements (the marks, ADR 0013). */
  notes: NotesAccess;
}

export interface ReaderSession {
  actions: ReaderActions;
  /** The document's notes and marks (the Notes tab reads it). */
  notes: ReaderMarks;
  /** Settles when the document is shown and scanned (or failed). */
  done: Promise<void>;
  destroy(): void;
}

export function startReaderSession(options: ReaderSessionOptions): ReaderSession {
  const { win, store } = options;
  const controller = new AbortController();
  const { signal } = controller;
  const parsed = parseReaderAddress(win.location.href);
  // A UN address given as `src` may name its document: take the symbol and language as known.
  const address: ReaderAddress | null = parsed.ok
    ? parsed.address.src !== undefined
      ? { ...documentOfUrl(parsed.address.src), ...parsed.address }
      : parsed.address
    : null;
  const history = enterReaderHistory(win, {
    address: currentAddress(win),
    symbol: address?.symbol ?? null,
    lang: address?.lang ?? null,
  });
  store.set({ trail: history.trail });
  listenForHistoryKeys(win, signal);
  win.addEventListener(
    'pageshow',
    (event) => {
      // Back in this tab from the back/forward cache: other pages may have moved the trail on.
      if (event.persisted) store.set({ trail: history.reenter() });
    },
    { signal },
  );
  let view: PdfView | null = null;
  let jumper: CitationJumper | null = null;
  let surface: ReadingSurface | null = null;
  const marks = createReaderMarks({
    // Blocks (and so highlights) only come once the surface exists.
    surface: { highlightWrapperFor: (range, mark, part) => surface!.highlightWrapperFor(range, mark, part) },
    notes: options.notes,
    languageName: (lang) => t(LANGUAGE_NAMES[lang]),
    report: (markNotice) => store.set({ markNotice }),
    signal,
  });

  const actions: ReaderActions = {
    back: () => win.history.back(),
    forward: () => win.history.forward(),
    goToStep: (index) => history.goToStep(index),
    languageHref(lang) {
      const { symbol, currentPage } = store.get();
      if (symbol === null) return currentAddress(win);
      return buildReaderAddress({ symbol, lang, ...(currentPage > 1 ? { page: currentPage } : {}) });
    },
    switchLanguage(lang) {
      history.replaceWith(actions.languageHref(lang));
    },
    openOriginal() {
      const { originalUrl } = store.get();
      if (originalUrl !== null) options.openOriginal(originalUrl);
    },
    scrollToCitation: (id) => jumper?.scrollToCitation(id) ?? Promise.resolve(false),
  };

  const run = async () => {
    if (address === null) {
      store.set({ phase: 'failed', failure: { kind: 'address' } });
      return;
    }
    const fallbackLang = address.lang ?? options.fallbackLang;
    store.set({
      symbol: address.symbol ?? null,
      lang: address.src === undefined ? fallbackLang : (address.lang ?? null),
      // The original is the address's document: undocs.org for a symbol, else the URL given.
      originalUrl: documentSource(address, fallbackLang, options.bundled).originalUrl,
    });
    const loaded = await loadDocument({ address, fallbackLang, bundled: options.bundled, fetch: options.fetch, signal });
    if (!loaded.ok) {
      if ('failure' in loaded) store.set({ phase: 'failed', failure: loaded.failure });
      return;
    }
    const doc = loaded.document;
    showFacts(doc);
    view = await createPdfView(options.container, options.viewerElement, doc.pdf);
    if (signal.aborted) return;
    const citationsOf = pageCitations(doc);
    linkPages(view, doc.lang, citationsOf);
    highlightWholeCitations(options.container, signal);
    attachCitationPopovers(options.container, {
      lang: () => doc.lang,
      client: getSharedMetadataClient(),
      signal,
      // The reader's own notes on the cited document, under its summary.
      notes: { forDocument: async (key) => (await options.notes.open()).forDocument(key) },
    });
    jumper = citationJumper(view, signal);
    marks.attachView(view);
    attachMarking({ win, container: options.container, marks, report: (markNotice) => store.set({ markNotice }), signal });
    view.onPageChange((page) => store.set({ currentPage: page }));
    await view.pagesReady;
    if (signal.aborted) return;
    const position = keepPosition(win, view, history, signal);
    position.restore(history.savedPosition, address.page);
    store.set({ currentPage: view.currentPage() });

    // `<html data-resolute-scan>`: what tests and the bench wait for (running, then done).
    const root = win.document.documentElement;
    root.dataset.resoluteScan = 'running';
    const scan = await scanDocument({
      pageCount: doc.pdf.numPages,
      pageText: (n) => pageText(doc.pdf, n),
      findCitations: (text, page) => citationsOf(`p${page}`, text),
      idle: () => idle(win),
      signal,
      onProgress: (progress, pagesDone) => store.set({ pagesScanned: pagesDone, citations: progress.citations.slice() }),
    });
    if (signal.aborted) return;
    store.set({ noText: scan.pages.every((page) => page.trim() === '') });
    root.dataset.resoluteScan = 'done';
    // `<html data-resolute-notes>`: what tests wait for (the notes anchored and drawn where rendered).
    const notesReady = marks
      .documentRead({ doc: documentRefOf(doc, address.src), lang: doc.lang, title: doc.title, pages: scan.pages })
      .then(() => (root.dataset.resoluteNotes = 'done'));
    if (address.pinpoint !== undefined && history.savedPosition === null && !position.movedByUser()) {
      const found = await goToPinpoint(view, doc.pdf, scan.pages, address.pinpoint, doc.lang);
      store.set({ pinpoint: { pinpoint: address.pinpoint, found } });
    }
    await notesReady;
    if (address.note !== undefined && history.savedPosition === null && !position.movedByUser()) await marks.scrollToNote(address.note);
  };

  const showFacts = (doc: LoadedDocument) => {
    const title = doc.title ?? t('reader_untitled');
    store.set({ phase: 'ready', symbol: doc.symbol, title: doc.title, lang: doc.lang, pageCount: doc.pdf.numPages });
    win.document.title = doc.symbol !== null ? t('reader_tabTitle', [doc.symbol, title]) : title;
    // The pages are in the document's language (screen readers pronounce them so), the header in
    // the UI's. No `dir`: pdf.js gives each text span its own, and the page layout is not mirrored.
    options.viewerElement.lang = doc.lang;
    store.set({ trail: history.updateStep({ address: currentAddress(win), symbol: doc.symbol, lang: doc.lang }) });
  };

  /** The engine on one page, remembered per page: the text layer and the background scan share it. */
  const pageCitations = (doc: LoadedDocument) => {
    const cache = new Map<string, { text: string; citations: Citation[] }>();
    const context = { lang: doc.lang, ...(doc.symbol !== null ? { pageSymbol: doc.symbol } : {}) };
    return (key: string, text: string): Citation[] => {
      const hit = cache.get(key);
      if (hit !== undefined && hit.text === text) return hit.citations;
      const citations = findCitations(text, context);
      cache.set(key, { text, citations });
      return citations;
    };
  };

  const linkPages = (pdfView: PdfView, lang: UnLang, citationsOf: (key: string, text: string) => Citation[]) => {
    const pdfSurface = pdfTextLayerSurface(pdfView.textLayers, {
      normalize: normalizeUnicode,
      onMismatch: (page) => console.warn(`Resolute: the text layer of page ${page} does not match its text; not linked`),
    });
    surface = pdfSurface;
    pdfSurface.watch((block) => {
      linkCitations(block, citationMarks(block.key, citationsOf(block.key, block.text), lang, labelOf), pdfSurface);
      // Highlights after citations: they nest inside the links where they cross them.
      marks.blockRendered(block);
    }, signal);
  };

  const done = run().catch((error: unknown) => {
    if (signal.aborted) return;
    console.error('Resolute reader:', error);
    // pdf.js failing on the file before it is shown; later (a page, the scan) the pages stay.
    if (store.get().phase === 'loading') store.set({ phase: 'failed', failure: { kind: 'bad-pdf' } });
  });

  return {
    actions,
    notes: marks,
    done,
    destroy() {
      controller.abort();
      view?.destroy();
    },
  };
}

/** The document as notes name it: a UN document by symbol, else the PDF by pdf.js's fingerprint. */
function documentRefOf(doc: LoadedDocument, src: string | undefined): DocumentRef {
  if (doc.symbol !== null) return { kind: 'symbol', symbol: doc.symbol, lang: doc.lang };
  return { kind: 'pdf', fingerprint: doc.pdf.fingerprints[0] ?? doc.url, url: src ?? doc.url };
}

function labelOf(citation: Citation): string {
  return citation.symbol !== null
    ? t('reader_citationLink', [citation.text, citation.symbol])
    : t('reader_citationUnlinked', [citation.text, citation.body]);
}

/** Resolves when the browser is idle, or after a short while in a busy or hidden tab. */
function idle(win: Window): Promise<void> {
  return new Promise((resolve) => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: 200 });
    else win.setTimeout(resolve, 0);
  });
}
