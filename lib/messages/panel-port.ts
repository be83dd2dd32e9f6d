/**
 * The citation panel's port: the browser's side panel ↔ a reader tab (ADR 0010).
 *
 * The side panel shows the citation panel of the active tab's reader. It opens a Port named
 * `citations-panel` to that tab (`tabs.connect`); the reader sends its document (citations, facts,
 * scan progress) on connect and whenever it changes, and the side panel sends jumps and "open
 * this cited document" back. Validation: `lib/panel/panel-wire.ts`.
 */
import type { Body, UnLang } from '../citations/types';

export const PANEL_PORT_NAME = 'citations-panel';

/** One citation of the reader's document, as the panel needs it (`PanelCitation`). */
export interface PanelWireCitation {
  id: string;
  symbol: string | null;
  body: Body;
  text: string;
  page: number;
}

/** Reader → side panel: the document and everything cited in it so far. */
export interface PanelDocumentMessage {
  type: 'panel-document';
  symbol: string | null;
  title: string | null;
  lang: UnLang | null;
  citations: PanelWireCitation[];
  pagesScanned: number;
  pageCount: number;
}

/** Side panel → reader: show this citation (`data-citation-id`) / open this cited document. */
export type PanelRequestMessage = { type: 'panel-jump'; citationId: string } | { type: 'panel-open'; symbol: string };
