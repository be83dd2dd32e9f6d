/**
 * Programmable copies of what the UN sites really answer (see the toolchain notes), for tests
 * of features that follow a symbol to its document.
 */
import type { FixtureResponse, FixtureServer } from './fixture-server';
import type { UnLang } from '../../../lib/citations/types';

export interface UnDocumentFixture {
  symbol: string;
  lang: UnLang;
  /** The PDF's bytes; omit for a symbol that is not published yet (the API answers 200, empty). */
  pdf?: Buffer;
  /** The document's job number, which names the file on documents.un.org (e.g. `N2140000`). */
  jobNumber?: string;
}

/** The document's final address, as documents.un.org builds it from the job number. */
export function pdfUrlFor(jobNumber: string): string {
  const job = jobNumber.toLowerCase();
  return `https://documents.un.org/doc/undoc/gen/${job.slice(0, 3)}/${job.slice(3, 6)}/${job.slice(6, 8)}/pdf/${job}.pdf`;
}

/**
 * Serves `symbol` in `lang` through the real chain:
 * undocs.org/{lang}/{symbol} and docs.un.org/{lang}/{symbol}
 *   → documents.un.org/api/symbol/access?s={symbol}&l={lang}&t=pdf
 *   → documents.un.org/doc/undoc/gen/…/pdf/{job}.pdf?token=… (the PDF)
 */
export function serveUnDocument(server: FixtureServer, doc: UnDocumentFixture): { pdfUrl: string } {
  const jobNumber = doc.jobNumber ?? 'N2140000';
  const pdfUrl = pdfUrlFor(jobNumber);
  const apiUrl = new URL('https://documents.un.org/api/symbol/access');
  apiUrl.search = new URLSearchParams({ s: doc.symbol, l: doc.lang, t: 'pdf' }).toString();
  const isSymbolPath = (url: URL) => decodeURIComponent(url.pathname) === `/${doc.lang}/${doc.symbol}`;

  server.redirect('undocs.org', isSymbolPath, apiUrl.href);
  server.redirect('docs.un.org', isSymbolPath, apiUrl.href);
  server.route('documents.un.org', '/api/symbol/access', ({ url }): FixtureResponse | undefined => {
    const q = url.searchParams;
    if (q.get('s') !== doc.symbol || q.get('l') !== doc.lang || q.get('t') !== 'pdf') return undefined;
    if (!doc.pdf) return { status: 200, headers: { 'content-length': '0' }, body: '' };
    return { status: 302, headers: { location: `${pdfUrl}?token=fixture&fe=true` } };
  });
  if (doc.pdf) {
    const pdf = doc.pdf;
    server.route('documents.un.org', new URL(pdfUrl).pathname, () => ({
      headers: { 'content-type': 'application/pdf' },
      body: pdf,
    }));
  }
  return { pdfUrl };
}
