/**
 * The reader's side of the citation panel's port (lib/messages/panel-port.ts, ADR 0010): the browser's side
 * panel connects to this tab, receives the document (its citations, facts and scan progress) at
 * once and again whenever it changes, and sends back jumps ("show this citation") and "open this
 * cited document". Only ports named for the panel and opened by this extension are served; the
 * metadata client's ports, which every extension page also hears of, are left alone.
 */
import { browser, type Browser } from 'wxt/browser';
import { PANEL_PORT_NAME, type PanelDocumentMessage } from '../../lib/messages/panel-port';
import { parsePanelRequest } from '../../lib/panel/panel-wire';
import { buildReaderAddress } from '../../lib/reader/reader-address';
import type { ReaderActions } from '../../lib/reader/reader-actions';
import type { ReaderStore, ReaderViewState } from '../../components/reader/reader-store';

/** While the scan runs the list changes every page; the side panel is told at most this often. */
const SEND_EVERY_MS = 300;

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

export function servePanelPorts(win: Window, store: ReaderStore, actions: ReaderActions): () => void {
  const ports = new Set<Browser.runtime.Port>();
  let timer: number | undefined;
  let last: ReaderViewState | null = null;

  const sendAll = () => {
    timer = undefined;
    const message = panelDocumentMessage(store.get());
    for (const port of ports) post(port, message);
  };

  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== PANEL_PORT_NAME || port.sender?.id !== browser.runtime.id) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.onMessage.addListener((raw: unknown) => {
      const request = parsePanelRequest(raw);
      if (request === null) return;
      if (request.type === 'panel-jump') void actions.scrollToCitation(request.citationId);
      else {
        const lang = store.get().lang;
        // A normal navigation of this tab: history, trail and Back work as for a followed link.
        win.location.assign(buildReaderAddress({ symbol: request.symbol, ...(lang !== null ? { lang } : {}) }));
      }
    });
    post(port, panelDocumentMessage(store.get()));
  };
  browser.runtime.onConnect.addListener(onConnect);

  const unsubscribe = store.subscribe((state) => {
    const changed =
      last === null ||
      last.citations !== state.citations ||
      last.symbol !== state.symbol ||
      last.title !== state.title ||
      last.lang !== state.lang ||
      last.pagesScanned !== state.pagesScanned ||
      last.phase !== state.phase;
    last = state;
    if (!changed || ports.size === 0 || timer !== undefined) return;
    timer = win.setTimeout(sendAll, SEND_EVERY_MS);
  });

  return () => {
    browser.runtime.onConnect.removeListener(onConnect);
    unsubscribe();
    if (timer !== undefined) win.clearTimeout(timer);
    for (const port of ports) port.disconnect();
    ports.clear();
  };
}

function post(port: Browser.runtime.Port, message: PanelDocumentMessage): void {
  try {
    port.postMessage(message);
  } catch {
    // The side panel closed between two messages; its disconnect removes the port.
  }
}
