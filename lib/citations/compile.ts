/**
 * Compiles the language data into the regexes the finders run. Built once, on first use, so
 * that importing the engine costs nothing until a text is scanned.
 */
import { DIGIT, HSPACE } from './chars';
import { LANGUAGES, type LanguageData, type NamedBody, type PinpointLabel } from './lang';
import type { UnLang } from './types';

/** A regex with named groups `g0…gN`, one per alternative, and what each alternative means. */
export interface TaggedRegex<T> {
  re: RegExp;
  tags: T[];
}

export interface CompiledLanguage {
  data: LanguageData;
  /** Sticky: a body name at a position. */
  bodyAt: TaggedRegex<NamedBody>;
  /** A body name ending the examined slice (with an optional `'s` and spaces). */
  bodyBefore: TaggedRegex<NamedBody>;
  /** A body tied to the head word by `in`/`в`/`dans` (`the Commission, in resolution 62/1`). */
  bodyBridgeBefore: TaggedRegex<NamedBody>;
  /** The same, on a slice whose spaces were removed (text damaged by stray spaces). */
  bodyBeforeDespaced: TaggedRegex<NamedBody>;
  /** Sticky: connector and body after a number (`of the Human Rights Council`). */
  bodyAfter: TaggedRegex<NamedBody>;
  /** Sticky: `, the Economic and Social Council` (the subject a possessive before it points at). */
  subjectAfter: TaggedRegex<NamedBody>;
  /** Sticky: `, adopted by the Conference of the Parties`. */
  adoptedBy: TaggedRegex<NamedBody>;
  /** A possessive word ending the examined slice. */
  possessiveBefore: RegExp;
  /** A body name, a bridge and a possessive ending the slice (`the Assembly, in its`). */
  bodyPossessiveBefore: TaggedRegex<NamedBody>;
  possessiveSuffix: RegExp | null;
  /** Sticky: "No." marker. */
  numberMarker: RegExp;
  /** Sticky: a list joiner. */
  joiner: RegExp;
  /** Sticky: a date after a number. */
  date: RegExp;
  /** Sticky: a quoted title after a number, with its introducing words. */
  title: RegExp;
  /** Sticky: a filler word. */
  filler: RegExp;
  /** Sticky: the words opening a topic after a number. */
  topic: RegExp;
  /** Global: a place where a list item may follow (a joiner before a digit). */
  joinerAhead: RegExp;
}

const cache = new Map<UnLang, CompiledLanguage>();

/** `\d` in the data means a digit of any script. */
function withDigits(source: string): string {
  return source.replace(/\\d/g, DIGIT);
}

function tagged<T>(parts: Array<{ tag: T; re: string }>, wrap: (alt: string) => string, flags: string): TaggedRegex<T> {
  const alt = parts.map((p, i) => `(?<g${i}>${withDigits(p.re)})`).join('|');
  return { re: new RegExp(wrap(alt), flags), tags: parts.map((p) => p.tag) };
}

/** Which alternative of a tagged regex matched. */
export function tagOf<T>(tr: TaggedRegex<T>, m: RegExpExecArray): T | undefined {
  const groups = m.groups;
  if (groups === undefined) return undefined;
  for (let i = 0; i < tr.tags.length; i++) if (groups[`g${i}`] !== undefined) return tr.tags[i];
  return undefined;
}

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])';
const QUOTED = '(?:«[^»]{0,800}»|“[^”]{0,800}”|"[^"\\n]{0,800}"|„[^“”]{0,800}[“”]|\\u201E[^\\u201C]{0,800}\\u201C)';

export function compiled(lang: UnLang): CompiledLanguage {
  const hit = cache.get(lang);
  if (hit !== undefined) return hit;
  const data = LANGUAGES[lang];
  const bodies = data.bodies.map((b) => ({ tag: b.body, re: b.re }));
  const connector = data.bodyConnector === '' ? '' : `(?:${data.bodyConnector})`;
  const out: CompiledLanguage = {
    data,
    bodyAt: tagged(bodies, (alt) => `${NOT_LETTER_BEFORE}(?:${alt})${NOT_LETTER_AFTER}`, 'uy'),
    bodyBefore: tagged(bodies, (alt) => `${NOT_LETTER_BEFORE}(?:${alt})(?:['’]s)?[\\s\\[]*$`, 'u'),
    bodyBridgeBefore: tagged(bodies, (alt) => `${NOT_LETTER_BEFORE}(?:${alt})\\s*,?\\s*(?:${data.authorBridge})[\\s\\[]+$`, 'u'),
    bodyBeforeDespaced: tagged(
      bodies.map((b) => ({ tag: b.tag, re: b.re.replace(/\\s[+*?]/g, '') })),
      (alt) => `(?:${alt})(?:['’]s)?$`,
      'u',
    ),
    bodyAfter: tagged(bodies, (alt) => `\\]?(?:\\([^)\\s]{0,300}\\))?,?\\s*${connector}(?:${alt})${NOT_LETTER_AFTER}`, 'uy'),
    subjectAfter: tagged(
      bodies,
      (alt) => `\\]?(?:\\([^)\\s]{0,300}\\))?,\\s*(?:(?:${data.subjectArticle})\\s*)?(?:${alt})${NOT_LETTER_AFTER}`,
      'uy',
    ),
    adoptedBy: tagged(bodies, (alt) => `,?\\s*(?:${withDigits(data.adoptedBy)})\\s*(?:${alt})${NOT_LETTER_AFTER}`, 'uy'),
    possessiveBefore: new RegExp(`${NOT_LETTER_BEFORE}(?:${data.possessives})[\\s\\[]+$`, 'iu'),
    bodyPossessiveBefore: tagged(
      bodies,
      (alt) => `${NOT_LETTER_BEFORE}(?:${alt})\\s*(?:${data.possessiveBridge})\\s*(?:${data.possessives})[\\s\\[]+$`,
      'u',
    ),
    possessiveSuffix: data.possessiveSuffix === undefined ? null : new RegExp(data.possessiveSuffix, 'u'),
    numberMarker: new RegExp(`(?:${data.numberMarkers})${HSPACE}*`, 'iuy'),
    joiner: new RegExp(
      `(?:${HSPACE}*[,;،؛、，]\\s*(?:(?:${data.joinerWords})(?:\\s+|(?=${DIGIT})))?|\\s+(?:${data.joinerWords})(?:\\s+|(?=${DIGIT})))\\[?`,
      'iuy',
    ),
    date: new RegExp(`,?\\s*(?:${withDigits(data.dateAfter)})${NOT_LETTER_AFTER}`, 'iuy'),
    title: new RegExp(`,?\\s*(?:(?:${data.titleIntro})\\s*:?\\s*)?${QUOTED}`, 'iuy'),
    filler: new RegExp(`\\s+(?:${data.fillers})${NOT_LETTER_AFTER}`, 'iuy'),
    topic: new RegExp(`,?\\s+(?:${data.topicIntro})\\s`, 'iuy'),
    joinerAhead: new RegExp(`(?:${HSPACE}*[,;،؛]\\s*(?:(?:${data.joinerWords})\\s+)?|\\s+(?:${data.joinerWords})\\s+)(?=${DIGIT})`, 'giu'),
  };
  cache.set(lang, out);
  return out;
}

/** Head words of every language but Chinese, in one regex; groups `<lang>_r` / `<lang>_d`. */
let headRegex: RegExp | null = null;
export const HEAD_LANGS: UnLang[] = ['ru', 'en', 'fr', 'es', 'ar'];
export function headRe(): RegExp {
  if (headRegex !== null) return headRegex;
  // English comes before French and Spanish so that an unaccented `resolution`/`decision` is
  // English first (its body names are then English ones); the page
  // language then decides between the two (see find-references.ts).
  const alts = HEAD_LANGS.map((l) => {
    const d = LANGUAGES[l];
    const exact = `(?<${l}_r>${d.resolutionHeads})|(?<${l}_d>${d.decisionHeads})`;
    if (d.damagedHeads === undefined) return exact;
    return `${exact}|(?<${l}_rs>${spaced(d.damagedHeads.resolution)})|(?<${l}_ds>${spaced(d.damagedHeads.decision)})`;
  }).join('|');
  // No lookbehind for the word boundary before: it would cost ten times the scan (V8 then cannot
  // skip ahead to a head word's first letters); find-references.ts checks that boundary instead.
  headRegex = new RegExp(`(?:${alts})${NOT_LETTER_AFTER}`, 'giu');
  return headRegex;
}

/** A word with at most one stray space between any two of its letters (`resolu tion`). */
function spaced(words: string[]): string {
  return words
    .sort((a, b) => b.length - a.length)
    .map((w) => [...w].map((ch) => (ch === 'é' ? '[ée]' : ch === 'ó' ? '[óo]' : ch)).join('[ \\u00A0]?'))
    .join('|');
}

/** Every language's pinpoint labels in one sticky regex; groups `p0…` tagged by label. */
let pinpointRegex: TaggedRegex<PinpointLabel> | null = null;
export function pinpointRe(): TaggedRegex<PinpointLabel> {
  if (pinpointRegex !== null) return pinpointRegex;
  const parts: Array<{ tag: PinpointLabel; re: string }> = [];
  for (const l of ['ru', 'en', 'fr', 'es', 'ar'] as UnLang[]) {
    for (const p of LANGUAGES[l].pinpoints) parts.push({ tag: p.label, re: p.re });
  }
  const ordinals = Object.keys({
    ...LANGUAGES.ru.ordinals,
    ...LANGUAGES.en.ordinals,
    ...LANGUAGES.fr.ordinals,
    ...LANGUAGES.es.ordinals,
    ...LANGUAGES.ar.ordinals,
  }).join('|');
  const value = `(?<value>(?:[IVXLC]{1,7}|${DIGIT}{1,3}|[A-ZА-Я])(?:\\.(?:[A-ZА-Я0-9]{1,4}))*(?![\\p{L}\\p{N}])|(?:${ordinals})${NOT_LETTER_AFTER})`;
  pinpointRegex = tagged(parts, (alt) => `${NOT_LETTER_BEFORE}(?:${alt})${NOT_LETTER_AFTER}(?:\\s*${value})?`, 'iuy');
  return pinpointRegex;
}

/** Speaker lines of every language in one regex (`The General Assembly,` alone on its line). */
let speakerRegex: TaggedRegex<NamedBody> | null = null;
export function speakerRe(): TaggedRegex<NamedBody> {
  if (speakerRegex !== null) return speakerRegex;
  const parts: Array<{ tag: NamedBody; re: string }> = [];
  for (const l of ['ru', 'en', 'fr', 'es', 'ar', 'zh'] as UnLang[]) {
    for (const s of LANGUAGES[l].speakers) parts.push({ tag: s.body, re: s.re });
  }
  speakerRegex = tagged(parts, (alt) => `^[ \\t\\u00A0*_#>«"“-]*(?:${alt})[ \\t\\u00A0*_]*[,，،:]?[ \\t\\u00A0*_]*$`, 'gmu');
  return speakerRegex;
}
