/**
 * Segments a resolution's text into clauses: the preambular paragraphs after the adopting line
 * (`pp-1` …), the operative paragraphs (`op-1` …) and their lettered sub-paragraphs (`op-12-b`)
 * and roman sub-sub-paragraphs (`op-12-b-ii`); preambular paragraphs can have sub-paragraphs too
 * (`pp-8-a`). An annex (its heading, or numbering that starts again at 1) ends the body; each
 * annex with a heading ("Annex II", "Приложение II") is segmented on its own, its ids prefixed
 * with its number (`annex-2-pp-3`, `annex-1-op-7-b`), the same in every language version.
 */
import type { UnLang } from '../citations/types';
import { ADOPTING_LINE, ANNEX_HEADING, CLAUSE_END, MEETING_LINE, startsLikeParagraph, startsPreambularParagraph } from './body-lines';
import { isMeetingRecord } from './meeting-record';
import { arabicOrdinal, hanNumber, letterPositions, latinLetter, romanNumeral, romanPosition } from './lettering';
import { clauseEnd, linesOf, type Line } from './lines';
import type { Clause } from './types';

/** `12.`, `1 -` (Arabic), `１．` (Chinese full-width), `- 1.` (Markdown list), `**1.**`. */
const OPERATIVE_LABEL =
  /^((?:[-*•][ \t]+)?(?:\*\*)?)([0-9]{1,3}|[０-９]{1,3})(?:\*\*)?[ \t]*(?:\.(?![0-9])|．|[-–—](?=[ \t]))(?:\*\*)?(?=[ \t]*[^\s0-9])/u;
/** `(a)`, `a)`, `б)`, `(أ)`, `（a）`, `(一)`, `(ii)`, each followed by the sub-paragraph's text. */
const SUB_LABEL =
  /^((?:[-*•][ \t]+)?)([(（][ \t]?)?([a-z]|[а-яёі]|[\u0621-\u064A]\u0640?|[一二三四五六七八九十]{1,3}|[ivx]{2,5})[ \t]?[)）](?=\s+\S|[\p{Script=Han}])/u;

const MAX_OPERATIVE = 400;

interface Top {
  kind: Clause['kind'];
  id: string;
  lineIndex: number;
  label: string;
  labelStart: number;
  labelEnd: number;
}

export function segmentClauses(text: string, lang: UnLang): Clause[] {
  // A meeting record quotes drafts and votes: numbered lines and lists of States, none its own clause.
  if (isMeetingRecord(text)) return [];
  const lines = linesOf(text, (line) => OPERATIVE_LABEL.test(line) || SUB_LABEL.test(line) || startsPreambularParagraph(line, lang));
  if (lines.length === 0) return [];
  const adopting = lines.flatMap((line, index) => (ADOPTING_LINE.test(line.text) ? [index] : []));
  const operative = operativeChain(lines, adopting[0] ?? 0);
  const firstOperative = operative[0]?.lineIndex ?? lines.length;
  const adoptingIndex = [...adopting].reverse().find((index) => index < firstOperative);
  const bodyEnd = endOfBody(lines, operative.length > 0 ? operative[operative.length - 1]!.lineIndex : (adoptingIndex ?? 0));

  const tops: Top[] = [];
  if (adoptingIndex !== undefined) tops.push(...preamble(lines, adoptingIndex, Math.min(firstOperative, bodyEnd), lang));
  tops.push(...operative);

  const clauses = clausesOf(lines, tops, bodyEnd);
  clauses.push(...annexes(lines, bodyEnd, lang));
  return clauses;
}

/** Each annex after the body, from its heading to the next one (or the text's end). */
function annexes(lines: readonly Line[], bodyEnd: number, lang: UnLang): Clause[] {
  const headings = lines.flatMap((line, index) => (index >= bodyEnd && ANNEX_HEADING.test(line.text) ? [index] : []));
  const out: Clause[] = [];
  headings.forEach((heading, i) => {
    const until = headings[i + 1] ?? lines.length;
    const prefix = `annex-${annexNumber(lines[heading]!.text, i + 1)}-`;
    // Inside an annex a list numbered from 1 again is nested in a paragraph, not a new text.
    const operative = operativeChain(lines, heading + 1, until, 'nested');
    const firstOperative = operative[0]?.lineIndex ?? until;
    const tops = [...preamble(lines, heading, firstOperative, lang), ...operative];
    for (const clause of clausesOf(lines, tops, until)) {
      out.push({ ...clause, id: prefix + clause.id, ...(clause.parent !== undefined ? { parent: prefix + clause.parent } : {}) });
    }
  });
  return out;
}

/**
 * "Annex II" → 2, "المرفق الثاني" → 2, "附件二" → 2, "Приложение" → the annex's place; the number
 * is the same in every language.
 */
function annexNumber(heading: string, place: number): number {
  const token = /\s([IVXLC]+|[0-9]+)\b/u.exec(heading)?.[1];
  if (token !== undefined) return /^[0-9]+$/.test(token) ? Number(token) : (romanPosition(token.toLowerCase()) ?? place);
  const arabic = /\sال(\p{Script=Arabic}+)/u.exec(heading)?.[1];
  if (arabic !== undefined) return arabicOrdinal(arabic) ?? place;
  const han = /附件([一二三四五六七八九十]+)/u.exec(heading)?.[1];
  return (han !== undefined ? hanNumber(han) : null) ?? place;
}

function clausesOf(lines: readonly Line[], tops: readonly Top[], end: number): Clause[] {
  const clauses: Clause[] = [];
  tops.forEach((top, i) => {
    const next = i + 1 < tops.length ? tops[i + 1]!.lineIndex : end;
    const clause: Clause = {
      id: top.id,
      kind: top.kind,
      label: top.label,
      labelStart: top.labelStart,
      labelEnd: top.labelEnd,
      start: top.labelStart,
      end: clauseEnd(lines, top.lineIndex, next),
    };
    clauses.push(clause);
    clauses.push(...subClauses(lines, clause, top.lineIndex + 1, next, 'letter'));
  });
  return clauses;
}

/**
 * Operative paragraphs: numbered lines running 1, 2, 3 … from the first 1 after `from`. In a
 * resolution's body, numbering that starts again is an annex without a heading (`restart: 'ends'`);
 * inside an annex it is a list nested in a paragraph (`'nested'`).
 */
function operativeChain(lines: readonly Line[], from: number, until = lines.length, restart: 'ends' | 'nested' = 'ends'): Top[] {
  const chain: Top[] = [];
  for (let index = from; index < until && chain.length < MAX_OPERATIVE; index++) {
    const line = lines[index]!;
    if (chain.length > 0 && ANNEX_HEADING.test(line.text)) break;
    if (line.footnote) continue;
    const match = OPERATIVE_LABEL.exec(line.text);
    if (match === null) continue;
    const number = Number(match[2]!.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));
    if (chain.length > 0 && number === 1 && restart === 'ends') break; // numbering starts again: an annex
    if (number !== chain.length + 1) continue;
    const labelStart = line.at + match[1]!.length;
    const labelEnd = line.at + match[0].length;
    chain.push({
      kind: 'operative',
      id: `op-${number}`,
      lineIndex: index,
      label: line.text.slice(match[1]!.length, match[0].length),
      labelStart,
      labelEnd,
    });
  }
  return chain;
}

/** The line after the body's last clause: an annex heading, the meeting line, or the text's end. */
function endOfBody(lines: readonly Line[], lastClauseLine: number): number {
  for (let index = lastClauseLine + 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (ANNEX_HEADING.test(line.text)) return index;
    if (line.text.length < 80 && MEETING_LINE.test(line.text)) return index;
  }
  return lines.length;
}

/** Preambular paragraphs between the adopting line and `until` (the first operative paragraph). */
function preamble(lines: readonly Line[], adoptingIndex: number, until: number, lang: UnLang): Top[] {
  const region = lines.slice(adoptingIndex + 1, until);
  // Lines of text wrapped to a width: a paragraph's last line is usually shorter than the rest.
  const lengths = region
    .filter((line) => !line.footnote)
    .map((line) => line.text.length)
    .sort((a, b) => a - b);
  // Most lines of a wrapped paragraph are full: the median is the width.
  const wide = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const wrapped = wide > 0 && wide < 200;
  // Indentation marks paragraphs when some lines have it and most do not.
  const indentedShare = region.filter((line) => line.indented).length / Math.max(1, region.length);
  const indentationCounts = indentedShare > 0.03 && indentedShare < 0.6;
  const adoptingHasComma = /[,،，]\s*$/u.test(lines[adoptingIndex]!.text);

  const tops: Top[] = [];
  for (let index = adoptingIndex + 1; index < until; index++) {
    const line = lines[index]!;
    const first = index === adoptingIndex + 1;
    const afterClause = CLAUSE_END.test(line.prevEnd) && !line.footnote;
    // A preambular paragraph ends with a comma (or ; :); a full stop before a line is a footnote's.
    // A piece cut from a long line is a paragraph only if it opens like one.
    const afterParagraph = /[,;:،؛，；：]/u.test(line.prevEnd) && !line.midLine;
    const opens =
      (first && adoptingHasComma) ||
      (afterClause &&
        !SUB_LABEL.test(line.text) &&
        (startsPreambularParagraph(line.text, lang) ||
          (afterParagraph && indentationCounts && line.indented) ||
          (afterParagraph && !wrapped && startsLikeParagraph(line.text, lang)) ||
          (afterParagraph && wrapped && !indentationCounts && line.prevLength < wide * 0.85 && startsLikeParagraph(line.text, lang))));
    if (!opens) continue;
    // A Markdown list bullet ("- 回顾…") is no part of the paragraph.
    const at = line.at + (/^[-*•]\s+/u.exec(line.text)?.[0].length ?? 0);
    tops.push({ kind: 'preambular', id: `pp-${tops.length + 1}`, lineIndex: index, label: '', labelStart: at, labelEnd: at });
  }
  return tops;
}

type SubLevel = 'letter' | 'roman';

/**
 * The sub-paragraphs of `parent` among lines [from, until): labels in sequence (a, b, c …;
 * i, ii, iii … inside a lettered one), each after a line that ended a clause. `(i)` after `(h)`
 * is the letter i; anywhere else it opens roman sub-sub-paragraphs.
 */
function subClauses(lines: readonly Line[], parent: Clause, from: number, until: number, level: SubLevel): Clause[] {
  const found: Array<{ lineIndex: number; id: string; label: string; labelStart: number; labelEnd: number }> = [];
  let nextLetter = 0;
  let nextRoman = 1;
  for (let index = from; index < until; index++) {
    const line = lines[index]!;
    if (line.at >= parent.end) break;
    const match = SUB_LABEL.exec(line.text);
    if (match === null || line.footnote) continue;
    if (!(CLAUSE_END.test(line.prevEnd) || line.blankBefore)) continue;
    const [whole, bullet, open, token] = match as unknown as [string, string, string | undefined, string];
    // Without a bracket before it, only a Latin or Cyrillic letter is a label (Russian `а)`).
    if (open === undefined && !/^[a-zа-яёі]+$/u.test(token)) continue;
    const roman = romanPosition(token);
    let name: string | null = null;
    if (level === 'roman') {
      if (roman === nextRoman) name = romanNumeral(nextRoman++);
    } else if (letterPositions(token).includes(nextLetter) && !(roman !== null && roman > 1 && token.length > 1)) {
      name = latinLetter(nextLetter++);
    }
    if (name === null) continue;
    const labelStart = line.at + bullet.length;
    found.push({
      lineIndex: index,
      id: `${parent.id}-${name}`,
      label: line.text.slice(bullet.length, whole.length),
      labelStart,
      labelEnd: line.at + whole.length,
    });
  }
  const clauses: Clause[] = [];
  found.forEach((sub, i) => {
    const next = i + 1 < found.length ? found[i + 1]!.lineIndex : until;
    const end = Math.min(parent.end, clauseEnd(lines, sub.lineIndex, next));
    const clause: Clause = {
      id: sub.id,
      kind: parent.kind,
      label: sub.label,
      labelStart: sub.labelStart,
      labelEnd: sub.labelEnd,
      start: sub.labelStart,
      end,
      parent: parent.id,
    };
    clauses.push(clause);
    if (level === 'letter') clauses.push(...subClauses(lines, clause, sub.lineIndex + 1, next, 'roman'));
  });
  return clauses;
}
