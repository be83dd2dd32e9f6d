/**
 * What the words around a reference say about its author (spec 4.1, 4.2): a body named right
 * before it, a possessive and whom it points at, and an "adopted by" phrase after it, which may
 * name the author of several references joined by `and`.
 */
import { tagOf, type CompiledLanguage } from './compile';
import type { Reference } from './find-references';
import type { NamedBody } from './lang';
import { SENTENCE_END, TOPIC_REACH, headInside } from './list-continuation';
import type { ScanEnv } from './scan-env';
import type { Body } from './types';

/** How far before a head word a body's name or a possessive is looked for. */
const LOOKBEHIND = 160;
/** Bodies whose acts have symbols; `COUNCIL` and `ASSEMBLY` may stand for them. */
const HAS_SYMBOLS: ReadonlySet<NamedBody> = new Set(['GA', 'SC', 'ECOSOC', 'HRC', 'CHR', 'SUBCOM', 'COUNCIL', 'ASSEMBLY']);

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * `…, принятые Конференцией участников`, also after a topic (`Решение № 15/06 о борьбе …,
 * принятое Советом министров ОБСЕ`). After a topic the phrase must open a clause of its own
 * (a comma before it): `resolution 70/1 on the declaration adopted by the Congress` names the
 * declaration's author, not the resolution's.
 */
export function adoptedAfter(L: CompiledLanguage, text: string, pos: number): NamedBody | null {
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

/**
 * `in accordance with its resolution 414 (XIII), the Economic and Social Council must review`:
 * the body named as the subject right after a possessive reference is the one "its" means.
 */
export function subjectAfter(L: CompiledLanguage, text: string, pos: number, speaker: Body | null): Body | null {
  const m = at(L.subjectAfter.re, text, pos);
  const tag = m === null ? undefined : tagOf(L.subjectAfter, m);
  if (tag === undefined || tag === 'SUBSIDIARY') return null;
  if (tag === 'ASSEMBLY') return 'GA';
  if (tag === 'COUNCIL') return speaker;
  return tag;
}

/** A body named right before the head word: `Security Council resolution`, `大会…`. */
export function namedBefore(L: CompiledLanguage, text: string, headStart: number, damaged: boolean): NamedBody | null {
  const before = text.slice(Math.max(0, headStart - LOOKBEHIND), headStart);
  const m = L.bodyBefore.re.exec(before);
  if (m !== null) return tagOf(L.bodyBefore, m) ?? null;
  // `Комиссия в резолюции 62/1`: the body before "in" is usually the author, but may be an
  // object (`requested the Human Rights Council in resolution 60/251`), so it is believed only
  // when it has no symbols of its own: that can unlink a citation, never link a wrong one.
  const bridged = L.bodyBridgeBefore.re.exec(before);
  const bridgedBody = bridged === null ? undefined : tagOf(L.bodyBridgeBefore, bridged);
  if (bridgedBody !== undefined && !HAS_SYMBOLS.has(bridgedBody)) return bridgedBody;
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
export function possessiveBody(env: ScanEnv, L: CompiledLanguage, headStart: number, headWord: string): Body | null {
  const suffix = L.possessiveSuffix !== null && L.possessiveSuffix.test(headWord);
  const before = env.text.slice(Math.max(0, headStart - LOOKBEHIND), headStart);
  if (!suffix && !L.possessiveBefore.test(before)) return null;
  const bridged = L.bodyPossessiveBefore.re.exec(before);
  const bridgedBody = bridged === null ? null : tagOf(L.bodyPossessiveBefore, bridged);
  if (bridgedBody === 'ASSEMBLY') return 'GA';
  if (bridgedBody !== undefined && bridgedBody !== null && bridgedBody !== 'COUNCIL' && bridgedBody !== 'SUBSIDIARY') return bridgedBody;
  return env.speakerAt(headStart);
}

/**
 * `резолюцию 10/1 … и резолюцию 10/3 …, принятые Конференцией участников`: an "adopted by"
 * phrase after the last of references joined by `and` names the author of all of them.
 */
export function linkJoinedReferences(refs: Reference[]): void {
  for (let i = refs.length - 2; i >= 0; i--) {
    const ref = refs[i] as Reference;
    const next = refs[i + 1] as Reference;
    if (ref.adoptedBy === null && ref.joinedTo !== -1 && ref.joinedTo === next.headStart) ref.adoptedBy = next.adoptedBy;
  }
}
