/**
 * A page's text content (with the text layer's parameters), asked of pdf.js's worker once and
 * shared: the text layer's linker and the background scan read the same items, and a request made
 * when pdf.js starts drawing a page is answered by the time its text layer is drawn, instead of
 * queueing behind the other pages' work after it (`npm run bench -- reader`, ADR 0020).
 * Only the last pages asked for are kept; a failure is not (lib/reader/page-promise-cache.ts).
 */
import { TEXT_LAYER_PARAMS, type PDFDocumentProxy } from '../../components/extension/pdfjs';
import { createPagePromiseCache } from '../../lib/reader/page-promise-cache';

/**
 * Find reads every page's text as soon as the first page is painted, well ahead of the scan (which
 * reads a page per idle moment): a document of up to this many pages is read once for both
 * (a page's items are some tens of kilobytes).
 */
const KEPT_PAGES = 64;

const textOfPages = createPagePromiseCache<PDFDocumentProxy, object[]>(KEPT_PAGES);

/** Whether page `pageNumber`'s items are read or being read (and kept). */
export function hasPageTextContent(pdf: PDFDocumentProxy, pageNumber: number): boolean {
  return textOfPages.has(pdf, pageNumber);
}

/** The items of page `pageNumber`, marked content included, as the text layer gets them. */
export function pageTextContent(pdf: PDFDocumentProxy, pageNumber: number): Promise<object[]> {
  return textOfPages.get(pdf, pageNumber, () =>
    pdf
      .getPage(pageNumber)
      .then((page) => page.getTextContent(TEXT_LAYER_PARAMS))
      .then((content) => content.items as object[]),
  );
}
