/**
 * One document in the reader, from address to linked pages: load it, show it, link the citations
 * of each page as its text layer renders, scan the whole document in the background, restore the
 * place this history entry was left at (or go to the cited pinpoint), and keep the header's state.
 * Everything it starts stops with `destroy()`.
 */
import { findCitations, withoutOwnMentions } from '../../lib/citations';
import type { Citation, UnLang } from '../../lib/citations/types';
import { citationMarks } from '../../lib/reader/citation-marks';
import { documentOfUrl, documentSource, type BundledDocument } from '../../lib/reader/document-source';
import { scanDocument } from '../../lib/reader/document-scan';
import type { PdfFetch } from '../../lib/reader/fetch-pdf';
import { buildReaderAddress, parseReaderAddress, type ReaderAddress } from '../../lib/reader/reader-address';
import { citingContext } from '../../lib/metadata/citing-context';
import { summariseDocument } from '../../lib/metadata/document-summary';
import { DOCUMENT_PAGES_READ } from '../../lib/metadata/document-fetch';
import { joinPages } from '../../lib/text/pdf-lines';
import { tellOpened } from './tell-opened';
import { linkCitations } from '../../lib/surface/link-citations';
import { pdfTextLayerSurface, type PdfPageBlock } from '../../lib/surface/pdf-text-layer';
import type { CitationMark, ReadingSurface } from '../../lib/surface/surface';
import type { DocumentRef } from '../../lib/notes/types';
import { t } from '../../components/extension/i18n';
import { langTag } from '../../lib/i18n/interface-locale';
import { getSharedMetadataClient } from '../../components/extension/metadata-client';
import { attachCitationPopovers } from '../../components/popover/citation-popover';
import { bodyName } from '../../components/popover/PopoverCard';
import { highlightWholeCitations } from './citation-hover';
import { citationJumper, type CitationJumper } from './citation-jump';
import { loadDocument, pageText, type LoadedDocument } from './load-document';
import { glyphPlacement } from './glyph-placement-watch';
import { adoptPdfLinks, hidePdfLinksOverCitations } from './pdf-own-links';
import { goToPinpoint } from './pinpoint-jump';
import { createPdfView, type PdfView } from './pdf-view';
import { normalizePdfText } from '../../components/extension/pdfjs';
import { keepPosition } from './position-keeper';
import { LANGUAGE_NAMES } from '../../components/reader/LanguageSwitch';
import { attachMarking } from '../../components/marks/marking-ui';
import { createReaderMarks, type NotesAccess, type ReaderMarks } from './reader-notes';
import type { ReaderActions } from '../../lib/reader/reader-actions';
import { currentAddress, enterReaderHistory, listenForHistoryKeys } from '../../lib/reader/reader-history';
import type { ReaderStore } from '../../components/reader/reader-store';
import type { ViewerDocument } from './viewer-controls';

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
  /** The viewer's controls (find, zoom, pages, print, save), put on the pages once they are shown. */
  viewerControls?: ViewerControlsHook;
}

export interface ViewerControlsHook {
  /** pdf.js's scale value to open the document at (the zoom remembered for it). */
  initialScale(documentKey: string): string;
  attach(view: PdfView, shown: ViewerDocument, marks: ReaderMarks, signal: AbortSignal): void;
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
    const documentKey = doc.symbol !== null ? `${doc.symbol} ${doc.lang}` : (doc.pdf.fingerprints[0] ?? doc.url);
    view = await createPdfView(options.container, options.viewerElement, doc.pdf, {
      ...(options.viewerControls ? { initialScale: options.viewerControls.initialScale(documentKey) } : {}),
    });
    if (signal.aborted) return;
    options.viewerControls?.attach(
      view,
      {
        key: documentKey,
        symbol: doc.symbol,
        printedSymbol: doc.printedSymbol ?? doc.symbol,
        lang: doc.lang,
        title: doc.title,
        url: address.src ?? doc.url,
      },
      marks,
      signal,
    );
    const citationsOf = pageCitations(doc);
    linkPages(view, doc.lang, citationsOf);
    highlightWholeCitations(options.container, signal);
    attachCitationPopovers(options.container, {
      lang: () => doc.lang,
      client: getSharedMetadataClient(),
      signal,
      // The reader's own notes on the cited document, under its summary.
      notes: { forDocument: async (key) => (await options.notes.open()).forDocument(key) },
      citingText: (citation) => {
        const found = citingPlaces.get(citation.dataset.citationId ?? '');
        return found === undefined ? undefined : citingContext(found.text, found.start, found.end);
      },
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
    if (doc.symbol !== null) {
      // Known from now on, offline too: its title, and the adoption date its first pages give.
      const { date } = summariseDocument(joinPages(scan.pages.slice(0, DOCUMENT_PAGES_READ)), { symbol: doc.symbol });
      tellOpened({
        symbol: doc.symbol,
        lang: doc.lang,
        ...(doc.title !== null ? { title: doc.title } : {}),
        ...(date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { date } : {}),
      });
    }
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
    const printed = doc.printedSymbol ?? doc.symbol;
    store.set({
      phase: 'ready',
      symbol: doc.symbol,
      printedSymbol: printed,
      title: doc.title,
      lang: doc.lang,
      pageCount: doc.pdf.numPages,
    });
    win.document.title = printed !== null ? t('reader_tabTitle', [printed, title]) : title;
    // The pages are in the document's language (screen readers pronounce them so), the header in
    // the UI's. No `dir`: pdf.js gives each text span its own, and the page layout is not mirrored.
    options.viewerElement.lang = langTag(doc.lang);
    store.set({ trail: history.updateStep({ address: currentAddress(win), symbol: doc.symbol, lang: doc.lang }) });
  };

  /**
   * What one page cites, remembered per page: the text layer and the background scan (so the
   * header's count and the panel) share it. The document's mentions of itself are left out here,
   * before anything is numbered (ADR 0021), so every list names a citation by the same id.
   */
  const pageCitations = (doc: LoadedDocument) => {
    const cache = new Map<string, { text: string; citations: Citation[] }>();
    const context = { lang: doc.lang, ...(doc.symbol !== null ? { pageSymbol: doc.symbol } : {}) };
    return (key: string, text: string): Citation[] => {
      const hit = cache.get(key);
      if (hit !== undefined && hit.text === text) return hit.citations;
      const citations = withoutOwnMentions(findCitations(text, context), doc.ownSymbols);
      cache.set(key, { text, citations });
      return citations;
    };
  };

  /** Each linked citation's page text and place in it: the card quotes the words around it. */
  const citingPlaces = new Map<string, { text: string; start: number; end: number }>();

  const linkPages = (pdfView: PdfView, lang: UnLang, citationsOf: (key: string, text: string) => Citation[]) => {
    const pdfSurface = pdfTextLayerSurface(pdfView.textLayers, { normalize: normalizePdfText });
    surface = pdfSurface;
    const onGlyphs = glyphPlacement({ glyphs: (page) => pdfView.glyphs(page), relayouts: pdfView.textLayers, signal });
    pdfSurface.watch((block) => {
      const pageMarks = citationMarks(block.key, citationsOf(block.key, block.text), lang, labelOf);
      for (const mark of pageMarks) citingPlaces.set(mark.id, { text: block.text, start: mark.citation.start, end: mark.citation.end });
      linkCitations(block, pageMarks, pdfSurface);
      reportUnplaced(block, pageMarks);
      hidePdfLinksOverCitations(block.root.closest('.page'));
      win.performance.mark(`resolute:linked:${block.pageNumber}`);
      // Highlights after citations: they nest inside the links where they cross them.
      marks.blockRendered(block);
      // Links and highlights onto their glyphs (estimated now, exact once the operator list is in).
      onGlyphs.watch(block);
    }, signal);
    pdfView.annotationLayers((layer) => adoptPdfLinks(layer, lang), signal);
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

/** Says which citations of a page the text layer does not show (in part or at all); the rest are linked. */
function reportUnplaced(block: PdfPageBlock, marks: readonly CitationMark[]): void {
  const missing = marks.filter(({ citation }) => block.unplaced(citation.start, citation.end)).map(({ citation }) => citation.text);
  if (missing.length > 0) console.warn(`Resolute: page ${block.pageNumber}: not on the text layer, so not (fully) linked:`, missing);
}

function labelOf(citation: Citation): string {
  return citation.symbol !== null
    ? t('reader_citationLink', [citation.text, citation.symbol])
    : t('reader_citationUnlinked', [citation.text, bodyName(citation.body)]);
}

/** Resolves when the browser is idle, or after a short while in a busy or hidden tab. */
function idle(win: Window): Promise<void> {
  return new Promise((resolve) => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: 200 });
    else win.setTimeout(resolve, 0);
  });
}
