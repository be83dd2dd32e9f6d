/**
 * The reader's document for the citation panel's port (served by
 * components/extension/panel-port-server.ts, as a web page's is; ADR 0010): the browser's side
 * panel receives the document (its citations, facts and scan progress) at once and again whenever
 * it changes, and sends back jumps ("show this citation") and "open this cited document".
 */
import type { PanelDocumentMessage } from '../../lib/messages/panel-port';
import { buildReaderAddress } from '../../lib/reader/reader-address';
import type { ReaderActions } from '../../lib/reader/reader-actions';
import type { ReaderStore, ReaderViewState } from '../../components/reader/reader-store';
import { servePanelPort } from '../../components/extension/panel-port-server';

export function panelDocumentMessage(state: ReaderViewState): PanelDocumentMessage {
  return {
    type: 'panel-document',
    symbol: state.symbol,
    title: state.title,
    lang: state.lang,
    citations: state.citations.map(({ id, symbol, body, text, page }) => ({ id, symbol, body, text, page })),
    pagesScanned: state.pagesScanned,
    pageCount: state.phase === 'failed' ? 0 : state.pageCount,
  };
}

/** What the side panel lists differs between these two states. */
function panelDocumentChanged(last: ReaderViewState, state: ReaderViewState): boolean {
  return (
    last.citations !== state.citations ||
    last.symbol !== state.symbol ||
    last.title !== state.title ||
    last.lang !== state.lang ||
    last.pagesScanned !== state.pagesScanned ||
    last.phase !== state.phase
  );
}

export function servePanelPorts(win: Window, store: ReaderStore, actions: ReaderActions): () => void {
  const stop = new AbortController();
  const server = servePanelPort(
    win,
    {
      message: () => panelDocumentMessage(store.get()),
      onRequest: (request) => {
        if (request.type === 'panel-jump') void actions.scrollToCitation(request.citationId);
        else {
          const lang = store.get().lang;
          // A normal navigation of this tab: history, trail and Back work as for a followed link.
          win.location.assign(buildReaderAddress({ symbol: request.symbol, ...(lang !== null ? { lang } : {}) }));
        }
      },
    },
    stop.signal,
  );
  let last: ReaderViewState | null = null;
  const unsubscribe = store.subscribe((state) => {
    const changed = last === null || panelDocumentChanged(last, state);
    last = state;
    if (changed) server.changed();
  });
  return () => {
    unsubscribe();
    stop.abort();
  };
}
