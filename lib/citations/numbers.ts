/**
 * The number part of a resolution or decision reference, in every form UN text writes it:
 * `76/181`, `2017/18`, `S-26/2`, `ES-10/19`, `40/151 G`, `2331 (2016)`, `217 A (III)`,
 * `1874 (S-IV)`, Arabic `2200 ألف (د-21)`, and a bare `2118` (Security Council, year from the
 * catalogue).
 */
import { CLOSE_PAREN, DIGIT, HSPACE, HYPHEN, OPEN_PAREN, SLASH, digitsValue, foldToAscii } from './chars';
import { romanValue, toRoman } from './roman';

export type RefNumber =
  | { shape: 'slash'; first: number; second: number; special?: 'S' | 'ES'; part?: string }
  | { shape: 'paren'; n: number; year?: number; session?: Session; part?: string }
  | { shape: 'bare'; n: number }
  /** Numbered outside the UN's patterns: `SS.VI/1` (UNEP Governing Council special session),
   * `AG/RES.1733 (XXX-O/00)` (Organization of American States). Found, never linked. */
  | { shape: 'other'; foreign: boolean };

/** A session in parentheses: `(XXI)`, `(S-IV)`, `(ES-I)`; Arabic `(د-21)` is session XXI. */
export interface Session {
  roman: string;
  value: number;
  prefix?: 'S' | 'ES';
}

/** Arabic names of part letters: `217 ألف (د-3)` is `217 A (III)`. */
const ARABIC_PART_LETTERS: Record<string, string> = {
  // The UN's Arabic texts letter parts in abjad order (أبجد هوز حطي كلمن سعفص قرشت ثخذ ضظغ).
  ألف: 'A',
  باء: 'B',
  جيم: 'C',
  دال: 'D',
  هاء: 'E',
  واو: 'F',
  زاي: 'G',
  حاء: 'H',
  طاء: 'I',
  ياء: 'J',
  كاف: 'K',
  لام: 'L',
  ميم: 'M',
  نون: 'N',
  سين: 'O',
  عين: 'P',
  فاء: 'Q',
  صاد: 'R',
  قاف: 'S',
  راء: 'T',
  شين: 'U',
  تاء: 'V',
  ثاء: 'W',
  خاء: 'X',
  ذال: 'Y',
  ضاد: 'Z',
};
const ARABIC_PART = Object.keys(ARABIC_PART_LETTERS).join('|');

/** Glued text after a number in PDF extraction is another script's letters, never Latin ones. */
const NOT_LATIN_OR_DIGIT_AHEAD = '(?![0-9A-Za-z\\uFF10-\\uFF19\\u0660-\\u0669\\u06F0-\\u06F9])';
const SLASH_FORM =
  `(?<special>[EЕ]?[SЅ]${HYPHEN})?(?<a>${DIGIT}{1,4})${HSPACE}*${SLASH}\\s*(?<b>${DIGIT}{1,4})` +
  // Not a date (`16/12/2021`) and not the head of a longer symbol-like run.
  `(?!${DIGIT}|${HSPACE}*${SLASH}\\s*${DIGIT}|[.,]${DIGIT})` +
  // A part letter may be glued to Chinese text (`第47/120 B和…`), never to a Latin, Cyrillic or
  // Arabic word (`70/1 A new …` is not part A).
  `(?:${HSPACE}(?<slashPart>[A-H]|${ARABIC_PART})(?![A-Za-z0-9\\u00C0-\\u024F\\u0400-\\u04FF\\u0600-\\u06FF])(?!\\.\\p{L}))?`;
const PAREN_FORM =
  `(?<n>${DIGIT}{1,4})(?:${HSPACE}?(?<part>[A-H]{1,2}|${ARABIC_PART}))?(?:${HSPACE}|\\n)?\\\\?${OPEN_PAREN}${HSPACE}?` +
  // Sessions as OCR damages them too (`XxX`, `Xx111`, `XXN`): repaired when possible, else unlinked.
  `(?<paren>${DIGIT}{4}|(?=[^)）]{0,8}[IVXLCivxlcN])[IVXLCivxlc1N]{1,8}|E?S${HYPHEN}[IVXLC]{1,6}|د${HSPACE}?${HYPHEN}?${HSPACE}?${DIGIT}{1,2})${HSPACE}?\\\\?${CLOSE_PAREN}`;
/** Right-to-left PDF extraction puts the year first: `القرارات (٢٠٠٤) ١٥٥٩` is 1559 (2004). */
const REVERSED_FORM = `${OPEN_PAREN}${HSPACE}?(?<ryear>${DIGIT}{4})${HSPACE}?${CLOSE_PAREN}${HSPACE}?(?<rn>${DIGIT}{1,4})(?![\\p{N}/])`;
/** `резолюции 2021 года` is "the resolution of 2021": a year, not a resolution number. */
const YEAR_WORD = `\\s*(?:года|году|год|годов|г\\.|years?|ans?|années?|años?|عام|سنة|年)`;
const BARE_FORM = `(?<bare>${DIGIT}{1,4})${NOT_LATIN_OR_DIGIT_AHEAD}(?!${HSPACE}*${SLASH}|\\s?${OPEN_PAREN}|[.,]${DIGIT}|${HSPACE}?${HYPHEN}${DIGIT}|${YEAR_WORD}(?![\\p{L}]))`;

const OTHER_FORM = `(?<unep>SS\\.[IVX]{1,5}${SLASH}${DIGIT}{1,3})(?![\\p{L}\\p{N}])|(?<oas>AG${SLASH}RES\\.${HSPACE}?${DIGIT}{1,4}(?:${HSPACE}?\\([A-Z0-9\\-/]{1,20}\\))?)`;

/** Sticky regex matching one reference number at a position. */
export const REF_NUMBER_RE = new RegExp(`(?:${SLASH_FORM}|${PAREN_FORM}|${REVERSED_FORM}|${OTHER_FORM}|${BARE_FORM})`, 'uy');

/** Reads one reference number at `pos`; returns it with the end of its surface, or null. */
export function readRefNumber(text: string, pos: number): { num: RefNumber; end: number } | null {
  REF_NUMBER_RE.lastIndex = pos;
  const m = REF_NUMBER_RE.exec(text);
  if (m === null || m.groups === undefined) return null;
  const g = m.groups;
  const end = pos + m[0].length;
  if (g.a !== undefined && g.b !== undefined) {
    const special = g.special === undefined ? undefined : foldToAscii(g.special).startsWith('ES') ? 'ES' : 'S';
    const num: RefNumber = { shape: 'slash', first: digitsValue(g.a), second: digitsValue(g.b) };
    if (special !== undefined) num.special = special;
    if (g.slashPart !== undefined) num.part = ARABIC_PART_LETTERS[g.slashPart] ?? g.slashPart;
    return { num, end };
  }
  if (g.rn !== undefined && g.ryear !== undefined) {
    const year = digitsValue(g.ryear);
    if (year < 1945 || year > 2099) return null;
    return { num: { shape: 'paren', n: digitsValue(g.rn), year }, end };
  }
  if (g.n !== undefined && g.paren !== undefined) {
    const parsed = parseParen(g.paren);
    // A session damaged beyond repair: the citation is found, and never linked.
    if (parsed === null) return { num: { shape: 'other', foreign: false }, end };
    const num: RefNumber = { shape: 'paren', n: digitsValue(g.n), ...parsed };
    if (g.part !== undefined) num.part = ARABIC_PART_LETTERS[g.part] ?? g.part;
    return { num, end };
  }
  if (g.unep !== undefined) return { num: { shape: 'other', foreign: false }, end };
  if (g.oas !== undefined) return { num: { shape: 'other', foreign: true }, end };
  if (g.bare !== undefined) return { num: { shape: 'bare', n: digitsValue(g.bare) }, end };
  return null;
}

function parseParen(raw: string): { year: number } | { session: Session } | null {
  const s = foldToAscii(raw);
  if (/^[0-9]{4}$/.test(s)) {
    const year = Number(s);
    return year >= 1945 && year <= 2099 ? { year } : null;
  }
  const arabic = /^د\s*-?\s*([0-9]{1,2})$/.exec(s);
  if (arabic !== null) {
    const value = Number(arabic[1]);
    return value >= 1 ? { session: { roman: toRoman(value), value } } : null;
  }
  const special = /^(E?S)-([IVXLC]+)$/.exec(s);
  // OCR reads I as 1 and mixes cases: `Xx111` is XXIII.
  const roman = special === null ? s.toUpperCase().replace(/1/g, 'I') : (special[2] as string);
  const value = romanValue(roman);
  if (value === null) return null;
  const session: Session = { roman, value };
  if (special !== null) session.prefix = special[1] === 'ES' ? 'ES' : 'S';
  return { session };
}

/** True for `YYYY/N`, the numbering of ECOSOC and the Commission on Human Rights. */
export function isYearSlash(num: RefNumber): boolean {
  return num.shape === 'slash' && num.special === undefined && num.first >= 1946 && num.first <= 2099;
}
