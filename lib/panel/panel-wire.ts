/**
 * Checks what crosses the citation panel's port (types in lib/messages/panel-port.ts): the reader's
 * document as the side panel receives it, and the side panel's requests as the reader receives
 * them. Each side rebuilds the message from checked fields only; anything malformed is dropped.
 */
import { parseSymbol } from '../citations/symbols';
import { UN_LANGS, type Body, type UnLang } from '../citations/types';
import { isRecord } from '../messages/check';
import type { PanelDocumentMessage, PanelRequestMessage, PanelWireCitation } from '../messages/panel-port';
import { pageOfCitationId } from '../reader/citation-marks';

/** More citations than any real document has (a 1,000-page report cites a few thousand). */
export const MAX_PANEL_CITATIONS = 50_000;
const MAX_TEXT = 500;

const BODIES: Record<Body, true> = {
  GA: true,
  SC: true,
  ECOSOC: true,
  HRC: true,
  CHR: true,
  SUBCOM: true,
  CCPCJ: true,
  CND: true,
  'COP-UNTOC': true,
  'OTHER-UN': true,
  'NON-UN': true,
};

const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 1_000_000;
const isShortText = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_TEXT;
const isSymbol = (x: unknown): x is string => typeof x === 'string' && x.length <= 200 && parseSymbol(x) === x;

function readCitation(x: unknown): PanelWireCitation | null {
  if (!isRecord(x)) return null;
  const { id, symbol, body, text, page } = x;
  if (typeof id !== 'string' || !isCount(page) || pageOfCitationId(id) !== page) return null;
  if (symbol !== null && !isSymbol(symbol)) return null;
  if (typeof body !== 'string' || !Object.hasOwn(BODIES, body) || !isShortText(text)) return null;
  return { id, symbol, body: body as Body, text, page };
}

/** The reader's document as the side panel may trust it, or null. */
export function parsePanelDocument(x: unknown): PanelDocumentMessage | null {
  if (!isRecord(x) || x.type !== 'panel-document') return null;
  const { symbol, title, lang, citations, pagesScanned, pageCount } = x;
  if (symbol !== null && !isSymbol(symbol)) return null;
  if (title !== null && !isShortText(title)) return null;
  if (lang !== null && !UN_LANGS.includes(lang as UnLang)) return null;
  if (!isCount(pagesScanned) || !isCount(pageCount)) return null;
  if (!Array.isArray(citations) || citations.length > MAX_PANEL_CITATIONS) return null;
  const checked: PanelWireCitation[] = [];
  for (const raw of citations) {
    const citation = readCitation(raw);
    if (citation === null) return null;
    checked.push(citation);
  }
  return { type: 'panel-document', symbol, title, lang: lang as UnLang | null, citations: checked, pagesScanned, pageCount };
}

/** A side panel's request as the reader may act on it, or null. */
export function parsePanelRequest(x: unknown): PanelRequestMessage | null {
  if (!isRecord(x)) return null;
  const keys = Object.keys(x).sort().join(',');
  if (
    x.type === 'panel-jump' &&
    keys === 'citationId,type' &&
    typeof x.citationId === 'string' &&
    pageOfCitationId(x.citationId) !== null
  ) {
    return { type: 'panel-jump', citationId: x.citationId };
  }
  if (x.type === 'panel-open' && keys === 'symbol,type' && isSymbol(x.symbol)) return { type: 'panel-open', symbol: x.symbol };
  return null;
}
