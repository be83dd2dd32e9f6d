/**
 * Written symbols (spec 3.1): `A/RES/76/186`, `E/2002/68/Add.1`, `A/CONF.157/24 (Part I)`,
 * `СТОС/СОР/2006/12` in Cyrillic look-alikes, `A/RES/\n76/186` broken after a slash, glued to the
 * text around it; and the abbreviated lists `A/51/620 and Corr.1`, `A/C.3/57/SR.39, 47 and 50`.
 */
import { DIGIT, HSPACE, HYPHEN, SLASH, SYMBOL_CAPITAL, foldToAscii, isCyrillic, isLetter } from './chars';
import { readZhPinpoint } from './find-references-zh';
import { leadingSymbolPinpoint } from './leading-pinpoint';
import { readPinpoint } from './pinpoint';
import { bodyOfSymbol, parseSymbol } from './symbols';
import type { ScanEnv } from './scan-env';
import type { Citation } from './types';

const CAP = SYMBOL_CAPITAL;
const MODIFIER = `(?:[AaАа]dd|ADD|[CcСс]orr|CORR|[Rr]ev|REV|[AaАа]mend|AMEND)\\.${HSPACE}?${DIGIT}{1,3}`;
const ROOT = `${CAP}{1,8}(?:\\.${DIGIT}{1,4})?`;
const SEP = `(?:${HSPACE}|\\n)?${SLASH}[\\s\\u00AD]*`;
const YEAR_OR_SESSION = `(?:${HSPACE}[A-H]{1,2})?${HSPACE}?\\((?:${DIGIT}{4}|[IVXLC]{1,8}|E?S${HYPHEN}[IVXLC]{1,6})\\)`;
const COMPONENT =
  `(?:${MODIFIER}|${CAP}{1,10}(?:\\.${DIGIT}{1,4}(?:\\.${DIGIT}{1,3})?)?(?:${HYPHEN}${DIGIT}{1,4})?` +
  `|[EЕ]?[SЅ]${HYPHEN}${DIGIT}{1,3}|${DIGIT}{1,5}(?:${YEAR_OR_SESSION})?)(?![a-z])`;
const SYMBOL_RE = new RegExp(`${ROOT}(?:${SEP}${COMPONENT})+`, 'uy');
/** Every symbol has a slash, and slashes are rare: the search starts from them. */
const SLASH_RE = new RegExp(SLASH, 'gu');
const CAPITAL_RE = new RegExp(`^${SYMBOL_CAPITAL}$`, 'u');
const ASCII_DIGIT_RE = /^[0-9\uFF10-\uFF19]$/u;

/** Where the series root before the slash at `slash` starts (`A/`, `CTOC/`, `A/CONF.157/`), or -1. */
function rootStart(text: string, slash: number): number {
  let p = slash - 1;
  if (text[p] === ' ' || text[p] === '\u00A0' || text[p] === '\n') p--;
  let digits = 0;
  while (p >= 0 && ASCII_DIGIT_RE.test(text[p] as string) && digits < 4) {
    p--;
    digits++;
  }
  if (digits > 0) {
    if (text[p] !== '.') return -1;
    p--;
  }
  let caps = 0;
  while (p >= 0 && caps < 8 && CAPITAL_RE.test(text[p] as string)) {
    p--;
    caps++;
  }
  return caps === 0 ? -1 : p + 1;
}
/**
 * A symbol does not start inside a capitalised word or a number, or right after a slash or dot;
 * it may be glued to a lower-case word before it (`NumberA/RES/76/159` in PDF text). Checked in
 * code, not by a lookbehind, which would slow the whole scan down several times.
 */
const NOT_BEFORE_SYMBOL = /[A-Z0-9/\uFF0F.-]/;

/** A double symbol (`E/2022/30-E/CN.15/2022/14`) joins two symbols with a hyphen. */
function boundaryBefore(text: string, start: number): boolean {
  const before = text[start - 1] ?? '';
  if (!NOT_BEFORE_SYMBOL.test(before)) return true;
  return before === '-' && /[0-9]/.test(text[start - 2] ?? '');
}
/** `(Part I)` attached to a symbol; in Markdown `\(Part I\)`. */
const ATTACHED_PART =
  /[ \t\u00A0]?\\?\((?:Parts?|Parties?|Partes?|[Чч]аст[ьи]|الجزء|الجزءان)[ \t\u00A0]+([IVX]{1,5}|[0-9]{1,2})(?:[ \t\u00A0]*(?:,|and|et|y|и|و)[ \t\u00A0]*([IVX]{1,5}|[0-9]{1,2}))?\\?\)/uy;
const CORR_CONTINUATION = new RegExp(`[ \\t\\u00A0]+(?:and|и|et|y|و|和|及)[ \\t\\u00A0]*(${MODIFIER})(?![\\p{L}\\p{N}])`, 'uy');
const NUMBER_CONTINUATION = /(?:[ \t\u00A0]*,[ \t\u00A0]*|[ \t\u00A0]+(?:and|и|et|y|و)[ \t\u00A0]+)([0-9]{1,4})(?![\p{L}\p{N}/.])/uy;

const MAX_SYMBOL_LENGTH = 120;
/** `ST/AI/189/Add.9/Rev.2第2條`: the Chinese text numbers an instruction's paragraphs 第N条. */
const CHINESE_ARTICLE = /第([0-9０-９]{1,3})[条條]/y;
function chineseArticle(text: string, pos: number): string | undefined {
  CHINESE_ARTICLE.lastIndex = pos;
  const m = CHINESE_ARTICLE.exec(text);
  return m === null ? undefined : `para. ${foldToAscii(m[1] as string)}`;
}

/** A Markdown link's tail and a closing parenthesis between a symbol and its pinpoint. */
const CLOSE = /(?:\](?:\([^)\s]{0,300}\))?)?(?:\\?\))?/y;

function afterClose(text: string, pos: number): number {
  CLOSE.lastIndex = pos;
  CLOSE.test(text);
  return CLOSE.lastIndex;
}

export function findWrittenSymbols(env: ScanEnv): Citation[] {
  const { text } = env;
  const out: Citation[] = [];
  SLASH_RE.lastIndex = 0;
  for (let s = SLASH_RE.exec(text); s !== null; s = SLASH_RE.exec(text)) {
    const start = rootStart(text, s.index);
    if (start === -1) continue;
    SYMBOL_RE.lastIndex = start;
    const m = SYMBOL_RE.exec(text);
    if (m === null) continue;
    // The slashes inside this symbol need not be looked at again.
    SLASH_RE.lastIndex = Math.max(SLASH_RE.lastIndex, start + m[0].length);
    let surface = m[0];
    if (surface.length > MAX_SYMBOL_LENGTH || !boundaryBefore(text, start)) continue;
    // A year in parentheses belongs only to resolution symbols (`S/RES/2331 (2016)`), never
    // to a report's symbol followed by a year.
    const paren = /\s*(?:[A-H]{1,2}\s*)?\([^)]*\)$/u.exec(surface);
    if (paren !== null && !/\/RES\//iu.test(surface.replace(/[\s\u00AD]/g, ''))) surface = surface.slice(0, paren.index);
    const symbol = parseSymbol(surface);
    if (symbol === null || !rootBoundaryOk(text, start, surface)) continue;
    let end = start + surface.length;
    if (env.isExcluded(start, end)) continue;
    let pinpoint: string | undefined;
    ATTACHED_PART.lastIndex = end;
    const part = ATTACHED_PART.exec(text);
    if (part !== null) {
      pinpoint = part[2] === undefined ? `Part ${part[1] as string}` : `Parts ${part[1] as string} and ${part[2]}`;
      end = ATTACHED_PART.lastIndex;
    }
    const citation: Citation = { start, end, text: text.slice(start, end), symbol, body: bodyOfSymbol(symbol), kind: 'symbol' };
    const more =
      readPinpoint(text, afterClose(text, end))?.pinpoint ?? chineseArticle(text, end) ?? readZhPinpoint(text, afterClose(text, end));
    // `chapter IV of the report (A/79/22)`: a pinpoint written first is the innermost place.
    const lead = leadingSymbolPinpoint(env.pageLang, text, start);
    // `Supplement No. 12 (A/73/12 (Part II)), part II`: the part after the brackets names the same part again.
    const all = [pinpoint, more === pinpoint ? undefined : more, lead].filter((p) => p !== undefined).join(', ');
    if (all !== '') citation.pinpoint = all;
    out.push(citation, ...continuations(text, end, symbol));
    SLASH_RE.lastIndex = Math.max(SLASH_RE.lastIndex, end);
  }
  return out;
}

/**
 * A root made of Cyrillic look-alikes (`СТОС`) must not be glued to a letter before it: then it
 * is a word's capitals, not a symbol. A Latin root may be glued (PDF extraction does that).
 */
function rootBoundaryOk(text: string, start: number, surface: string): boolean {
  if (!isLetter(text[start - 1])) return true;
  return !isCyrillic(surface[0]);
}

/** `A/51/620 and Corr.1` → `A/51/620/Corr.1`; `A/C.3/57/SR.39, 47 and 50` → `…/SR.47`, `…/SR.50`. */
function continuations(text: string, end: number, symbol: string): Citation[] {
  const out: Citation[] = [];
  CORR_CONTINUATION.lastIndex = end;
  const corr = CORR_CONTINUATION.exec(text);
  if (corr !== null) {
    const modText = corr[1] as string;
    const modStart = CORR_CONTINUATION.lastIndex - modText.length;
    const base = symbol.replace(/\/(?:Add|Corr|Rev|Amend)\.[0-9]+$/, '');
    const s = parseSymbol(`${base}/${modText}`);
    if (s !== null)
      out.push({ start: modStart, end: CORR_CONTINUATION.lastIndex, text: modText, symbol: s, body: bodyOfSymbol(s), kind: 'symbol' });
    return out;
  }
  // `SR.39, 47 and 50`, `Add.39, 44 and 46`, and `S/PRST/2006/39, 45 et 57` after a year.
  const last = /\/([A-Za-z]{1,5}\.|(?<=\/[0-9]{4}\/))([0-9]{1,4})$/.exec(symbol);
  if (last === null) return out;
  const items: Array<{ start: number; end: number; n: string }> = [];
  let p = end;
  let sawJoinerWord = false;
  for (;;) {
    NUMBER_CONTINUATION.lastIndex = p;
    const m = NUMBER_CONTINUATION.exec(text);
    if (m === null) break;
    const n = m[1] as string;
    items.push({ start: NUMBER_CONTINUATION.lastIndex - n.length, end: NUMBER_CONTINUATION.lastIndex, n });
    if (!m[0].includes(',')) sawJoinerWord = true;
    p = NUMBER_CONTINUATION.lastIndex;
    if (sawJoinerWord) break;
  }
  // Only a rising list closed by `and` continues the symbol; `A/80/L.41, 2 December` does not.
  let previous = Number(last[2]);
  for (const item of items) {
    if (Number(item.n) <= previous) return out;
    previous = Number(item.n);
  }
  if (!sawJoinerWord) return out;
  const prefix = symbol.slice(0, symbol.length - (last[2] as string).length);
  // Re-read each item as a whole symbol: `Corr.1 and 2231 (2015)` is not `Corr.2231`, since a
  // modifier's number has at most three digits.
  const symbols = items.map((item) => parseSymbol(`${prefix}${item.n}`));
  if (symbols.some((s) => s === null)) return out;
  for (const [i, item] of items.entries()) {
    const s = symbols[i] as string;
    out.push({
      start: item.start,
      end: item.end,
      text: text.slice(item.start, item.end),
      symbol: s,
      body: bodyOfSymbol(s),
      kind: 'symbol',
    });
  }
  return out;
}
