/**
 * From the reader's address to an open PDF: where to fetch it (bundled copy first), the fetch,
 * pdf.js opening it, and what its first page says (symbol, title, language; or that it is the
 * UN's placeholder for a missing document). Each failure comes
 * back as a value the header can explain.
 */
import { detectLang } from '../../lib/citations/detect-lang';
import type { UnLang } from '../../lib/citations/types';
import { documentSource, type BundledDocument } from '../../lib/reader/document-source';
import { fetchPdf, type FetchPdfResult, type PdfFetch } from '../../lib/reader/fetch-pdf';
import { titleFromFirstPage } from '../../lib/reader/first-page';
import { documentIdentity } from '../../lib/masthead/masthead';
import { readMastheadSymbol } from '../../lib/masthead/masthead-symbol';
import { isMissingDocumentPlaceholder } from '../../lib/masthead/placeholder';
import type { ReaderAddress } from '../../lib/reader/reader-address';
import { isTextItem } from '../../lib/surface/pdf-text-layer';
import { pdfPageText } from '../../lib/surface/pdf-page-text';
import { normalizePdfText, openPdf, type PDFDocumentProxy } from '../../components/extension/pdfjs';
import { pageTextContent } from './text-content-cache';
import type { ReaderFailure } from '../../components/reader/reader-store';

export interface LoadedDocument {
  pdf: PDFDocumentProxy;
  /** The symbol addresses, notes and the catalogue know the document by (a joint symbol's half asked for). */
  symbol: string | null;
  /** The symbol shown: the masthead's whole one (`A/ES-10/1027-S/2025/173`), else `symbol`. */
  printedSymbol: string | null;
  /** Every symbol that names the document (ADR 0021): its mentions of these are not citations. */
  ownSymbols: string[];
  title: string | null;
  lang: UnLang;
  /** Where the bytes finally came from (after redirects). */
  url: string;
}

export type LoadResult = { ok: true; document: LoadedDocument } | { ok: false; failure: ReaderFailure } | { ok: false; aborted: true };

export interface LoadOptions {
  address: ReaderAddress;
  /** The language to read when the address names none (the browser's, if it is a UN language). */
  fallbackLang: UnLang;
  bundled: readonly BundledDocument[];
  fetch: PdfFetch;
  signal: AbortSignal;
}

export async function loadDocument(options: LoadOptions): Promise<LoadResult> {
  const { address, signal } = options;
  const source = documentSource(address, address.lang ?? options.fallbackLang, options.bundled);
  let result: FetchPdfResult | undefined;
  for (const candidate of source.candidates) {
    // A bundled copy is read from its own address only; anything else from the UN document hosts.
    const allowed = candidate.kind === 'bundled' ? (url: string) => url === candidate.url : undefined;
    result = await fetchPdf(candidate.url, { fetch: options.fetch, signal, ...(allowed !== undefined ? { allowed } : {}) });
    // A bundled copy that fails (it should not) leaves the network to try.
    if (result.kind === 'ok' || candidate.kind !== 'bundled') break;
  }
  if (result === undefined || result.kind === 'aborted' || signal.aborted) return { ok: false, aborted: true };
  if (result.kind !== 'ok') return { ok: false, failure: { kind: 'fetch', failure: result } };

  const task = openPdf(result.bytes);
  signal.addEventListener('abort', () => void task.destroy(), { once: true });
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    if (signal.aborted) return { ok: false, aborted: true };
    const name = error instanceof Error ? error.name : '';
    return { ok: false, failure: { kind: name === 'PasswordException' ? 'encrypted' : 'bad-pdf' } };
  }

  const firstPage = await pageText(pdf, 1);
  // The UN answers a symbol it has no file for with a one-page PDF saying so: not the document.
  if (isMissingDocumentPlaceholder(pdf.numPages, firstPage)) {
    void pdf.destroy();
    return { ok: false, failure: { kind: 'missing-document' } };
  }
  // The masthead is the document's own word: an address that named another symbol led here anyway.
  const identity = documentIdentity(readMastheadSymbol(firstPage), address.symbol ?? null);
  const { symbol } = identity;
  // Without an address language (a PDF known by URL), the text says which it is.
  const lang = address.lang ?? (address.src !== undefined && firstPage.trim() !== '' ? detectLang(firstPage) : options.fallbackLang);
  return {
    ok: true,
    document: {
      pdf,
      symbol,
      printedSymbol: identity.printed,
      ownSymbols: identity.own,
      title: titleFromFirstPage(firstPage, symbol),
      lang,
      url: result.url,
    },
  };
}

/** A page's text as the text layer shows it, joined as `scan` joins it. */
export async function pageText(pdf: PDFDocumentProxy, pageNumber: number): Promise<string> {
  const items = await pageTextContent(pdf, pageNumber);
  return pdfPageText(items.filter(isTextItem), normalizePdfText).text;
}

/** The page's text items, for finding where on the page an offset of its text is. */
export async function pageItems(pdf: PDFDocumentProxy, pageNumber: number) {
  return (await pageTextContent(pdf, pageNumber)).filter(isTextItem);
}
