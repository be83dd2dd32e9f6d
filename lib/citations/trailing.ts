/**
 * What may follow a cited number before the next list item or the body's name: a Markdown link
 * tail, footnote markers, a date, a quoted title, a filler word, a pinpoint. Skipping these is
 * what lets `резолюции 61/180 от 20 декабря 2006 года, 64/178 от …` stay one list.
 */
import type { CompiledLanguage } from './compile';
import { readPinpoint } from './pinpoint';

const MD_LINK_TAIL = /\](?:\([^)\s]{0,300}\))?/y;
const ESCAPED_CLOSE = /\\?\)/y;
/** Superscript footnote markers, asterisks, and a footnote number glued to a word (`года21`). */
const FOOTNOTE = /(?:[\u00B9\u00B2\u00B3\u2070-\u2079]+|\*{1,3}|(?<=\p{L})[0-9]{1,3}(?=[\s,.;:)]|$))/uy;
const MAX_STEPS = 12;

function stickyAt(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  return re.test(text) ? re.lastIndex : -1;
}

export interface Trailing {
  /** Where the trailing material ends. */
  end: number;
  /** A pinpoint found in it (`annex III`, `chap. I, sect. C`). */
  pinpoint?: string;
}

/** Skips the material after a number at `pos`. `closeParen` also skips one `)` (a symbol cited
 * inside parentheses: `(E/2018/30), гл. I`). */
export function skipTrailing(L: CompiledLanguage, text: string, pos: number, closeParen = false): Trailing {
  let p = pos;
  let pinpoint: string | undefined;
  const steps: RegExp[] = [MD_LINK_TAIL, FOOTNOTE, L.date, L.title, L.filler];
  if (closeParen) steps.unshift(ESCAPED_CLOSE);
  for (let i = 0; i < MAX_STEPS; i++) {
    let moved = false;
    for (const re of steps) {
      const next = stickyAt(re, text, p);
      if (next > p) {
        p = next;
        moved = true;
      }
    }
    if (pinpoint === undefined) {
      const pin = readPinpoint(text, p);
      if (pin !== null) {
        pinpoint = pin.pinpoint;
        p = pin.end;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return pinpoint === undefined ? { end: p } : { end: p, pinpoint };
}
