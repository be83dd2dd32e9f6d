/**
 * The page's own symbol (spec section 6) and the mentions of itself (spec 4, last hard cases):
 * its own number in its title line (`76/186. Улучшение координации …`) links to itself. When
 * the caller does not know the page's symbol, it is read from the document's first lines: the
 * title number, with the body from a written symbol or from the resolution's opening words.
 */
import { bodyByShape, symbolFor } from './bodies';
import { DIGIT, HSPACE, SLASH } from './chars';
import { readRefNumber } from './numbers';
import type { SpeakerMap } from './speakers';
import { bodyOfSymbol, parseSymbol } from './symbols';
import type { Body, Citation } from './types';

const HEAD_OF_DOCUMENT = 6_000;
const TITLE_NUMBER = new RegExp(
  `^[ \\t\\u00A0>*#-]*(${DIGIT}{1,4}${HSPACE}*${SLASH}${HSPACE}*${DIGIT}{1,4}|${DIGIT}{1,4}${HSPACE}?\\(${DIGIT}{4}\\))\\.(?=\\s)`,
  'mu',
);
const RESOLUTION_SYMBOL = /\b(?:A\/RES|S\/RES|E\/RES|A\/HRC\/RES)\/[A-Z0-9().\-/ ]{1,20}/g;
/** "Resolution adopted by the General Assembly" and its translations, in a document's header. */
const ADOPTED_BY_HEADER: Array<[RegExp, Body]> = [
  [
    /adopted by the General Assembly|принятая Генеральной Ассамблеей|adoptée par l['’]Assemblée générale|aprobada por la Asamblea General|اتخذته الجمعية العامة|大会通过的决议/u,
    'GA',
  ],
  [
    /adopted by the Security Council|принятая Советом Безопасности|adoptée par le Conseil de sécurité|aprobada por el Consejo de Seguridad|اتخذه مجلس الأمن|安全理事会通过/u,
    'SC',
  ],
  [
    /adopted by the Economic and Social Council|принятая Экономическим и Социальным Советом|adoptée par le Conseil économique et social|aprobada por el Consejo Económico y Social|经济及社会理事会通过/u,
    'ECOSOC',
  ],
  [
    /adopted by the Human Rights Council|принятая Советом по правам человека|adoptée par le Conseil des droits de l['’]homme|aprobada por el Consejo de Derechos Humanos|人权理事会通过/u,
    'HRC',
  ],
];

/** Reads the page's symbol from its text, or null. */
export function inferPageSymbol(text: string, speakers: (pageBody: Body | null) => SpeakerMap): string | null {
  const head = text.slice(0, HEAD_OF_DOCUMENT);
  const title = TITLE_NUMBER.exec(head);
  if (title === null) return null;
  const num = readRefNumber(title[1] as string, 0)?.num;
  if (num === undefined) return null;
  // A written resolution symbol anywhere in the text (the running header) with that number.
  for (const m of text.matchAll(RESOLUTION_SYMBOL)) {
    const symbol = parseSymbol(m[0]);
    if (symbol !== null && symbolFor(bodyOfSymbol(symbol), 'resolution', num) === symbol) return symbol;
  }
  const body = ADOPTED_BY_HEADER.find(([re]) => re.test(head))?.[1] ?? speakers(null).firstAfter(title.index);
  if (body === null) return null;
  return symbolFor(body, 'resolution', num) ?? null;
}

/** The page's own number in a title line, or run into a title (`71/162. Suite donnée …`). */
export function findSelfMentions(text: string, pageSymbol: string): Citation[] {
  const own = ownNumberPattern(pageSymbol);
  if (own === null) return [];
  // The number is searched for literally (fast); what stands around it is checked after.
  const re = new RegExp(own, 'gu');
  const out: Citation[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const after = text.slice(end, end + 4);
    // At a line's start the title may follow after spaces or a dash (`52 / 31   التحقق`); run
    // into the text, only after a full stop and a capital (`71/162. Suite donnée`).
    const leading = TITLE_LEAD.test(text.slice(lineStart, start)) && TITLE_AFTER_LEAD.test(after);
    const runIn = /\s/u.test(text[start - 1] ?? '') && RUN_IN_AFTER.test(text.slice(end, end + 6));
    if (leading || runIn) out.push({ start, end, text: m[0], symbol: pageSymbol, body: bodyOfSymbol(pageSymbol), kind: 'resolution' });
  }
  return out;
}

/**
 * Headings of resolutions in a page that collects several (`183 (1963).`, `3465 (XXX). Title`,
 * `76/181. Title` at a line's start): each is a citation of that resolution when its shape, or
 * the page's body, gives it a symbol.
 */
const HEADING = new RegExp(
  `^[ \\t\\u00A0>*#-]*(${DIGIT}{1,4}${HSPACE}*${SLASH}${HSPACE}*${DIGIT}{1,4}|${DIGIT}{1,4}${HSPACE}?\\((?:${DIGIT}{4}|[IVXLCivxlc1]{1,8})\\))\\.(?=\\s+[\\p{Lu}\\p{Lo}])`,
  'gmu',
);

export function findHeadings(text: string, pageBody: Body | null): Citation[] {
  const out: Citation[] = [];
  HEADING.lastIndex = 0;
  for (let m = HEADING.exec(text); m !== null; m = HEADING.exec(text)) {
    const number = m[1] as string;
    const start = m.index + m[0].length - number.length - 1;
    const num = readRefNumber(number, 0)?.num;
    if (num === undefined) continue;
    const body = bodyByShape(num) ?? pageBody;
    const symbol = body === null ? undefined : symbolFor(body, 'resolution', num);
    if (typeof symbol === 'string')
      out.push({ start, end: start + number.length, text: number, symbol, body: body as Body, kind: 'resolution' });
  }
  return out;
}

const TITLE_LEAD = /^[ \t\u00A0>*#-]*$/u;
const TITLE_AFTER_LEAD = /^(?:\.\s|[ \t\u00A0]{2,}\S|[ \t\u00A0]+[-–—][ \t\u00A0])/u;
const RUN_IN_AFTER = /^\.\s+[\p{Lu}\p{Lo}]/u;

/** How the page's own number is written in running text: `76/186`, `2022/14`, `2331 (2016)`. */
function ownNumberPattern(symbol: string): string | null {
  const slash = /^(?:A|E|A\/HRC)\/RES\/((?:E?S-)?[0-9]+)\/([0-9]+)$/.exec(symbol);
  if (slash !== null) return `(?<![0-9])${slash[1] as string}${HSPACE}*${SLASH}${HSPACE}*${slash[2] as string}(?![0-9])`;
  const paren = /^(?:S|A|E)\/RES\/([0-9]+)\(([0-9]{4}|[IVXLC]+)\)$/.exec(symbol);
  // A title line may carry the number alone (`735. The Social Commission`).
  if (paren !== null) return `(?<![0-9])${paren[1] as string}(?:${HSPACE}?\\(${paren[2] as string}\\))?(?![0-9])`;
  return null;
}
