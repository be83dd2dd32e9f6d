/**
 * A web page's side of the citation panel's port (the reader's is panel-port-host.ts, ADR 0010):
 * Chrome's side panel, over a UN web page with Resolute on, lists what the page cites, as it does
 * for a document in the reader. The list is read from the citations Resolute linked in the page
 * (the shared citation elements, lib/surface/citation-element.ts), sent when the panel connects
 * and again, at most every SEND_EVERY_MS, when more of the page is linked. The wire names a
 * citation `p1-c<n>` (a web page is one "page"); a jump request is mapped back to the element,
 * scrolled to and focused, which opens its card. Only ports named for the panel and opened by
 * this extension are served: a page script cannot reach a content script's runtime ports.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Body, UnLang } from '../../lib/citations/types';
import { PANEL_PORT_NAME, type PanelDocumentMessage, type PanelWireCitation } from '../../lib/messages/panel-port';
import { MAX_PANEL_CITATIONS, parsePanelRequest } from '../../lib/panel/panel-wire';
import { buildReaderAddress } from '../../lib/reader/reader-address';
import { CITATION_CLASS } from '../../lib/surface/citation-element';

const SEND_EVERY_MS = 300;
const MAX_TEXT = 200;

export interface PagePanelOptions {
  win: Window;
  pageSymbol: string | null;
  pageLang: UnLang | null;
  readerUrl: (address: string) => string;
  signal: AbortSignal;
}

export interface PagePanelPorts {
  /** More of the page was linked (or unlinked): the panel is told soon. */
  changed(): void;
}

/** The page's citations, one per `data-citation-id` (a citation cut into parts is one), in page order. */
function readCitations(doc: Document): { wire: PanelWireCitation[]; elements: HTMLElement[] } {
  const parts = new Map<string, HTMLElement[]>();
  for (const element of doc.querySelectorAll<HTMLElement>(`.${CITATION_CLASS}[data-citation-id]`)) {
    const id = element.dataset.citationId!;
    const list = parts.get(id);
    if (list === undefined) parts.set(id, [element]);
    else list.push(element);
  }
  const wire: PanelWireCitation[] = [];
  const elements: HTMLElement[] = [];
  for (const list of parts.values()) {
    if (wire.length >= MAX_PANEL_CITATIONS) break;
    const first = list[0]!;
    const body = first.dataset.citationBody as Body | undefined;
    if (body === undefined) continue;
    const text = list
      .map((part) => part.textContent ?? '')
      .join('')
      .trim()
      .slice(0, MAX_TEXT);
    wire.push({ id: `p1-c${wire.length}`, symbol: first.dataset.symbol ?? null, body, text, page: 1 });
    elements.push(first);
  }
  return { wire, elements };
}

export function servePagePanelPorts(options: PagePanelOptions): PagePanelPorts {
  const { win, signal } = options;
  const doc = win.document;
  const ports = new Set<Browser.runtime.Port>();
  let timer: number | undefined;
  let elements: HTMLElement[] = [];

  const message = (): PanelDocumentMessage => {
    const read = readCitations(doc);
    elements = read.elements;
    const title = doc.title.trim().slice(0, MAX_TEXT);
    return {
      type: 'panel-document',
      symbol: options.pageSymbol,
      title: title === '' ? null : title,
      lang: options.pageLang,
      citations: read.wire,
      pagesScanned: 1,
      pageCount: 1,
    };
  };
  const post = (port: Browser.runtime.Port, sent: PanelDocumentMessage) => {
    try {
      port.postMessage(sent);
    } catch {
      ports.delete(port);
    }
  };
  const sendAll = () => {
    timer = undefined;
    if (ports.size === 0) return;
    const sent = message();
    for (const port of ports) post(port, sent);
  };

  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== PANEL_PORT_NAME || port.sender?.id !== browser.runtime.id) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.onMessage.addListener((raw: unknown) => {
      const request = parsePanelRequest(raw);
      if (request === null) return;
      if (request.type === 'panel-jump') {
        const element = elements[Number(request.citationId.split('-c')[1])];
        if (element === undefined || !element.isConnected) return;
        element.scrollIntoView({ block: 'center' });
        element.focus({ preventScroll: true });
      } else {
        win.location.assign(
          options.readerUrl(
            buildReaderAddress({ symbol: request.symbol, ...(options.pageLang !== null ? { lang: options.pageLang } : {}) }),
          ),
        );
      }
    });
    post(port, message());
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
