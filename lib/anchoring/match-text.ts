/**
 * Text as the matcher compares it: soft hyphens and zero-width characters dropped, a hyphen that
 * ends a line joined to the next word, every run of white space (line breaks, no-break spaces)
 * one space. Two layouts of the same text (other wrapping, other page breaks, hyphenation) then
 * read the same. Each matching character remembers the original characters it came from, so a
 * match maps back to exact offsets.
 */

export interface MatchText {
  text: string;
  /** `origStart[i]`, `origEnd[i]`: the original stretch that matching character `i` stands for. */
  origStart: Int32Array;
  origEnd: Int32Array;
}

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SPACE = /\s/;
const HYPHENS = '-\u2010\u2011';
const LETTER = /\p{L}/u;

export function matchTextOf(original: string): MatchText {
  const out: string[] = [];
  const origStart = new Int32Array(original.length);
  const origEnd = new Int32Array(original.length);
  let n = 0;
  const emit = (ch: string, start: number, end: number) => {
    out.push(ch);
    origStart[n] = start;
    origEnd[n] = end;
    n++;
  };
  let i = 0;
  while (i < original.length) {
    const ch = original[i]!;
    if (INVISIBLE.test(ch)) {
      i++;
      continue;
    }
    if (HYPHENS.includes(ch) && i > 0 && LETTER.test(original[i - 1]!)) {
      const after = skipSpace(original, i + 1);
      // Only a hyphen at a line end, followed by a word: "осу-\nществление" reads "осуществление".
      if (after > i + 1 && original.slice(i + 1, after).includes('\n') && LETTER.test(original[after] ?? '')) {
        i = after;
        continue;
      }
    }
    if (SPACE.test(ch)) {
      const after = skipSpace(original, i);
      if (n > 0 && out[n - 1] !== ' ') emit(' ', i, after);
      i = after;
      continue;
    }
    emit(ch, i, i + 1);
    i++;
  }
  // Trailing space says nothing about the text.
  if (n > 0 && out[n - 1] === ' ') {
    out.pop();
    n--;
  }
  return { text: out.join(''), origStart: origStart.subarray(0, n), origEnd: origEnd.subarray(0, n) };
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (SPACE.test(text[i]!) || INVISIBLE.test(text[i]!))) i++;
  return i;
}

/** The matching form of a short string (a quote): same rules, no offsets kept. */
export function matchForm(text: string): string {
  return matchTextOf(text).text;
}

/** Original offsets of matching range [start, end) (end > start). */
export function originalRange(match: MatchText, start: number, end: number): { start: number; end: number } {
  return { start: match.origStart[start]!, end: match.origEnd[end - 1]! };
}

/** The first matching index at or after original offset `offset` (binary search). */
export function matchIndexOf(match: MatchText, offset: number): number {
  let low = 0;
  let high = match.origStart.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (match.origEnd[mid]! <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
