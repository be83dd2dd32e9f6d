/**
 * The page texts of one version of a document, for a comparison: opened the way the reader opens
 * any document (the bundled copy first, offline; else fetched like a cited document), read page
 * by page with the reader's own text join, then closed.
 */
import type { UnLang } from '../../lib/citations/types';
import type { VersionPages } from '../../lib/compare/compare-controller';
import type { BundledDocument } from '../../lib/reader/document-source';
import type { PdfFetch } from '../../lib/reader/fetch-pdf';
import { loadDocument, pageText } from './load-document';

export interface VersionSources {
  bundled: readonly BundledDocument[];
  fetch: PdfFetch;
}

/** The pages of `symbol` in `lang`, or undefined when it cannot be opened (or the work was aborted). */
export async function loadVersionPages(
  symbol: string,
  lang: UnLang,
  sources: VersionSources,
  signal: AbortSignal,
): Promise<VersionPages | undefined> {
  const loaded = await loadDocument({
    address: { symbol, lang },
    fallbackLang: lang,
    bundled: sources.bundled,
    fetch: sources.fetch,
    signal,
  });
  if (!loaded.ok) return undefined;
  const { pdf } = loaded.document;
  try {
    const pageTexts: string[] = [];
    for (let page = 1; page <= pdf.numPages; page++) {
      if (signal.aborted) return undefined;
      pageTexts.push(await pageText(pdf, page));
    }
    return { symbol, lang, pageTexts };
  } finally {
    void pdf.destroy();
  }
}
