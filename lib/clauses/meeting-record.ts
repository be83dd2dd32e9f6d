/**
 * Verbatim and summary records of meetings (`A/65/PV.71`, `S/PV.3756`, `E/CN.4/SR.12`) are not
 * texts with clauses: what looks like a paragraph number or a preamble in them belongs to the
 * drafts read out and the States listed in a vote. Told by the masthead's symbol, or, for a text
 * without one, by the words that open every meeting in the six languages.
 */
import { readMastheadSymbol } from '../masthead/masthead-symbol';

const RECORD_SYMBOL = /\/(?:PV|SR)\.[0-9]/;
const OPENING_WORDS =
  /The meeting (?:was called to order|rose)|La séance est ouverte|Se abre la sesión|Se declara abierta la sesión|Заседание открывается|افتتحت الجلسة|宣布开会/u;
/** The opening of the meeting is on the record's first page. */
const FIRST_PAGE = 6_000;

export function isMeetingRecord(text: string): boolean {
  const masthead = readMastheadSymbol(text.slice(0, 2_000));
  if (masthead !== null) return masthead.parts.some((part) => RECORD_SYMBOL.test(part));
  return OPENING_WORDS.test(text.slice(0, FIRST_PAGE));
}
