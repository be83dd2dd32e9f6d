/**
 * The background's way to the fourth metadata source (ADR 0009). Chrome's service worker has no
 * DOM and cannot start pdf.js's worker, so it opens the offscreen document (`offscreen.html`) and
 * asks it; the document closes again after a minute without work, so it costs nothing while the
 * reader is idle. Firefox's background page has a DOM: it reads the document itself.
 */
import { browser } from 'wxt/browser';
import type { UnLang } from '../../lib/citations/types';
import { parseReadDocumentResult, type ReadDocumentMessage } from '../../lib/messages/offscreen';
import type { DocumentTextResult } from '../../lib/metadata/resolve-metadata';
import { ABORTED_DETAIL } from '../../lib/metadata/types';

type ReadDocument = (symbol: string, lang: UnLang, signal?: AbortSignal) => Promise<DocumentTextResult>;

const IDLE_CLOSE_MS = 60_000;

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

function offscreenApi(): OffscreenApi | undefined {
  return (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
}

/** Resolves with `work`, or with "aborted" as soon as `signal` aborts (pdf.js work is not cancellable). */
function raceAbort(work: Promise<DocumentTextResult>, signal?: AbortSignal): Promise<DocumentTextResult> {
  if (signal === undefined) return work;
  if (signal.aborted) return Promise.resolve({ kind: 'error', detail: ABORTED_DETAIL });
  return new Promise((resolve) => {
    const onAbort = () => resolve({ kind: 'error', detail: ABORTED_DETAIL });
    signal.addEventListener('abort', onAbort, { once: true });
    void work.then((result) => {
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    });
  });
}

function viaOffscreen(api: OffscreenApi): ReadDocument {
  let opening: Promise<void> | undefined;
  let busy = 0;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;

  const open = () => {
    opening ??= api
      .createDocument({
        url: 'offscreen.html',
        reasons: ['WORKERS'],
        justification: 'Read the first pages of a cited UN document with pdf.js',
      })
      .catch((error: unknown) => {
        // Already open (another worker instance made it): usable all the same.
        if (!String(error).includes('single offscreen')) {
          opening = undefined;
          throw error;
        }
      });
    return opening;
  };
  const scheduleClose = () => {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      if (busy > 0 || opening === undefined) return;
      opening = undefined;
      void api.closeDocument().catch(() => undefined);
    }, IDLE_CLOSE_MS);
  };

  return (symbol, lang, signal) => {
    busy++;
    clearTimeout(closeTimer);
    const work = (async (): Promise<DocumentTextResult> => {
      try {
        await open();
        const message: ReadDocumentMessage = { type: 'offscreen-read-document', symbol, lang };
        const raw: unknown = await browser.runtime.sendMessage(message);
        return parseReadDocumentResult(raw) ?? { kind: 'error', detail: 'no answer from the document reader' };
      } catch (error) {
        return { kind: 'error', detail: error instanceof Error ? error.message : String(error) };
      } finally {
        busy--;
        scheduleClose();
      }
    })();
    return raceAbort(work, signal);
  };
}

/** The document source for this browser, or undefined where neither way exists. */
export function documentReader(): ReadDocument | undefined {
  const api = offscreenApi();
  if (api !== undefined) return viaOffscreen(api);
  // The Chrome build must not carry pdf.js into its service worker: the constant drops this branch.
  if (!import.meta.env.FIREFOX || typeof document === 'undefined') return undefined;
  // Firefox's background page: pdf.js runs here, loaded only when the first document is read.
  return (symbol, lang, signal) =>
    raceAbort(
      import('../../components/extension/read-document').then(({ readDocumentText }) => readDocumentText(symbol, lang, signal)),
      signal,
    );
}
