/**
 * Chinese references: the head word follows the numbers (`第76/181号决议`, a list
 * `第61/180、64/178和74/176号决议` or `第61/180号、第64/178号和第74/176号决议`), and the body, `其`
 * (its) and dates come before `第` (`大会2006年12月20日第61/180号决议`). Pinpoints follow the
 * head word (`第76/181号决议附件`, `第2331(2016)号决议第5段`).
 */
import type { RefKind } from './bodies';
import { DIGIT, foldToAscii } from './chars';
import { tagOf } from './compile';
import type { Reference } from './find-references';
import { readRefNumber } from './numbers';
import { LANGUAGES, type NamedBody, type PinpointLabel } from './lang';
import { formatPart, type PinpointValue } from './pinpoint-format';
import { toRoman } from './roman';
import type { ScanEnv } from './scan-env';
import type { Body } from './types';

const ZH = LANGUAGES.zh;
const ANCHOR = new RegExp(`第[ \\t\\u00A0]*(?=${DIGIT}|[EＥSＳ])`, 'gu');
const DATE = `(?:${ZH.dateAfter.replace(/\\d/g, DIGIT)})`;
const JOINER = new RegExp(`\\s*[号號]?\\s*(?:${ZH.joinerWords})\\s*(?:${DATE})?\\s*(?:第\\s*)?`, 'uy');
const HEAD = /\s*[号號]?\s*(决议|決議|决定|決定)/uy;
const BEFORE_DATE = new RegExp(`(?:${DATE})?\\s*(?:${ZH.titleIntro})?\\s*$`, 'u');
const BODY_BEFORE = new RegExp(`(?:${ZH.bodies.map((b, i) => `(?<g${i}>${b.re})`).join('|')})\\s*(?:在|于)?\\s*(?<poss>其)?\\s*$`, 'u');
const POSSESSIVE_BEFORE = /其\s*$/u;
const CN_NUMERAL = '[一二三四五六七八九十]+';
/** Subparagraphs `(a)`, full-width `（a）`; lists joined by `、`, `和`, `及`: `第9(a)、(b)和(c)段`, `第9和10段`. */
const SUB = `\\s*[(（][a-zａ-ｚ]{1,4}[)）]`;
const ZH_JOIN = `\\s*(?:、|，|,|和|及|以及)\\s*`;
const ZH_ITEM = `(?:${DIGIT}{1,3}|${CN_NUMERAL}|[A-ZＡ-Ｚ])(?:${SUB}(?:${ZH_JOIN}${SUB})*)?`;
const PINPOINT = new RegExp(
  `附件(?<annex>${CN_NUMERAL})?|第(?<value>${ZH_ITEM}(?:${ZH_JOIN}(?:第\\s*)?${ZH_ITEM})*)(?<label>段|章|节|部分)`,
  'uy',
);
const LIST_JOIN = new RegExp(`${ZH_JOIN}第(?<value>${ZH_ITEM}(?:${ZH_JOIN}(?:第\\s*)?${ZH_ITEM})*)(?<label>段|章|节|部分)`, 'uy');
const ZH_VALUE = new RegExp(`(?<v>${DIGIT}{1,3}|${CN_NUMERAL}|[A-ZＡ-Ｚ])(?<subs>(?:${SUB}(?:${ZH_JOIN}${SUB})*)?)`, 'gu');
const LABELS: Record<string, PinpointLabel> = { 段: 'para.', 章: 'chap.', 节: 'sect.', 部分: 'Part' };

export function findReferencesZh(env: ScanEnv): Reference[] {
  const { text } = env;
  if (!/第/u.test(text)) return [];
  const refs: Reference[] = [];
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m !== null; m = ANCHOR.exec(text)) {
    const read = readZh(env, m.index, m.index + m[0].length);
    if (read.ref !== null) refs.push(read.ref);
    // Every later `第` of a list that did not end in a head word ends the same way: skip them.
    ANCHOR.lastIndex = Math.max(ANCHOR.lastIndex, read.end);
  }
  return refs;
}

function readZh(env: ScanEnv, anchor: number, numberStart: number): { ref: Reference | null; end: number } {
  const ref = readZhList(env, anchor, numberStart);
  return { ref: ref.ref, end: ref.ref === null ? ref.scanned : (ref.ref.items.at(-1) as { end: number }).end };
}

function readZhList(env: ScanEnv, anchor: number, numberStart: number): { ref: Reference | null; scanned: number } {
  const { text } = env;
  const none = { ref: null, scanned: numberStart };
  const first = readRefNumber(text, numberStart);
  if (first === null) return none;
  const items: Reference['items'] = [{ start: anchor, end: first.end, num: first.num }];
  let pos = first.end;
  // Read to the list's end, however long: the scan then skips all of it, so each `第` is read once.
  for (;;) {
    JOINER.lastIndex = pos;
    if (!JOINER.test(text)) break;
    const next = readRefNumber(text, JOINER.lastIndex);
    if (next === null) break;
    // Later items are the number alone; `第` and `号决议` stay with the first and the last.
    items.push({ start: JOINER.lastIndex, end: next.end, num: next.num });
    pos = next.end;
  }
  HEAD.lastIndex = pos;
  const head = HEAD.exec(text);
  if (head === null) return { ref: null, scanned: pos };
  const kind: RefKind = head[1] === '决定' || head[1] === '決定' ? 'decision' : 'resolution';
  const last = items.at(-1) as Reference['items'][number];
  last.end = HEAD.lastIndex;
  const pinpoint = readZhPinpoint(text, HEAD.lastIndex);
  if (pinpoint !== undefined) last.pinpoint = pinpoint;

  const before = text.slice(Math.max(0, anchor - 160), anchor).replace(BEFORE_DATE, '');
  let named: NamedBody | null = null;
  let possessive: Body | null = null;
  const body = BODY_BEFORE.exec(before);
  if (body !== null) {
    const tag = tagOf({ re: BODY_BEFORE, tags: ZH.bodies.map((b) => b.body) }, body) ?? null;
    if (body.groups?.poss !== undefined) possessive = tag === 'COUNCIL' || tag === 'ASSEMBLY' || tag === 'SUBSIDIARY' ? null : tag;
    else named = tag;
  }
  if (possessive === null && named === null && POSSESSIVE_BEFORE.test(before)) possessive = env.speakerAt(anchor);
  return { ref: { lang: 'zh', kind, headStart: anchor, items, named, adoptedBy: null, possessive, joinedTo: -1 }, scanned: HEAD.lastIndex };
}

/** Pinpoints after a Chinese head word or symbol: `附件一第三部分第2段`, `第9段和第10段` (one list). */
export function readZhPinpoint(text: string, pos: number): string | undefined {
  const parts: Array<{ label: PinpointLabel; values: PinpointValue[] }> = [];
  let p = pos;
  for (;;) {
    PINPOINT.lastIndex = p;
    const m = PINPOINT.exec(text);
    if (m === null || m.groups === undefined) break;
    const g = m.groups;
    const label = g.label === undefined ? 'annex' : (LABELS[g.label] as PinpointLabel);
    const raw = g.label === undefined ? g.annex : g.value;
    parts.push({ label, values: raw === undefined ? [] : zhValues(raw) });
    p = PINPOINT.lastIndex;
    // `第9段和第10段`: the same label again after a joiner continues the list.
    LIST_JOIN.lastIndex = p;
    const joined = LIST_JOIN.exec(text);
    if (joined === null || LABELS[joined.groups?.label as string] !== label || label === 'annex') continue;
    (parts.at(-1) as { values: PinpointValue[] }).values.push(...zhValues(joined.groups?.value as string));
    p = LIST_JOIN.lastIndex;
  }
  return parts.length === 0 ? undefined : parts.map((part) => formatPart(part.label, part.values)).join(', ');
}

/** `9(a)、(b)和(c)` → 9 with subparagraphs a, b, c; `9和10` → 9 and 10. Values already canonical. */
function zhValues(raw: string): PinpointValue[] {
  return [...raw.matchAll(ZH_VALUE)].map((m) => ({
    value: zhValue(m.groups?.v as string),
    subs: [...(m.groups?.subs ?? '').matchAll(/[a-zａ-ｚ]{1,4}/gu)].map((s) => foldToAscii(s[0])),
  }));
}

function zhValue(raw: string): string {
  const ordinal = ZH.ordinals[raw];
  if (ordinal !== undefined) return toRoman(ordinal);
  if (/^十[一二三四五六七八九]$/u.test(raw)) return toRoman(10 + (ZH.ordinals[raw[1] as string] as number));
  return raw.replace(/[０-９Ａ-Ｚ]/gu, (c) => String.fromCharCode((c.codePointAt(0) as number) - 0xfee0));
}
