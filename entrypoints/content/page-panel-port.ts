/**
 * A web page's document for the citation panel's port (served by
 * components/extension/panel-port-server.ts, as the reader's is; ADR 0010): Chrome's side panel,
 * over a UN web page with Resolute on, lists what the page cites, as it does for a document in the
 * reader. The list is read from the citations Resolute linked in the page (the shared citation
 * elements, lib/surface/citation-element.ts), sent when the panel connects and again soon after
 * more of the page is linked. The wire names a citation `p1-c<n>` (a web page is one "page"); a
 * jump request is mapped back to the element, scrolled to and focused, which opens its card.
 */
import type { Body, UnLang } from '../../lib/citations/types';
import type { PanelWireCitation } from '../../lib/messages/panel-port';
import { MAX_PANEL_CITATIONS } from '../../lib/panel/panel-wire';
import { buildReaderAddress } from '../../lib/reader/reader-address';
import { CITATION_CLASS } from '../../lib/surface/citation-element';
import { servePanelPort, type PanelPortServer } from '../../components/extension/panel-port-server';

const MAX_TEXT = 200;

export interface PagePanelOptions {
  win: Window;
  pageSymbol: string | null;
  pageLang: UnLang | null;
  readerUrl: (address: string) => string;
  signal: AbortSignal;
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

export function servePagePanelPorts(options: PagePanelOptions): PanelPortServer {
  const { win } = options;
  const doc = win.document;
  /** The elements of the citations last sent, by their place in the list (`p1-c<n>`). */
  let elements: HTMLElement[] = [];

  return servePanelPort(
    win,
    {
      message: () => {
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
      },
      onRequest: (request) => {
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
      },
    },
    options.signal,
  );
}
