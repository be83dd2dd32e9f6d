/**
 * Reads the first pages of a cited document with pdf.js: the fourth metadata source (ADR 0008).
 * Runs where there is a DOM — Chrome's offscreen document, Firefox's background page — never in
 * a service worker. The PDF comes from the bundled copy when there is one (so the samples work
 * offline), else from the UN's document API as the reader fetches it.
 */
import { browser } from 'wxt/browser';
import type { UnLang } from '../../lib/citations/types';
import { documentFetchFailure, DOCUMENT_PAGES_READ } from '../../lib/metadata/document-fetch';
import type { DocumentTextResult } from '../../lib/metadata/resolve-metadata';
import { bundledSamples } from '../../lib/reader/bundled-samples';
import { documentSource } from '../../lib/reader/document-source';
import { fetchPdf, type FetchPdfResult } from '../../lib/reader/fetch-pdf';
import { joinPageItems, joinPages, type PdfTextItem } from '../../lib/text/pdf-lines';
import { normalizePdfText, openPdf } from './pdfjs';

export async function readDocumentText(symbol: string, lang: UnLang, signal?: AbortSignal): Promise<DocumentTextResult> {
  const source = documentSource({ symbol, lang }, lang, bundledSamples(browser.runtime.getURL('/')));
  let fetched: FetchPdfResult | undefined;
  for (const candidate of source.candidates) {
    const allowed = candidate.kind === 'bundled' ? (url: string) => url === candidate.url : undefined;
    fetched = await fetchPdf(candidate.url, {
      fetch: (url, init) => fetch(url, init),
      signal,
      timeoutMs: 15_000,
      bodyTimeoutMs: 60_000,
      ...(allowed !== undefined ? { allowed } : {}),
    });
    if (fetched.kind === 'ok' || candidate.kind !== 'bundled') break;
  }
  if (fetched === undefined) return { kind: 'error', detail: 'no source' };
  if (fetched.kind !== 'ok') return documentFetchFailure(fetched);
  const task = openPdf(fetched.bytes);
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(pdf.numPages, DOCUMENT_PAGES_READ); n++) {
      if (signal?.aborted) return { kind: 'error', detail: 'aborted' };
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is PdfTextItem & typeof item => 'str' in item);
      pages.push(normalizePdfText(joinPageItems(items)));
    }
    return { kind: 'text', text: joinPages(pages) };
  } catch (error) {
    return { kind: 'error', detail: `unreadable PDF: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    void task.destroy();
  }
}
