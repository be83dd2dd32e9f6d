/**
 * A page's text content (with the text layer's parameters), asked of pdf.js's worker once and
 * shared: the text layer's linker and the background scan read the same items, and a request made
 * when pdf.js starts drawing a page is answered by the time its text layer is drawn, instead of
 * queueing behind the other pages' work after it (`npm run bench -- reader`, ADR 0020).
 * Only the last pages asked for are kept.
 */
import { TEXT_LAYER_PARAMS, type PDFDocumentProxy } from '../../components/extension/pdfjs';

/**
 * Find reads every page's text as soon as the first page is painted, well ahead of the scan (which
 * reads a page per idle moment): a document of up to this many pages is read once for both
 * (a page's items are some tens of kilobytes).
 */
const KEPT_PAGES = 64;

const caches = new WeakMap<PDFDocumentProxy, Map<number, Promise<object[]>>>();

/** Whether page `pageNumber`'s items are read or being read (and kept). */
export function hasPageTextContent(pdf: PDFDocumentProxy, pageNumber: number): boolean {
  return caches.get(pdf)?.has(pageNumber) ?? false;
}

/** The items of page `pageNumber`, marked content included, as the text layer gets them. */
export function pageTextContent(pdf: PDFDocumentProxy, pageNumber: number): Promise<object[]> {
  let cache = caches.get(pdf);
  if (cache === undefined) caches.set(pdf, (cache = new Map<number, Promise<object[]>>()));
  const known = cache.get(pageNumber);
  if (known !== undefined) {
    // Most recently used last, so the oldest go first.
    cache.delete(pageNumber);
    cache.set(pageNumber, known);
    return known;
  }
  const items = pdf
    .getPage(pageNumber)
    .then((page) => page.getTextContent(TEXT_LAYER_PARAMS))
    .then((content) => content.items as object[]);
  // A failure is not kept: the next ask tries again.
  items.catch(() => cache.delete(pageNumber));
  cache.set(pageNumber, items);
  for (const oldest of cache.keys()) {
    if (cache.size <= KEPT_PAGES) break;
    cache.delete(oldest);
  }
  return items;
}
