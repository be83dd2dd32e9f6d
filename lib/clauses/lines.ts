/**
 * A text cut into the lines clause segmentation reads: each with its offsets, whether it is
 * indented, and how the line before it ended. Text extracted as one long line (some PDFs, some
 * web copies) is cut after clause punctuation instead, and around the adopting words, so the same
 * rules find its paragraphs.
 */
import { ADOPTING_INLINE, CLAUSE_END, lastMeaningful } from './body-lines';
import { isShortHeading, SECTION_HEADING, SENTENCE_HEADING } from './headings';

export interface Line {
  /** The line's first non-space character and the end of its last one. */
  at: number;
  end: number;
  text: string;
  indented: boolean;
  /** A blank line or a block separator comes between this line and the one before. */
  blankBefore: boolean;
  /** The previous non-blank line's end, footnote marks after its punctuation removed ('' for the first line). */
  prevEnd: string;
  prevLength: number;
  /** A piece of a long line cut at clause punctuation, not the line's start. */
  midLine: boolean;
  /** A footnote at a page's foot, or a line continuing one. */
  footnote: boolean;
}

/** Lines longer than this are a paragraph or a page run together: cut them at clause punctuation. */
const LONG_LINE = 400;

/**
 * `opensClause` tells a line that starts a clause ("признавая также, …", "3.", "(b)"), which
 * ends a footnote whose last line did not end a sentence.
 */
export function linesOf(text: string, opensClause: (line: string) => boolean = () => false): Line[] {
  const lines: Line[] = [];
  let blankBefore = false;
  let prev: Line | undefined;
  // The previous line is a footnote's text (not a header or footer): the footnote may go on.
  let inNote: Line | undefined;
  // Below a page's footnote rule (`____`), up to the page break, is the foot of the page: no
  // clause starts there, whatever a footnote's next line begins with ("Trafficking in Persons, …").
  let pageFoot = false;
  const add = (at: number, end: number, indented: boolean, midLine = false, layout = false) => {
    const content = text.slice(at, end);
    if (blankBefore) pageFoot = false;
    // A footnote goes on until a sentence ends ("гл." or "vol." is an abbreviation, not an end).
    const continuesFootnote = inNote !== undefined && !endsSentence(inNote.text) && (pageFoot || !opensClause(content));
    const furniture = layout || PAGE_FURNITURE.test(content) || (blankBefore && RUNNING_HEAD.test(content));
    const line: Line = {
      midLine,
      footnote: furniture || FOOTNOTE.test(content) || continuesFootnote,
      at,
      end,
      text: text.slice(at, end),
      indented,
      blankBefore,
      prevEnd: prev === undefined ? '' : lastMeaningful(prev.text).slice(-1),
      prevLength: prev === undefined ? 0 : prev.text.length,
    };
    lines.push(line);
    // pdf.js puts a page's footnotes where they are drawn, even inside a paragraph running on to
    // the next page: what ended before a footnote is the line before it.
    if (!line.footnote || prev === undefined) prev = line;
    inNote = line.footnote && !furniture ? line : undefined;
    if (FOOTNOTE_RULE.test(content)) pageFoot = true;
    blankBefore = false;
  };
  const raw = rawLines(text);
  const furnishing = layoutFurniture(raw, opensClause);
  for (const [i, { at, end, lead, blankBefore: blank }] of raw.entries()) {
    if (blank) blankBefore = true;
    if (end - at > LONG_LINE) for (const [from, to] of cutLongLine(text, at, end)) add(from, to, false, from > at);
    else add(at, end, lead > 0, false, furnishing[i]);
  }
  return lines;
}

/** Pieces of one long line: after each clause punctuation, and before and after the adopting words. */
function cutLongLine(text: string, at: number, end: number): Array<[number, number]> {
  const line = text.slice(at, end);
  const cuts = new Set<number>();
  for (const match of line.matchAll(/(?<=[,;:.،؛，；])\s+(?=\S)/gu)) cuts.add(match.index + match[0].length);
  for (const match of line.matchAll(ADOPTING_INLINE)) {
    cuts.add(match.index);
    const after = /^\s*/u.exec(line.slice(match.index + match[0].length))![0].length;
    cuts.add(match.index + match[0].length + after);
  }
  const points = [...cuts].filter((cut) => cut > 0 && cut < line.length).sort((a, b) => a - b);
  const pieces: Array<[number, number]> = [];
  let from = 0;
  for (const cut of [...points, line.length]) {
    const piece = line.slice(from, cut);
    // "1. Мы …": the dot after a paragraph number is no clause end.
    if (cut < line.length && /^\s*\S{1,5}\s*$/u.test(piece)) continue;
    const trimmed = piece.trimEnd();
    if (trimmed.trim() !== '') {
      const lead = trimmed.length - trimmed.trimStart().length;
      pieces.push([at + from + lead, at + from + trimmed.length]);
    }
    from = cut;
  }
  return pieces;
}

interface RawLine {
  at: number;
  end: number;
  /** White space before the line's text. */
  lead: number;
  content: string;
  /** A blank line (or a page break, "\n\n") comes before it. */
  blankBefore: boolean;
}

/** The text's non-blank lines. */
function rawLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  let blankBefore = false;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(start, lineEnd);
    const content = line.trim();
    if (content === '') blankBefore = true;
    else {
      const lead = line.length - line.trimStart().length;
      out.push({ at: start + lead, end: start + lead + content.length, lead, content, blankBefore });
      blankBefore = false;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return out;
}

/**
 * Lines of a printed UN document's layout that are no part of any paragraph: the running header
 * at a page's top (the symbol, the document's short title over a few lines, the job number and
 * page, `25-20874 2/20`, in either order), and headings between paragraphs ("Introduction",
 * "I. Sustainable development", "Action 56. We will strengthen … outer space.").
 */
function layoutFurniture(raw: readonly RawLine[], opensClause: (line: string) => boolean): boolean[] {
  const furniture = raw.map(() => false);
  for (let i = 0; i < raw.length; i++) {
    if (!raw[i]!.blankBefore) continue;
    const last = raw.slice(i, i + RUNNING_HEADER_LINES).findIndex((line) => JOB_AND_PAGE.test(line.content));
    if (last === -1) continue;
    const header = raw.slice(i, i + last + 1).map((line) => line.content);
    // The symbol is printed in it; a paragraph number never is.
    if (!header.some((line) => HEADER_SYMBOL.test(line)) || header.some((line) => /^(?:[0-9]{1,3}\.|\(?[a-z]\))\s/u.test(line))) continue;
    for (let j = i; j <= i + last; j++) furniture[j] = true;
  }
  const endsClause = (index: number) => {
    for (let k = index; k >= 0; k--) if (!furniture[k]) return CLAUSE_END.test(lastMeaningful(raw[k]!.content));
    return true;
  };
  for (let i = 1; i < raw.length; i++) {
    const line = raw[i]!;
    if (furniture[i] || !endsClause(i - 1)) continue;
    if (SECTION_HEADING.test(line.content)) {
      furniture[i] = true;
      // A heading that is a sentence ("Action 56. We will …") runs on to the line that ends it.
      for (let j = i; SENTENCE_HEADING.test(line.content) && j < raw.length - 1 && j < i + 3 && !/[.:]$/u.test(raw[j]!.content); j++)
        furniture[j + 1] = true;
      continue;
    }
    // A one-line paragraph ends with its comma even when a footnote number follows it
    // ("Taking note of the report of the Secretary-General,28"): that is no heading.
    if (!CLAUSE_END.test(lastMeaningful(line.content)) && isShortHeading(line.content, raw[i + 1]?.content, opensClause))
      furniture[i] = true;
  }
  return furniture;
}

const RUNNING_HEADER_LINES = 7;
/** The job number and the page (`25-20874 2/20`, `3/20 25-20874`). */
const JOB_AND_PAGE = /^(?:\d{2}-\d{5}\s+\d{1,3}\/\d{1,3}|\d{1,3}\/\d{1,3}\s+\d{2}-\d{5})$/u;
/** The document's symbol at the start or end of a running header's line (`A/RES/80/173`). */
const HEADER_SYMBOL = /^[A-Z]{1,6}\/[A-Z0-9/.()-]+(?:\s|$)|\s[A-Z]{1,6}\/[A-Z0-9/.()-]+$/u;

function endsSentence(line: string): boolean {
  const end = lastMeaningful(line);
  return /[.;。；!?]$/u.test(end) && !/(?:^|[\s(])\p{L}{1,4}\.$/u.test(end);
}

/** The short rule over a page's footnotes. */
const FOOTNOTE_RULE = /^_{3,}$/u;

/** A footnote at a page's foot: its number, a space, its text ("1 Резолюция 70/1."). */
const FOOTNOTE =
  /^(?:\d{1,3}|\*{1,3})\s+(?![-–—]\s)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[\p{Lu}\p{Lo}]/u;

/** A running header or footer, or a link target left in a copied text: a URL, `21-19348`, `3/13`, `3/13 23-25978`, `A/RES/76/186`, `____`. */
const PAGE_FURNITURE =
  /^(?:https?:\/\/\S+|\d{2}-\d{5}(?:\s*\(\p{Lu}\))?(?:\s+\d+\/\d+)?|\d+\/\d+(?:\s+\d{2}-\d{5})?|[A-Z]{1,3}\/[A-Z0-9/.]+|_{3,})$/u;

/**
 * A page's running head, first after the page break: the symbol and the title, in either order
 * ("A/RES/78/228 Improving the coordination …", "Improving the coordination … A/RES/78/228").
 * Without this its title, which can open like a preambular paragraph, would start one.
 */
const RUNNING_HEAD = /^(?:[A-Z]{1,3}\/[A-Z0-9/.()-]+\s+\S.*[^,;:.]|\S.*\s+[A-Z]{1,3}\/[A-Z0-9/.()-]+)$/u;

/**
 * Where a clause really ends: its text runs up to the next clause, but running headers and
 * footers and a page's footnotes that come after its last sentence are no part of it. Walks back
 * from the line before `nextIndex` to the last line ending a sentence, never before `firstIndex`.
 */
export function clauseEnd(lines: readonly Line[], firstIndex: number, nextIndex: number): number {
  for (let i = nextIndex - 1; i > firstIndex; i--) {
    const line = lines[i]!;
    const ends = CLAUSE_END.test(lastMeaningful(line.text));
    if (!ends) {
      // The last sentence with something glued after it: "…COVID-19. 53-" (the meeting line's number).
      const glued = /[.;。；](?=\s+\S{1,8}$)/u.exec(line.text);
      if (glued !== null && !line.footnote) return line.at + glued.index + 1;
      continue;
    }
    // Footnotes follow a finished sentence; a line that merely starts with a number does not.
    if (line.footnote) continue;
    return line.end;
  }
  return lines[firstIndex]!.end;
}
