/**
 * References written with a head word (spec 3.2–3.5): `резолюцию 76/181`, `resolutions 61/180
 * of … and 74/176`, `resolución 2200 A (XXI)`, `القرار 2331 (2016)`, in every language but
 * Chinese (see find-references-zh.ts). One pass of one regex finds the head words; everything
 * else is read with sticky regexes from there, so the cost follows the number of head words.
 */
import { bodyByShape, type RefKind } from './bodies';
import { isLetter } from './chars';
import { compiled, HEAD_LANGS, headRe, tagOf, type CompiledLanguage } from './compile';
import type { NamedBody } from './lang';
import { isYearSlash, readRefNumber, type RefNumber } from './numbers';
import { resolveBody } from './resolve-body';
import type { ScanEnv } from './scan-env';
import { readPinpoint } from './pinpoint';
import { skipTrailing } from './trailing';
import type { Body, Citation, UnLang } from './types';

/** How far before a head word a body's name or a possessive is looked for. */
const LOOKBEHIND = 160;
const MAX_LIST_ITEMS = 60;
const GAP = /[\s[]*/y;

interface Item {
  start: number;
  end: number;
  num: RefNumber;
  pinpoint?: string;
}

/** One head word with its numbers and what was found around it. */
export interface Reference {
  lang: UnLang;
  kind: RefKind;
  headStart: number;
  items: Item[];
  named: NamedBody | null;
  /** The body an "adopted by" phrase after the reference names (spec 4.1, "a clause later"). */
  adoptedBy: NamedBody | null;
  possessive: Body | null;
  /** Where the next reference's head word starts when this one is joined to it by `and`. */
  joinedTo: number;
}

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function skipGap(text: string, pos: number): number {
  GAP.lastIndex = pos;
  GAP.test(text);
  return GAP.lastIndex;
}

/** The language of a head word: accents and the page's language decide between look-alikes. */
function headLang(group: UnLang, word: string, pageLang: UnLang): UnLang {
  if (group === 'en' && (pageLang === 'fr' || pageLang === 'es')) return pageLang;
  if (group === 'fr' && /é/i.test(word)) return 'fr';
  return group;
}

export function findReferences(env: ScanEnv): Reference[] {
  const { text } = env;
  const refs: Reference[] = [];
  const re = headRe();
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (isLetter(text[m.index - 1])) continue; // inside a word (`безрезолюционный`)
    const groups = m.groups ?? {};
    const key = HEAD_LANGS.find((l) => ['r', 'd', 'rs', 'ds'].some((k) => groups[`${l}_${k}`] !== undefined));
    if (key === undefined) continue;
    const kind: RefKind = groups[`${key}_r`] !== undefined || groups[`${key}_rs`] !== undefined ? 'resolution' : 'decision';
    const lang = headLang(key, m[0], env.pageLang);
    const damaged = groups[`${key}_rs`] !== undefined || groups[`${key}_ds`] !== undefined;
    const ref = readReference(env, compiled(lang), kind, m.index, m.index + m[0].length, m[0], damaged);
    if (ref !== null) refs.push(ref);
  }
  linkJoinedReferences(refs);
  return refs;
}

function readReference(
  env: ScanEnv,
  L: CompiledLanguage,
  kind: RefKind,
  headStart: number,
  headEnd: number,
  headWord: string,
  damaged: boolean,
): Reference | null {
  const { text } = env;
  let pos = skipGap(text, headEnd);
  // Between the head word and the number: a body (`резолюции Совета Безопасности 2331`), "No.".
  let named: NamedBody | null = null;
  const between = at(L.bodyAt.re, text, pos);
  if (between !== null) {
    named = tagOf(L.bodyAt, between) ?? null;
    pos = skipGap(text, pos + between[0].length);
  }
  const marker = at(L.numberMarker, text, pos);
  if (marker !== null) pos = skipGap(text, pos + marker[0].length);
  const first = readRefNumber(text, pos);
  if (first === null) return null;

  const items: Item[] = [{ start: headStart, end: first.end, num: first.num }];
  let tail = skipTrailing(L, text, first.end);
  if (tail.pinpoint !== undefined) (items[0] as Item).pinpoint = tail.pinpoint;
  let joinedTo = -1;
  while (items.length < MAX_LIST_ITEMS) {
    const joiner = at(L.joiner, text, tail.end);
    if (joiner === null) {
      // `72/195 … об улучшении координации …, 73/148 от …`: the list resumes after a topic.
      const resumed = afterTopic(L, text, tail.end, (items.at(-1) as Item).num);
      if (resumed === null) break;
      const item: Item = { start: resumed.start, end: resumed.end, num: resumed.num };
      items.push(item);
      tail = skipTrailing(L, text, resumed.end);
      if (tail.pinpoint !== undefined) item.pinpoint = tail.pinpoint;
      continue;
    }
    let p = tail.end + joiner[0].length;
    const mk = at(L.numberMarker, text, p);
    if (mk !== null) p += mk[0].length;
    const next = readRefNumber(text, p);
    if (next === null || next.num.shape === 'bare') {
      joinedTo = p;
      break;
    }
    const item: Item = { start: p, end: next.end, num: next.num };
    items.push(item);
    tail = skipTrailing(L, text, next.end);
    if (tail.pinpoint !== undefined) item.pinpoint = tail.pinpoint;
  }

  if (named === null) named = namedBefore(L, text, headStart, damaged);
  if (named === null) {
    const after = at(L.bodyAfter.re, text, tail.end);
    if (after !== null) {
      named = tagOf(L.bodyAfter, after) ?? null;
      // `Резолюция 55/25 Генеральной Ассамблеи, приложение III`: the pinpoint follows the body.
      const last = items.at(-1) as Item;
      const pin = readPinpoint(text, tail.end + after[0].length);
      if (last.pinpoint === undefined && pin !== null) last.pinpoint = pin.pinpoint;
    }
  }
  const adoptedBy = named === null ? adoptedAfter(L, text, tail.end) : null;
  return {
    lang: L.data.lang,
    kind,
    headStart,
    items,
    named,
    adoptedBy,
    possessive: possessiveBody(env, L, headStart, headWord),
    joinedTo,
  };
}

/** How far a topic may run before the list resumes. */
const TOPIC_REACH = 400;
const SENTENCE_END = /[.;:](?=\s)/u;

/**
 * After a topic (`on trafficking in women and girls`), the next list item is a number of the
 * same form after a joiner, within the same sentence, before any other head word.
 */
function afterTopic(L: CompiledLanguage, text: string, pos: number, previous: RefNumber): { start: number; end: number; num: RefNumber } | null {
  if (at(L.topic, text, pos) === null) return null;
  const limit = Math.min(text.length, pos + TOPIC_REACH);
  const re = L.joinerAhead;
  re.lastIndex = pos;
  for (let m = re.exec(text); m !== null && m.index < limit; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const between = text.slice(pos, m.index);
    if (SENTENCE_END.test(between) || headInside(between)) return null;
    const next = readRefNumber(text, start);
    if (next !== null && sameForm(previous, next.num)) return { start, end: next.end, num: next.num };
  }
  return null;
}

function headInside(s: string): boolean {
  const re = headRe();
  const saved = re.lastIndex;
  re.lastIndex = 0;
  const found = re.test(s);
  re.lastIndex = saved;
  return found;
}

/** Two list items are written alike and their shape points to the same body. */
function sameForm(a: RefNumber, b: RefNumber): boolean {
  const body = bodyByShape(a);
  if (body === null || body !== bodyByShape(b)) return false;
  if (a.shape === 'slash' && b.shape === 'slash') return isYearSlash(a) === isYearSlash(b);
  if (a.shape === 'paren' && b.shape === 'paren') return (a.year === undefined) === (b.year === undefined);
  if (a.shape === 'other' && b.shape === 'other') return a.foreign === b.foreign;
  return false;
}

/**
 * `…, принятые Конференцией участников`, also after a topic (`Решение № 15/06 о борьбе …,
 * принятое Советом министров ОБСЕ`). After a topic the phrase must open a clause of its own
 * (a comma before it): `resolution 70/1 on the declaration adopted by the Congress` names the
 * declaration's author, not the resolution's.
 */
function adoptedAfter(L: CompiledLanguage, text: string, pos: number): NamedBody | null {
  const direct = at(L.adoptedBy.re, text, pos);
  if (direct !== null) return tagOf(L.adoptedBy, direct) ?? null;
  if (at(L.topic, text, pos) === null) return null;
  const limit = Math.min(text.length, pos + TOPIC_REACH);
  for (let comma = text.indexOf(',', pos); comma !== -1 && comma < limit; comma = text.indexOf(',', comma + 1)) {
    const between = text.slice(pos, comma);
    if (SENTENCE_END.test(between) || headInside(between)) return null;
    const m = at(L.adoptedBy.re, text, comma);
    if (m !== null) return tagOf(L.adoptedBy, m) ?? null;
  }
  return null;
}

/** A body named right before the head word: `Security Council resolution`, `大会…`. */
function namedBefore(L: CompiledLanguage, text: string, headStart: number, damaged: boolean): NamedBody | null {
  const before = text.slice(Math.max(0, headStart - LOOKBEHIND), headStart);
  const m = L.bodyBefore.re.exec(before);
  if (m !== null) return tagOf(L.bodyBefore, m) ?? null;
  // Where the head word itself was broken by stray spaces (`re solution`), so may the body's
  // name be (`Hum an Rig hts Coun cil`): compare without spaces.
  if (!damaged) return null;
  const d = L.bodyBeforeDespaced.re.exec(before.replace(/\s+/g, ''));
  return d === null ? null : (tagOf(L.bodyBeforeDespaced, d) ?? null);
}

/**
 * Spec 4.2: a possessive points at the body speaking there, or at a body named just before it
 * (`the General Assembly, in its resolution`).
 */
function possessiveBody(env: ScanEnv, L: CompiledLanguage, headStart: number, headWord: string): Body | null {
  const suffix = L.possessiveSuffix !== null && L.possessiveSuffix.test(headWord);
  const before = env.text.slice(Math.max(0, headStart - LOOKBEHIND), headStart);
  if (!suffix && !L.possessiveBefore.test(before)) return null;
  const bridged = L.bodyPossessiveBefore.re.exec(before);
  const bridgedBody = bridged === null ? null : tagOf(L.bodyPossessiveBefore, bridged);
  if (bridgedBody === 'ASSEMBLY') return 'GA';
  if (bridgedBody !== undefined && bridgedBody !== null && bridgedBody !== 'COUNCIL') return bridgedBody;
  return env.speakerAt(headStart);
}

/**
 * `резолюцию 10/1 … и резолюцию 10/3 …, принятые Конференцией участников`: an "adopted by"
 * phrase after the last of references joined by `and` names the author of all of them.
 */
function linkJoinedReferences(refs: Reference[]): void {
  for (let i = refs.length - 2; i >= 0; i--) {
    const ref = refs[i] as Reference;
    const next = refs[i + 1] as Reference;
    if (ref.adoptedBy === null && ref.joinedTo !== -1 && ref.joinedTo === next.headStart) ref.adoptedBy = next.adoptedBy;
  }
}

/**
 * The Security Council years this text itself gives (`resolution 1701 (2006)`): a later bare
 * `resolution 1701` in the same text is that resolution, whatever the catalogue knows.
 */
export function yearsGivenInText(refs: Reference[]): Map<number, number> {
  const years = new Map<number, number>();
  for (const ref of refs) {
    for (const { num } of ref.items) if (num.shape === 'paren' && num.year !== undefined && !years.has(num.n)) years.set(num.n, num.year);
  }
  return years;
}

/** The citations of one reference: one per number, each resolved to its body and symbol. */
export function referenceCitations(env: ScanEnv, ref: Reference, scYears: Map<number, number>): Citation[] {
  const out: Citation[] = [];
  for (const item of ref.items) {
    if (env.isExcluded(item.start, item.end)) continue;
    const speaker = env.speakerAt(item.start);
    const bare = item.num.shape === 'bare' ? item.num.n : undefined;
    const year = bare === undefined ? undefined : scYears.get(bare);
    const num: RefNumber = bare === undefined || year === undefined ? item.num : { shape: 'paren', n: bare, year };
    const resolved = resolveBody(ref.kind, num, {
      named: ref.named ?? ref.adoptedBy,
      possessive: ref.possessive,
      speaker,
    });
    if (resolved === null) continue;
    const citation: Citation = {
      start: item.start,
      end: item.end,
      text: env.text.slice(item.start, item.end),
      symbol: resolved.symbol,
      body: resolved.body,
      kind: ref.kind,
    };
    const pinpoint = joinPinpoint(partOf(item.num), item.pinpoint);
    if (pinpoint !== undefined) citation.pinpoint = pinpoint;
    out.push(citation);
  }
  return out;
}

function partOf(num: RefNumber): string | undefined {
  return num.shape === 'slash' || num.shape === 'paren' ? num.part : undefined;
}

/** A part letter is the first place inside the act (`2200 A (XXI), annex` → `A, annex`). */
export function joinPinpoint(part: string | undefined, pinpoint: string | undefined): string | undefined {
  if (part === undefined) return pinpoint;
  return pinpoint === undefined ? part : `${part}, ${pinpoint}`;
}
