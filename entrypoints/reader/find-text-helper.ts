/**
 * A second pdf.js worker that reads most of a long document's pages' text for find (ADR 0023).
 *
 * pdf.js's worker reads a page's text in about 12 ms on this kind of machine, one page after the
 * other, between the pages it draws: a phrase on page 40 typed the moment the document opens
 * waits for 40 pages. A second document over the same bytes, in its own `PDFWorker`, reads two
 * pages in three meanwhile, on another core. Its items are for find only (their `str` are the same
 * as the reader's worker gives; their font names are that worker's own, which the text layer's
 * glyph widths could not use), so they do not go into the shared text content cache. The worker
 * is destroyed once it has read every page it took, or when the reader closes.
 */
import { openPdf, pdfjsLib, TEXT_LAYER_PARAMS, type PDFDocumentProxy } from '../../components/extension/pdfjs';

/** Below this, one worker reads every page before a second one would have started. */
const MIN_PAGES = 16;

export interface TextHelper {
  /** Whether find should ask this helper for page `pageNumber`'s text. */
  takes(pageNumber: number): boolean;
  /** The page's items, marked content included, as the reader's worker gives them. */
  textItems(pageNumber: number): Promise<object[]>;
}

/** The helper's share of the pages: two in three, since pdf.js's own worker draws the pages too. */
const takesPage = (pageNumber: number) => pageNumber % 3 !== 1;

/**
 * Cores below which no helper starts: the page's main thread and pdf.js's worker already take two,
 * and on a two-core machine a third thread only slowed them (`npm run bench -- reader`: cold find
 * 0.5–1.4 s with it against 0.45–0.7 s without, ADR 0023).
 */
const MIN_CORES = 4;

/** Test builds: '1' or '2' workers whatever the cores, for the bench to time both in one run. */
const WORKERS_KEY = 'resolute:test:text-workers';

/**
 * Starts the helper on a long document: it reads its pages (`takesPage`, not those the reader's
 * worker has read already) in order, as soon as it has the document, ahead of any search.
 */
export function startTextHelper(
  pdf: PDFDocumentProxy,
  signal: AbortSignal,
  alreadyRead: (pageNumber: number) => boolean,
): TextHelper | null {
  const forced = __RESOLUTE_TEST_HOOKS__ ? globalThis.localStorage?.getItem(WORKERS_KEY) : null;
  const cores = globalThis.navigator?.hardwareConcurrency ?? 1;
  const wanted = forced === '2' || (forced !== '1' && cores >= MIN_CORES);
  if (!wanted || pdf.numPages < MIN_PAGES || signal.aborted) return null;
  const worker = new pdfjsLib.PDFWorker();
  // Destroyed before it is up (the reader closed at once), it rejects: nothing waits for it then.
  worker.promise.catch(() => undefined);
  let task: ReturnType<typeof openPdf> | undefined;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    void task?.destroy();
    worker.destroy();
    signal.removeEventListener('abort', close);
  };
  signal.addEventListener('abort', close, { once: true });
  const mine: number[] = [];
  for (let n = 1; n <= pdf.numPages; n++) if (takesPage(n) && !alreadyRead(n)) mine.push(n);
  // The bytes from pdf.js's worker (a copy), so the reader needs to keep none of its own.
  const helperPdf = pdf.getData().then((bytes) => {
    if (closed) throw new Error('the reader closed');
    task = openPdf(bytes, worker);
    // What `npm run bench -- reader` reports of the helper's start.
    return task.promise.then((doc) => (performance.mark('resolute:text-helper:open'), doc));
  });
  const pages = new Map<number, Promise<object[]>>();
  let pending = mine.length;
  const done = () => {
    if (--pending > 0) return;
    performance.mark('resolute:text-helper:done');
    close();
  };
  for (const pageNumber of mine) {
    const items = helperPdf
      .then((doc) => doc.getPage(pageNumber))
      .then((page) => page.getTextContent(TEXT_LAYER_PARAMS))
      .then((content) => content.items as object[]);
    items.then(done, done);
    items.catch(() => undefined); // find asks the reader's worker instead
    pages.set(pageNumber, items);
  }
  if (pending === 0) close();
  return {
    takes: (pageNumber) => pages.has(pageNumber),
    textItems(pageNumber) {
      const items = pages.get(pageNumber) ?? Promise.reject(new Error(`page ${pageNumber} is not the helper's`));
      pages.delete(pageNumber);
      return items;
    },
  };
}
