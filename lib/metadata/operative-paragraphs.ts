/**
 * The operative paragraphs of a resolution: numbered `1.`, `2.` … after the preamble (`1 - ` in
 * Arabic, `１．` in Chinese full-width), each opening with what the body does ("Urges",
 * "настоятельно призывает", "Prie", "Insta", "تؤكد", "决定"). The preamble ends where paragraph 1
 * starts. Each paragraph is reported as its number and its opening words.
 *
 * Numbers must run 1, 2, 3 … in order: a stray numbered line (a site's navigation, a page
 * number, a list inside the preamble before the heading) cannot start or break the sequence,
 * and an annex that starts again at 1 ends it.
 */
import type { OperativeParagraph } from './types';

/** A paragraph number at a line start: `1.`, `1 -` (Arabic), `- 1.` (Markdown list), `**1.**`. */
const LINE_NUMBER = /(?:^|\n)[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?([0-9]{1,3})(?:\*\*)?[ \t]*(?:\.(?![0-9])|[-–—](?=[ \t]))[ \t]*(?=[^\s0-9])/g;
/** In text extracted as one long line, a number after the end of the previous clause. */
const INLINE_NUMBER = /(?<=[;:,.][ \t]{1,3})([0-9]{1,3})\.[ \t]+(?=\p{L})/gu;

interface Candidate {
  number: number;
  /** Where the paragraph's text starts. */
  textStart: number;
  /** Where the candidate's line (or clause) starts. */
  lineStart: number;
}

const MAX_PARAGRAPHS = 400;

/**
 * The operative paragraphs found in `folded` from `from` on; openings are cut from `original`
 * (same offsets). Empty when there is no sequence starting at 1. `lastStart` is where the last
 * paragraph's text starts (the closing line with the date follows it).
 */
export function findOperativeParagraphs(
  original: string,
  folded: string,
  from: number,
): { paragraphs: OperativeParagraph[]; lastStart?: number } {
  const candidates = findCandidates(folded, from);
  const firstIndex = candidates.findIndex((c) => c.number === 1);
  if (firstIndex === -1) return { paragraphs: [] };
  const chain: Candidate[] = [candidates[firstIndex] as Candidate];
  for (const candidate of candidates.slice(firstIndex + 1)) {
    const expected = (chain[chain.length - 1] as Candidate).number + 1;
    if (candidate.number === 1) break;
    if (candidate.number === expected) chain.push(candidate);
    if (chain.length >= MAX_PARAGRAPHS) break;
  }
  const paragraphs = chain.map((paragraph) => {
    const next = candidates.find((c) => c.lineStart > paragraph.textStart);
    const end = Math.min(next?.lineStart ?? original.length, paragraph.textStart + 2000);
    return { number: String(paragraph.number), opening: openingWords(original.slice(paragraph.textStart, end)) };
  });
  return { paragraphs, lastStart: (chain[chain.length - 1] as Candidate).textStart };
}

function findCandidates(folded: string, from: number): Candidate[] {
  const text = folded.slice(from);
  const found: Candidate[] = [];
  for (const match of text.matchAll(LINE_NUMBER)) {
    const lineStart = from + match.index + (match[0].startsWith('\n') ? 1 : 0);
    found.push({ number: Number(match[1]), textStart: from + match.index + match[0].length, lineStart });
  }
  // One long line (PDF text without line breaks): paragraphs can only be found inside it.
  const lineBreaks = text.split('\n').length - 1;
  if (lineBreaks < text.length / 400) {
    for (const match of text.matchAll(INLINE_NUMBER)) {
      const at = from + match.index;
      if (!found.some((c) => c.lineStart <= at && at < c.textStart)) {
        found.push({ number: Number(match[1]), textStart: at + match[0].length, lineStart: at });
      }
    }
    found.sort((a, b) => a.lineStart - b.lineStart);
  }
  return found;
}

const MAX_WORDS = 10;
const MAX_CHARS = 90;
const MAX_CJK_CHARS = 30;

/**
 * The first words of a paragraph: up to ten words, ending early at the end of a clause (a
 * semicolon, colon or full stop after three words, a comma after four). Ends in "…" when the
 * paragraph goes on.
 */
export function openingWords(paragraph: string): string {
  const text = paragraph
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1') // Markdown links: keep the text
    .replace(/\*\*|__/g, '')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    .replace(/-[ \t]*\r?\n[ \t\r\n]*/g, '-') // a hyphen at a line end joins the words
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return '';
  const head = text.slice(0, 40);
  // Chinese and Japanese run without spaces: count characters, not words.
  if (/\p{Script=Han}/u.test(head) && !/ \S+ \S+ /.test(head)) return cjkOpening(text);
  const words = text.split(' ');
  let taken = 0;
  let length = 0;
  for (const word of words) {
    taken++;
    length += word.length + 1;
    if (/[;:.!?؛。]$/.test(word) && taken >= 3) return finish(words.slice(0, taken).join(' '), taken < words.length, true);
    if (/[,،]$/.test(word) && taken >= 4) return finish(words.slice(0, taken).join(' '), true, false);
    if (taken >= MAX_WORDS || length >= MAX_CHARS) break;
  }
  return finish(words.slice(0, taken).join(' '), taken < words.length, false);
}

function cjkOpening(text: string): string {
  const chars = [...text];
  for (let i = 0; i < Math.min(chars.length, MAX_CJK_CHARS); i++) {
    const ch = chars[i] as string;
    if ('。；;'.includes(ch) && i >= 5) return finish(chars.slice(0, i + 1).join(''), i + 1 < chars.length, true, '');
    if ('，,'.includes(ch) && i >= 8) return finish(chars.slice(0, i + 1).join(''), true, false, '');
  }
  return finish(chars.slice(0, MAX_CJK_CHARS).join(''), chars.length > MAX_CJK_CHARS, false, '');
}

/**
 * A paragraph that ends at a full stop or semicolon is complete: the rest of the slice is what
 * follows it (the closing line, a footer). A cut one loses its trailing comma and gets "…".
 */
function finish(opening: string, more: boolean, endsClause: boolean, space = ' '): string {
  if (endsClause) return opening;
  const trimmed = opening.replace(/[\s,،，;:；]+$/u, '');
  return more ? `${trimmed}${space}…` : trimmed;
}
