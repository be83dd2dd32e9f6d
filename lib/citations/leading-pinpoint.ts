/**
 * Pinpoints written before the citation they belong to (ADR 0029): `paragraph 15 of resolution
 * 1701 (2006)`, `part I of the annex to resolution 79/1`, `paragraphe 15 de la résolution`,
 * `párrafo 15 de su resolución`, `пункт 15 резолюции`, `приложение I к резолюции`,
 * `الفقرة 15 من القرار`, `المرفق الأول للقرار`, `chapter IV of the report (A/79/22)`.
 * Read backwards from where the citation's words start: the pinpoint must end right there, tied to
 * it only by the language's `of` and at most a possessive or the body's name. Anything else in
 * between (`paragraph 5 above, and resolution 76/181`, `paragraph 15 of the present resolution
 * … resolution 76/181`) is another sentence's pinpoint, and none is given.
 */
import { DIGIT, isLetter } from './chars';
import { LANGUAGES, type LanguageData, type PinpointLabel } from './lang';
import { formatPart, type PinpointValue } from './pinpoint-format';
import type { UnLang } from './types';

/** How far before the citation a pinpoint chain may start. */
const REACH = 240;
/** Longer than this, each list keeps its first value only. */
const MAX_LENGTH = 120;
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])';
/** Arabic subparagraphs are lettered in abjad order: (أ) (ب) (ج) … are (a) (b) (c) …. */
/** The series root a written symbol starts with (`A/`, `CTOC/`, `A/CONF.157/`). */
const SYMBOL_ROOT = '[A-Z]{1,8}(?:\\.[0-9]{1,4})?/';
const LEADING_LANGS: UnLang[] = ['en', 'fr', 'es', 'ru', 'ar'];
const ABJAD = ['أ', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي'];

interface LeadingRegexes {
  /** A chain of pinpoints ending right before a reference's words (group `chain`). */
  /** Global: where a pinpoint label may start (the chain is tried only there, not at every offset). */
  labelAhead: RegExp;
  beforeReference: RegExp;
  /** The same before a written symbol (`of the report (`, `of document `). */
  beforeSymbol: RegExp;
  /** Sticky: `of` and what a pinpoint before it may belong to (`of resolution`, `of the report (`). */
  forward: RegExp;
  /** Sticky: one part of the chain (groups `g0…` by label, `list`). */
  part: RegExp;
  labels: PinpointLabel[];
  /** Sticky: one value of a list (groups `value`, `subs`), and what separates two. */
  value: RegExp;
  separator: RegExp;
  sub: RegExp;
}

const cache = new Map<UnLang, LeadingRegexes>();

/** Labels are lower-case words in the data; running text may capitalise them (`Paragraph 15 of`).
 * Not a case-insensitive regex: that would read `к` in `приложения к резолюции` as a value. */
function capitalisable(source: string): string {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= source.length; i++) {
    const ch = source[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if ((ch === '|' && depth === 0) || i === source.length) {
      const alt = source.slice(start, i);
      const first = alt.charAt(0);
      out.push(first.toUpperCase() !== first ? `[${first}${first.toUpperCase()}]${alt.slice(1)}` : alt);
      start = i + 1;
    }
  }
  return out.join('|');
}

function regexesFor(lang: UnLang): LeadingRegexes {
  const hit = cache.get(lang);
  if (hit !== undefined) return hit;
  const d: LanguageData = LANGUAGES[lang];
  const ordinals = Object.keys(d.ordinals).join('|');
  const value = `(?:[IVXLC]{1,7}|${DIGIT}{1,3}|[A-ZА-Я])(?:\\.[A-Z0-9]{1,4})*(?![\\p{L}\\p{N}])|(?:${ordinals})${NOT_LETTER_AFTER}`;
  const sub = `(?:\\s*\\((?:[a-z]{1,4}|[${ABJAD.join('')}])\\)|\\s+[a-z]{1,4}\\))`;
  const separator = `(?:\\s*[,،]\\s*(?:(?:${d.joinerWords})\\s*)?|\\s+(?:${d.joinerWords})\\s*)`;
  const item = `(?:${value})(?:${sub}(?:${separator}${sub})*)?`;
  const list = `${item}(?:${separator}${item})*`;
  const annex = d.pinpoints.filter((p) => p.label === 'annex').map((p) => capitalisable(p.re));
  const others = d.pinpoints.filter((p) => p.label !== 'annex').map((p) => capitalisable(p.re));
  // An Arabic pinpoint may carry `and` as a prefix (`ومرفق القرار 79/1`); after a citation the
  // labels do not take it (`القرار 55/25 ومرفق …` starts something else).
  const and = lang === 'ar' ? '[وف]?' : '';
  const piece = `${NOT_LETTER_BEFORE}${and}(?:(?:${annex.join('|')})${NOT_LETTER_AFTER}(?:\\s*(?:${list}))?|(?:${others.join('|')})${NOT_LETTER_AFTER}\\s*(?:${list}))`;
  const chain = `(?<chain>${piece}(?:\\s+(?:${d.pinpointOf})${piece})*)\\s+(?:${d.pinpointOf})`;
  const bodies = d.bodies.map((b) => b.re).join('|');
  const owner = `(?:(?:${d.possessives})\\s+|(?:${bodies})(?:['’]s)?\\s+)?`;
  const document = `(?:(?:(?:${d.possessives})\\s+)?(?:${d.documentNouns})\\s*\\(\\s*|(?:${d.documentNouns})\\s+)?`;
  const heads = `${d.resolutionHeads}|${d.decisionHeads}`;
  const labels = d.pinpoints.map((p) => capitalisable(p.re)).join('|');
  const tagged = d.pinpoints.map((p, i) => `(?<g${i}>${capitalisable(p.re)})`).join('|');
  const out: LeadingRegexes = {
    // No lookbehind here: V8 could then no longer skip ahead to a label's first letters.
    labelAhead: new RegExp(`${and}(?:${labels})${NOT_LETTER_AFTER}`, 'gu'),
    beforeReference: new RegExp(`${chain}${owner}$`, 'uy'),
    beforeSymbol: new RegExp(`${chain}${document}\\[?$`, 'uy'),
    forward: new RegExp(
      // The rest of a list the caller read the first value of (`paragraphs 9 and 10 of`).
      `(?:${sub}(?:${separator}${sub})*)?(?:${separator}${item})*\\s+(?:${d.pinpointOf})(?:(?:${d.possessives})\\s+|(?:${bodies})(?:['’]s)?\\s+)?(?:(?:${heads})${NOT_LETTER_AFTER}|(?:${d.documentNouns})${NOT_LETTER_AFTER}|${NOT_LETTER_BEFORE}${and}(?:${labels})${NOT_LETTER_AFTER}|\\[?${SYMBOL_ROOT})`,
      'uy',
    ),
    part: new RegExp(`(?:\\s+(?:${d.pinpointOf}))?${and}(?:${tagged})${NOT_LETTER_AFTER}\\s*(?<list>${list})?`, 'uy'),
    labels: d.pinpoints.map((p) => p.label),
    value: new RegExp(`(?<value>${value})(?<subs>(?:${sub}(?:${separator}${sub})*)?)`, 'uy'),
    separator: new RegExp(separator, 'uy'),
    sub: new RegExp(sub, 'gu'),
  };
  cache.set(lang, out);
  return out;
}

/** The pinpoint written before a reference whose words start at `start`, in English labels. */
export function leadingPinpoint(lang: UnLang, text: string, start: number): string | undefined {
  if (lang === 'zh') return undefined; // Chinese writes it after: `第1701(2006)号决议第15段`.
  return readChain(regexesFor(lang), regexesFor(lang).beforeReference, text, start);
}

/** The pinpoint written before a written symbol at `start` (`chapter IV of the report (`). */
export function leadingSymbolPinpoint(lang: UnLang, text: string, start: number): string | undefined {
  if (lang === 'zh') return undefined;
  return readChain(regexesFor(lang), regexesFor(lang).beforeSymbol, text, start);
}

/**
 * Whether the pinpoint ending at `pos` is tied to what follows (`paragraph 15 of resolution …`,
 * `пунктом 4 резолюции …`), in any language: then it is not a pinpoint of the citation before it.
 */
export function tiedForward(text: string, pos: number): boolean {
  return LEADING_LANGS.some((lang) => {
    const re = regexesFor(lang).forward;
    re.lastIndex = pos;
    return re.test(text);
  });
}

function readChain(R: LeadingRegexes, anchored: RegExp, text: string, start: number): string | undefined {
  const slice = text.slice(Math.max(0, start - REACH), start);
  // The leftmost label from which a chain runs to the citation: the longest chain.
  let chain: string | undefined;
  R.labelAhead.lastIndex = 0;
  for (let l = R.labelAhead.exec(slice); l !== null && chain === undefined; l = R.labelAhead.exec(slice)) {
    if (isLetter(slice[l.index - 1])) continue;
    anchored.lastIndex = l.index;
    chain = anchored.exec(slice)?.groups?.chain;
  }
  if (chain === undefined) return undefined;
  const parts: Array<{ label: PinpointLabel; values: PinpointValue[] }> = [];
  let p = 0;
  while (p < chain.length) {
    R.part.lastIndex = p;
    const part = R.part.exec(chain);
    if (part === null || part.groups === undefined) return undefined;
    const index = R.labels.findIndex((_, i) => part.groups?.[`g${i}`] !== undefined);
    const label = R.labels[index];
    if (label === undefined) return undefined;
    parts.push({ label, values: valuesOf(R, part.groups.list ?? '') });
    p = R.part.lastIndex;
  }
  // Written from the innermost place out (`paragraph 2 of part I of the annex`); a pinpoint
  // reads from the outermost in (`annex, Part I, para. 2`), as the reader looks for it.
  if (parts.length === 0) return undefined;
  parts.reverse();
  const whole = parts.map((part) => formatPart(part.label, part.values)).join(', ');
  // A reader address keeps a pinpoint short (reader-address.ts): a very long list is cited by
  // its first value, where the reader opens anyway.
  return whole.length <= MAX_LENGTH ? whole : parts.map((part) => formatPart(part.label, part.values.slice(0, 1))).join(', ');
}

function valuesOf(R: LeadingRegexes, list: string): PinpointValue[] {
  const values: PinpointValue[] = [];
  let p = 0;
  while (p < list.length) {
    R.value.lastIndex = p;
    const m = R.value.exec(list);
    if (m === null || m.groups === undefined) break;
    const subs = [...(m.groups.subs ?? '').matchAll(R.sub)].map((s) => letterOf(s[0]));
    values.push({ value: m.groups.value as string, subs });
    R.separator.lastIndex = R.value.lastIndex;
    if (!R.separator.test(list)) break;
    p = R.separator.lastIndex;
  }
  return values;
}

/** `(b)`, ` b)` → `b`; Arabic `(ب)` → `b`. */
function letterOf(sub: string): string {
  const letter = sub.replace(/[\s()]/g, '');
  const abjad = ABJAD.indexOf(letter);
  return abjad === -1 ? letter : String.fromCharCode(97 + abjad);
}
