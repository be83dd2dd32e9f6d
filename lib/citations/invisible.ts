/**
 * Invisible characters inside words (soft hyphens from hyphenation, zero-width spaces and
 * joiners, BOM) would break every pattern. They are removed before the scan, and offsets mapped
 * back to the original text after it; a text without any (the usual case) is not copied.
 */
// Soft hyphen, Arabic tatweel (kashida: `القـــرار` is `القرار` stretched), zero-width space /
// non-joiner / joiner, word joiner, BOM (a range, so that no joiner stands next to another
// character in the class).
const INVISIBLE = /[\u00AD\u0640\u200B-\u200D\u2060\uFEFF]/g;

export interface Stripped {
  text: string;
  /** Offset in the original text of each offset of `text` (null when nothing was removed). */
  map: Uint32Array | null;
}

export function stripInvisible(input: string): Stripped {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(input)) return { text: input, map: null };
  const map = new Uint32Array(input.length + 1);
  let out = '';
  let runStart = 0;
  let j = 0;
  INVISIBLE.lastIndex = 0;
  for (let m = INVISIBLE.exec(input); m !== null; m = INVISIBLE.exec(input)) {
    for (let i = runStart; i < m.index; i++) map[j++] = i;
    out += input.slice(runStart, m.index);
    runStart = m.index + 1;
  }
  for (let i = runStart; i < input.length; i++) map[j++] = i;
  out += input.slice(runStart);
  map[j] = input.length;
  return { text: out, map };
}

/** Maps a span of the stripped text back to the original. */
export function originalSpan(map: Uint32Array, start: number, end: number): [number, number] {
  return [map[start] as number, end > start ? (map[end - 1] as number) + 1 : (map[start] as number)];
}
