/**
 * The whole document, scanned in the background: every page's text, read a page at a time
 * between idle moments so that scrolling never waits for it, and its citations with their page.
 * It gives the document's citation list (the citation panel of the next issue reads it) and the
 * page texts the pinpoint search needs. Reading pages and yielding are injected: the reader
 * passes pdf.js and `requestIdleCallback`, tests plain functions.
 */
import type { Citation } from '../citations/types';
import { citationId } from './citation-marks';

export interface DocumentCitation extends Citation {
  /** 1-based page; offsets index that page's text. */
  page: number;
  /** The `data-citation-id` of its elements once the page's text layer is linked (`p<page>-c<n>`). */
  id: string;
}

export interface DocumentScan {
  /** Page texts, `pages[0]` is page 1 (as `pdfPageText` joins them). */
  pages: string[];
  citations: DocumentCitation[];
}

export interface ScanDocumentOptions {
  pageCount: number;
  /** The text of page `n` (1-based). */
  pageText(n: number): Promise<string>;
  /** The engine, with the document's language and symbol already bound (`page` lets the reader reuse a page's result). */
  findCitations(text: string, page: number): Citation[];
  /** Resolves when the browser is idle again (between pages). */
  idle(): Promise<void>;
  signal?: AbortSignal;
  /** Told after each page, with everything found so far. */
  onProgress?(scan: DocumentScan, pagesDone: number): void;
}

/** Scans every page in order; stops early (with what it has) when `signal` aborts. */
export async function scanDocument(options: ScanDocumentOptions): Promise<DocumentScan> {
  const scan: DocumentScan = { pages: [], citations: [] };
  for (let n = 1; n <= options.pageCount; n++) {
    if (options.signal?.aborted) break;
    await options.idle();
    if (options.signal?.aborted) break;
    const text = await options.pageText(n);
    scan.pages.push(text);
    // The same list, in the same order, as the text layer links: so the n-th has the n-th id.
    options.findCitations(text, n).forEach((citation, i) => scan.citations.push({ ...citation, page: n, id: citationId(`p${n}`, i) }));
    options.onProgress?.(scan, n);
  }
  return scan;
}

/** The distinct symbols cited, in order of first appearance (the document's own symbol left out). */
export function citedSymbols(citations: readonly DocumentCitation[], ownSymbol: string | null): string[] {
  const seen = new Set<string>();
  for (const citation of citations) {
    if (citation.symbol !== null && citation.symbol !== ownSymbol) seen.add(citation.symbol);
  }
  return [...seen];
}
