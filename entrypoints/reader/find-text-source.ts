/**
 * The pages' text for pdf.js's PDFFindController, taken from the reader's shared text content
 * (`text-content-cache.ts`) instead of asked of pdf.js's worker a second time (ADR 0023).
 *
 * The controller reads a document through `getPage(n)` then `getTextContent(options)` only, one
 * page after the other, each asked when the one before has come back. Given pdf.js's document
 * itself, that is a second pass of the worker over every page on top of the citation scan's, and a
 * round trip to a worker busy with drawing and scanning between any two pages: seconds before a
 * phrase on page 40 is found right after the document opens. Through this source the controller
 * gets the very items the text layer's linker and the scan read (`includeMarkedContent` adds entries
 * without `str`, which the controller's join of `str` skips, so its text and offsets are the same),
 * and the next pages are asked a few ahead of it, so the worker always has the next pages in hand.
 */
import type { PDFDocumentProxy } from '../../components/extension/pdfjs';
import { hasPageTextContent, pageTextContent } from './text-content-cache';
import type { TextHelper } from './find-text-helper';

/**
 * Pages asked of the worker ahead of the one the controller reads: enough that the worker does not
 * wait while the main thread is busy (linking, the scan), few enough that a page pdf.js draws
 * meanwhile shares the worker with only these (the cache keeps 64). 4 left the worker idle at times
 * on a busy machine (`npm run bench -- reader`: cold find up to 2 s, against 1.2 s with 12).
 */
const READ_AHEAD = 12;

/** The part of a PDF document the find controller reads. */
export interface FindTextDocument {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<{ getTextContent(options?: object): Promise<{ items: object[] }> }>;
}

/**
 * `helper`: a second worker that reads some of the pages (`find-text-helper.ts`); the pages it
 * does not take, has not read when the shared cache has them, or fails on, come from the cache.
 */
export function findTextSource(pdf: PDFDocumentProxy, helper: TextHelper | null = null): FindTextDocument {
  // Held here until the controller has read them: the shared cache may let a page go before that.
  const asked = new Map<number, Promise<object[]>>();
  const fromHelper = (pageNumber: number): Promise<object[]> | undefined => {
    if (helper === null || !helper.takes(pageNumber) || hasPageTextContent(pdf, pageNumber)) return undefined;
    return helper.textItems(pageNumber).catch(() => pageTextContent(pdf, pageNumber));
  };
  const ask = (pageNumber: number) => {
    if (pageNumber > pdf.numPages || asked.has(pageNumber)) return;
    const items = fromHelper(pageNumber) ?? pageTextContent(pdf, pageNumber);
    items.catch(() => undefined); // the controller hears of a failure when it reads the page
    asked.set(pageNumber, items);
  };
  const read = (pageNumber: number): Promise<object[]> => {
    for (let next = pageNumber; next <= pageNumber + READ_AHEAD; next++) ask(next);
    const items = asked.get(pageNumber) ?? pageTextContent(pdf, pageNumber);
    asked.delete(pageNumber);
    return items;
  };
  return {
    numPages: pdf.numPages,
    getPage: (pageNumber) =>
      Promise.resolve({
        getTextContent: () => read(pageNumber).then((items) => ({ items })),
      }),
  };
}
