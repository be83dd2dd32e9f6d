/**
 * References written with a head word (spec 3.2–3.5): `резолюцию 76/181`, `resolutions 61/180
 * of … and 74/176`, `resolución 2200 A (XXI)`, `القرار 2331 (2016)`, in every language but
 * Chinese (see find-references-zh.ts). One pass of one regex finds the head words; everything
 * else is read with sticky regexes from there, so the cost follows the number of head words.
 */
import type { RefKind } from './bodies';
import { isLetter } from './chars';
import { compiled, HEAD_LANGS, headRe, tagOf, type CompiledLanguage } from './compile';
import type { NamedBody } from './lang';
import { afterTopic } from './list-continuation';
import { readRefNumber, type RefNumber } from './numbers';
import { leadingPinpoint } from './leading-pinpoint';
import { readPinpoint } from './pinpoint';
import { adoptedAfter, linkJoinedReferences, namedBefore, possessiveBody, subjectAfter } from './reference-clues';
import type { ScanEnv } from './scan-env';
import { skipTrailing } from './trailing';
import type { Body, UnLang } from './types';

const MAX_LIST_ITEMS = 60;
const GAP = /[\s[]*/y;

export interface Item {
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
      named ??= namedBefore(L, text, headStart, damaged);
      const bodyKnown = named !== null || possessiveBody(env, L, headStart, headWord) !== null;
      const resumed = afterTopic(L, text, tail.end, (items.at(-1) as Item).num, bodyKnown);
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
    // Bare numbers continue only a list of bare numbers (`резолюции 1493 от … и 1533`), and only
    // numbers that look like Security Council ones, never `и 2` of some other count.
    const bareOk = next !== null && next.num.shape === 'bare' && first.num.shape === 'bare' && next.num.n >= 100;
    if (next === null || (next.num.shape === 'bare' && !bareOk)) {
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
  // `paragraph 15 of resolution 1701 (2006)`: a pinpoint written first is inside each act the
  // head word governs (`paragraph 6 of resolutions 2278 (2016) and 2362 (2017)`), after any the
  // item names itself (`paragraph 3 of resolution 55/25, annex I` is in annex I).
  const lead = leadingPinpoint(L.data.lang, text, headStart);
  if (lead !== undefined) for (const item of items) item.pinpoint = item.pinpoint === undefined ? lead : `${item.pinpoint}, ${lead}`;
  const adoptedBy = named === null ? adoptedAfter(L, text, tail.end) : null;
  let possessive = possessiveBody(env, L, headStart, headWord);
  if (possessive !== null) possessive = subjectAfter(L, text, tail.end, env.speakerAt(headStart)) ?? possessive;
  return {
    lang: L.data.lang,
    kind,
    headStart,
    items,
    named,
    adoptedBy,
    possessive,
    joinedTo,
  };
}
