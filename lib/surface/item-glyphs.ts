/**
 * Where each character of a page's text items sits, from the glyphs pdf.js draws
 * (`replayGlyphs`): each item is matched to the run of glyphs that shows its text, starting where
 * the item starts. The text content and the operator list come from the same content stream, so
 * items follow the glyphs in order; an item that does not match where the previous one ended (a
 * glyph drawn twice for a bold effect, text pdf.js skipped) is looked for near its own origin.
 * An item whose glyphs are not found, or that runs right to left, gets null: the caller keeps its
 * estimate (`glyphEdges`).
 */
import type { PageGlyph } from './operator-glyphs';

/** What of a text item the match reads (pdf.js's `TextItem`). */
export interface GlyphItem {
  str: string;
  width: number;
  transform: readonly number[];
  dir?: string;
}

/**
 * Each code unit's start and end along its item, as fractions of the item's width. A character
 * pdf.js added (a space for a gap) spans the gap; the low half of a surrogate pair is empty.
 */
export interface CharBoxes {
  left: number[];
  right: number[];
}

const isBlank = (s: string) => s.trim() === '';

interface Frame {
  ox: number;
  oy: number;
  ux: number;
  uy: number;
  size: number;
  width: number;
}

function frameOf(item: GlyphItem): Frame | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
  const scale = Math.hypot(a, b);
  const size = Math.hypot(c, d);
  if (!(scale > 0) || !(size > 0) || !(item.width > 0)) return null;
  return { ox: e, oy: f, ux: a / scale, uy: b / scale, size, width: item.width };
}

/** A glyph's start and end along the item's baseline, and its distance off that baseline. */
function along(frame: Frame, g: PageGlyph): { start: number; end: number; off: number } {
  const dx = g.x - frame.ox;
  const dy = g.y - frame.oy;
  return {
    start: dx * frame.ux + dy * frame.uy,
    end: (g.endX - frame.ox) * frame.ux + (g.endY - frame.oy) * frame.uy,
    off: -dx * frame.uy + dy * frame.ux,
  };
}

/** The item's characters to match: every code point that is not white space, with its code unit. */
function tokensOf(str: string): Array<{ char: string; unit: number }> {
  const tokens: Array<{ char: string; unit: number }> = [];
  for (let unit = 0; unit < str.length;) {
    const char = String.fromCodePoint(str.codePointAt(unit)!);
    if (!isBlank(char)) tokens.push({ char, unit });
    unit += char.length;
  }
  return tokens;
}

/** One token's glyph: a glyph of several characters (a ligature) is shared out evenly. */
interface Hit {
  glyph: number;
  share: number;
  of: number;
}

/** The glyphs from `start` that show the tokens, or null. White-space glyphs are passed over. */
function matchAt(
  glyphs: readonly PageGlyph[],
  start: number,
  tokens: ReadonlyArray<{ char: string }>,
): { hits: Hit[]; next: number } | null {
  const hits: Hit[] = [];
  let j = start;
  let k = 0;
  while (k < tokens.length) {
    while (j < glyphs.length && isBlank(glyphs[j]!.char)) j++;
    if (j >= glyphs.length) return null;
    let chars = [...glyphs[j]!.char].filter((c) => !isBlank(c));
    if (!sameChars(chars, tokens, k)) {
      chars = [...glyphs[j]!.char.normalize('NFKC')].filter((c) => !isBlank(c));
      if (!sameChars(chars, tokens, k)) return null;
    }
    chars.forEach((_, share) => hits.push({ glyph: j, share, of: chars.length }));
    k += chars.length;
    j++;
  }
  return { hits, next: j };
}

function sameChars(chars: readonly string[], tokens: ReadonlyArray<{ char: string }>, k: number): boolean {
  if (chars.length === 0 || k + chars.length > tokens.length) return false;
  return chars.every((c, i) => tokens[k + i]!.char === c || tokens[k + i]!.char.normalize('NFKC') === c.normalize('NFKC'));
}

/** Whether a run starting with `first` and ending with `last` can be the item's (on its baseline, inside its extent). */
function fits(frame: Frame, first: PageGlyph, last: PageGlyph): number | null {
  const head = along(frame, first);
  const tail = along(frame, last);
  const slack = 0.6 * frame.size + 1;
  if (Math.abs(head.off) > 0.3 * frame.size + 0.5) return null;
  if (head.start < -slack || tail.end > frame.width + slack || tail.end < head.start) return null;
  return Math.abs(head.start);
}

/** Char boxes of every item (null where its glyphs were not found), in item order. */
export function itemCharBoxes(items: readonly GlyphItem[], glyphs: readonly PageGlyph[]): Array<CharBoxes | null> {
  const byFirstChar = new Map<string, number[]>();
  glyphs.forEach((g, index) => {
    const first = [...g.char].find((c) => !isBlank(c));
    if (first === undefined) return;
    const list = byFirstChar.get(first) ?? [];
    list.push(index);
    byFirstChar.set(first, list);
  });
  let cursor = 0;
  return items.map((item) => {
    const frame = frameOf(item);
    const tokens = tokensOf(item.str);
    if (frame === null || tokens.length === 0 || item.dir === 'rtl') return null;
    const tryAt = (start: number) => {
      const match = matchAt(glyphs, start, tokens);
      if (match === null) return null;
      const distance = fits(frame, glyphs[match.hits[0]!.glyph]!, glyphs[match.hits[match.hits.length - 1]!.glyph]!);
      return distance === null ? null : { ...match, distance };
    };
    let found = tryAt(cursor);
    if (found === null) {
      for (const start of byFirstChar.get(tokens[0]!.char) ?? []) {
        const candidate = tryAt(start);
        if (candidate !== null && (found === null || candidate.distance < found.distance)) found = candidate;
      }
    }
    if (found === null) return null;
    cursor = found.next;
    return boxesOf(item.str, tokens, found.hits, glyphs, frame);
  });
}

function boxesOf(
  str: string,
  tokens: ReadonlyArray<{ unit: number }>,
  hits: readonly Hit[],
  glyphs: readonly PageGlyph[],
  frame: Frame,
): CharBoxes {
  const left: Array<number | undefined> = new Array<number | undefined>(str.length).fill(undefined);
  const right: Array<number | undefined> = new Array<number | undefined>(str.length).fill(undefined);
  tokens.forEach(({ unit }, k) => {
    const { glyph, share, of } = hits[k]!;
    const { start, end } = along(frame, glyphs[glyph]!);
    const step = (end - start) / of;
    left[unit] = (start + step * share) / frame.width;
    right[unit] = (start + step * (share + 1)) / frame.width;
    // The low half of a surrogate pair: empty, at the character's end.
    if (unit + 1 < str.length && str.charCodeAt(unit) >= 0xd800 && str.charCodeAt(unit) <= 0xdbff) {
      left[unit + 1] = right[unit + 1] = right[unit];
    }
  });
  // White space between glyphs spans the gap: from the end of what comes before to the start of what follows.
  let previousEnd = 0;
  for (let unit = 0; unit < str.length; unit++) {
    if (left[unit] !== undefined) {
      previousEnd = right[unit]!;
      continue;
    }
    let next = unit + 1;
    while (next < str.length && left[next] === undefined) next++;
    const nextStart = next < str.length ? left[next]! : Math.max(1, previousEnd);
    left[unit] = previousEnd;
    right[unit] = nextStart;
  }
  return { left: left as number[], right: right as number[] };
}
