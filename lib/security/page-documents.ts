/**
 * Which notes a web page's content script may reach: those of its own tab's document, as the
 * background works it out from the port's sender (the tab's address), never from what the content
 * script says. A content script runs inside a page that may be hostile (ADR 0024).
 *
 * - `page:<address without fragment>`: the notes made on that page;
 * - `symbol:<S>` when the address names a UN document (undocs.org, docs.un.org, the documents.un.org
 *   API), or any symbol on a Digital Library record page (https://digitallibrary.un.org), whose
 *   symbol is read from the record (page-context.ts reads it only there).
 */
import { parseSymbol } from '../citations/symbols';
import { symbolFromDocumentUrl } from '../text/undocs-link';

export interface PageDocuments {
  /** Whether notes of the document `docKey` belong to this page. */
  allows(docKey: string): boolean;
}

const NONE: PageDocuments = { allows: () => false };

export function pageDocumentsOf(pageUrl: string | undefined): PageDocuments {
  if (pageUrl === undefined) return NONE;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return NONE;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return NONE;
  url.hash = '';
  const pageKey = `page:${url.href}`;
  const symbol = symbolFromDocumentUrl(url.href);
  const library = url.protocol === 'https:' && url.hostname === 'digitallibrary.un.org' && url.port === '';
  return {
    allows(docKey) {
      if (docKey === pageKey) return true;
      if (!docKey.startsWith('symbol:')) return false;
      const asked = parseSymbol(docKey.slice('symbol:'.length));
      if (asked === null || `symbol:${asked}` !== docKey) return false;
      return library || asked === symbol;
    },
  };
}
