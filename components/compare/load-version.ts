/**
 * The page texts of one version of a document, for a comparison: opened the way the reader opens
 * any document (the bundled copy first, offline; else fetched like a cited document), read page
 * by page with the reader's own text join, then closed.
 */
import type { UnLang } from '../../lib/citations/types';
import type { BundledDocument } from '../../lib/reader/document-source';
import type { PdfFetch } from '../../lib/reader/fetch-pdf';
import { loadDocument, pageText } from '../reader/load-document';

export interface VersionPages {
  symbol: string;
  lang: UnLang;
  pageTexts: string[];
}

export interface VersionSources {
  bundled: readonly BundledDocument[];
  fetch: PdfFetch;
}

export type VersionLoad = { ok: true; version: VersionPages } | { ok: false; aborted: boolean };

export async function loadVersionPages(symbol: string, lang: UnLang, sources: VersionSources, signal: AbortSignal): Promise<VersionLoad> {
  const loaded = await loadDocument({ address: { symbol, lang }, fallbackLang: lang, bundled: sources.bundled, fetch: sources.fetch, signal });
  if (!loaded.ok) return { ok: false, aborted: 'aborted' in loaded };
  const { pdf } = loaded.document;
  try {
    const pageTexts: string[] = [];
    for (let page = 1; page <= pdf.numPages; page++) {
      if (signal.aborted) return { ok: false, aborted: true };
      pageTexts.push(await pageText(pdf, page));
    }
    return { ok: true, version: { symbol, lang, pageTexts } };
  } finally {
    void pdf.destroy();
  }
}
