/**
 * The ways the UN document API fails, as fixture routes: each answers
 * `documents.un.org/api/symbol/access?s={symbol}&l={lang}&t=pdf` (the address the reader
 * fetches for a symbol) the way the real site does when things go wrong.
 */
import type { FixtureResponse, FixtureServer } from './fixture-server';
import { pdfUrlFor } from './un-sites';
import type { UnLang } from '../../../lib/citations/types';

export type UnFailure =
  /** No such document: 404. */
  | { kind: 'not-found' }
  /** A symbol not published yet: the API answers 200 with an empty body. */
  | { kind: 'not-published' }
  /** A bot check or error page instead of the file. */
  | { kind: 'html' }
  /** A server error. */
  | { kind: 'http-error'; status: number }
  /** The API does not answer for `delayMs` (longer than the reader waits). */
  | { kind: 'slow'; delayMs: number }
  /** The connection dropped without an answer. */
  | { kind: 'reset' }
  /** A redirect off the UN document hosts (to `location`). */
  | { kind: 'redirect'; location: string }
  /** A PDF, through the usual redirect: for files the reader must cope with (a scan). */
  | { kind: 'pdf'; pdf: Buffer | Uint8Array };

/** Serves `failure` for `symbol` in `lang`; returns a function that ends pending slow answers now. */
export function serveUnFailure(server: FixtureServer, symbol: string, lang: UnLang, failure: UnFailure): () => void {
  const pending = new Set<() => void>();
  const pdfUrl = pdfUrlFor('N9999999');
  server.route('documents.un.org', '/api/symbol/access', async ({ url }): Promise<FixtureResponse | undefined> => {
    if (url.searchParams.get('s') !== symbol || url.searchParams.get('l') !== lang) return undefined;
    switch (failure.kind) {
      case 'not-found':
        return { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>Not Found</h1>' };
      case 'not-published':
        return { status: 200, headers: { 'content-length': '0' }, body: '' };
      case 'html':
        return {
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8' },
          body: '<!doctype html><title>Just a moment...</title><p>Checking your browser before accessing documents.un.org.</p>',
        };
      case 'http-error':
        return { status: failure.status, headers: { 'content-type': 'text/plain' }, body: 'Service Unavailable' };
      case 'slow':
        await new Promise<void>((resolve) => {
          const timer = setTimeout(finish, failure.delayMs);
          function finish() {
            clearTimeout(timer);
            pending.delete(finish);
            resolve();
          }
          pending.add(finish);
        });
        return { status: 503, body: 'too late' };
      case 'reset':
        return { reset: true };
      case 'redirect':
        return { status: 302, headers: { location: failure.location } };
      case 'pdf':
        return { status: 302, headers: { location: `${pdfUrl}?token=fixture` } };
    }
  });
  if (failure.kind === 'pdf') {
    const body = Buffer.from(failure.pdf);
    server.route('documents.un.org', new URL(pdfUrl).pathname, () => ({ headers: { 'content-type': 'application/pdf' }, body }));
  }
  return () => {
    for (const finish of [...pending]) finish();
  };
}
