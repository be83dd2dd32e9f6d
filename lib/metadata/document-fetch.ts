/**
 * The fourth source's failures (ADR 0008): what fetching the cited document's PDF said, as the
 * lookup failure the resolver understands. A 404 and an empty 200 are facts about the document; a
 * challenge page, no network and a timeout are facts about the network.
 */
import type { FetchPdfFailure } from '../reader/fetch-pdf';
import { ABORTED_DETAIL, type LookupFailure } from './types';

/** Pages read from the start of a cited document: the title, date and operative part live there. */
export const DOCUMENT_PAGES_READ = 8;

export function documentFetchFailure(result: FetchPdfFailure): LookupFailure {
  switch (result.kind) {
    case 'not-found':
      return { kind: 'not-found' };
    case 'not-published':
      return { kind: 'not-published' };
    case 'not-a-pdf':
      return result.challenge ? { kind: 'challenge' } : { kind: 'error', detail: `not a PDF (${result.contentType || 'no type'})` };
    case 'http-error':
      // 429/503 are the server asking us to slow down, as with the Library.
      return result.status === 429 || result.status === 503 ? { kind: 'throttled' } : { kind: 'error', detail: `HTTP ${result.status}` };
    case 'timeout':
      return { kind: 'error', detail: 'timeout' };
    case 'network':
      return { kind: 'offline', detail: result.detail };
    case 'aborted':
      return { kind: 'error', detail: ABORTED_DETAIL };
    case 'off-site':
      return { kind: 'error', detail: `not a UN document address: ${result.url}` };
  }
}
