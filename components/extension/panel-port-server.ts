/**
 * Serves the browser's side panel over the citation panel's port (lib/messages/panel-port.ts,
 * ADR 0010), for whichever context shows a document: the reader, or a UN web page's content
 * script. The side panel connects to the tab, receives the document at once and again, at most
 * every SEND_EVERY_MS, after the context says it changed; its requests ("show this citation",
 * "open this cited document") are checked by parsePanelRequest before the context sees them.
 * Only ports named for the panel and opened by this extension are served: the metadata client's
 * ports, which every extension page also hears of, are left alone, and a page script cannot
 * reach a content script's runtime ports.
 */
import { browser, type Browser } from 'wxt/browser';
import { PANEL_PORT_NAME, type PanelDocumentMessage, type PanelRequestMessage } from '../../lib/messages/panel-port';
import { parsePanelRequest } from '../../lib/panel/panel-wire';

/** While a scan runs the list changes every page; the side panel is told at most this often. */
const SEND_EVERY_MS = 300;

export interface PanelDocumentSource {
  /** The document as the side panel should list it now (read only while a panel is connected). */
  message(): PanelDocumentMessage;
  /** A request from the side panel, already validated. */
  onRequest(request: PanelRequestMessage): void;
}

export interface PanelPortServer {
  /** What the side panel lists changed: it is sent the document soon. */
  changed(): void;
}

export function servePanelPort(win: Window, source: PanelDocumentSource, signal: AbortSignal): PanelPortServer {
  const ports = new Set<Browser.runtime.Port>();
  let timer: number | undefined;

  const post = (port: Browser.runtime.Port, message: PanelDocumentMessage) => {
    try {
      port.postMessage(message);
    } catch {
      // The side panel closed between two messages.
      ports.delete(port);
    }
  };
  const sendAll = () => {
    timer = undefined;
    if (ports.size === 0) return;
    const message = source.message();
    for (const port of ports) post(port, message);
  };

  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== PANEL_PORT_NAME || port.sender?.id !== browser.runtime.id) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.onMessage.addListener((raw: unknown) => {
      const request = parsePanelRequest(raw);
      if (request !== null) source.onRequest(request);
    });
    post(port, source.message());
  };
  browser.runtime.onConnect.addListener(onConnect);
  signal.addEventListener('abort', () => {
    browser.runtime.onConnect.removeListener(onConnect);
    if (timer !== undefined) win.clearTimeout(timer);
    for (const port of ports) port.disconnect();
    ports.clear();
  });

  return {
    changed() {
      if (ports.size === 0 || timer !== undefined || signal.aborted) return;
      timer = win.setTimeout(sendAll, SEND_EVERY_MS);
    },
  };
}
