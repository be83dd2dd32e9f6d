/**
 * Where each character of a PDF text item sits along the item, from the PDF font's own glyph
 * widths. pdf.js's text layer draws an item as one span in a stand-in font (`serif`,
 * `sans-serif`) stretched to the item's width, so a stretch inside the span (a citation in the
 * middle of a line) lands where the stand-in font puts it: a character or more off the canvas
 * glyphs when the fonts' proportions differ. These fractions let the reader move and stretch a
 * citation's wrapper onto its glyphs (ADR 0020).
 *
 * The item's width also holds what the glyph widths do not: character spacing, word spacing and
 * the gaps pdf.js turned into spaces, which the text content does not tell apart. Word's justified
 * lines (most UN documents) use both: measured on the real files, giving half of what is left
 * over to every character and half to the spaces lands within a point of the glyphs, where all
 * to the spaces or all to the characters is off by up to five. Without spaces, or when the glyphs
 * are wider than the item, it is spread over every character.
 */

/** The share of the left-over width that goes to the spaces of a line wider than its glyphs. */
const SPACES_SHARE = 0.5;

/** A font's glyph widths, in ems, by the Unicode text they show (pdf.js's `widths` and `toUnicode`). */
export type GlyphWidths = (char: string) => number | undefined;

/** What of an item the fractions need: its drawn string, its advance width and its font size along the baseline. */
export interface AdvanceItem {
  str: string;
  width: number;
  transform: readonly number[];
}

/**
 * Right-to-left letters (Hebrew, Arabic and its presentation forms, Syriac, Thaana, N'Ko...): a
 * string with any of them is not laid out in string order (bidi puts an Arabic word's first letter
 * on the right, a number in it left to right), so fractions along the string are not places along
 * the line. The browser's own bidi layout of pdf.js's span is nearer: on an Arabic line, within
 * two points of the glyphs, where these fractions put a citation on the mirror side of the line.
 */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

/**
 * `edges[k]`: where code unit `k` of `item.str` starts, as a fraction of the item's width
 * (`edges[str.length]` is 1). Null when a character's width is unknown, the item has no width or
 * it has right-to-left text: then the stand-in font's layout is all there is.
 */
export function glyphEdges(item: AdvanceItem, widthOf: GlyphWidths): number[] | null {
  const { str, width } = item;
  if (str.length === 0 || !(width > 0) || RIGHT_TO_LEFT.test(str)) return null;
  const [a = 0, b = 0] = item.transform;
  const size = Math.hypot(a, b);
  if (!(size > 0)) return null;
  const advances: number[] = [];
  let glyphs = 0;
  let spaces = 0;
  for (let k = 0; k < str.length; k++) {
    const code = str.charCodeAt(k);
    // The low half of a surrogate pair belongs to the character before it.
    if (code >= 0xdc00 && code <= 0xdfff && k > 0) {
      advances.push(0);
      continue;
    }
    const char = String.fromCodePoint(str.codePointAt(k)!);
    const em = widthOf(char) ?? (char === ' ' ? 0 : undefined);
    if (em === undefined || !Number.isFinite(em) || em < 0) return null;
    advances.push(em * size);
    glyphs += em * size;
    if (char === ' ' || char === '\u00a0') spaces++;
  }
  const rest = width - glyphs;
  const toSpaces = rest > 0 && spaces > 0 ? rest * SPACES_SHARE : 0;
  const perChar = (rest - toSpaces) / str.length;
  const perSpace = spaces > 0 ? toSpaces / spaces : 0;
  const edges = [0];
  let x = 0;
  for (let k = 0; k < str.length; k++) {
    const isSpace = str[k] === ' ' || str[k] === '\u00a0';
    x += advances[k]! + perChar + (isSpace ? perSpace : 0);
    edges.push(x / width);
  }
  // Rounding: the last edge is the item's end.
  edges[str.length] = 1;
  return edges.some((e) => !Number.isFinite(e)) ? null : edges;
}

/** The widths of a pdf.js font object (`page.commonObjs.get(fontName)`, loaded with `fontExtraProperties`), or null. */
export function pdfjsGlyphWidths(font: unknown): GlyphWidths | null {
  if (typeof font !== 'object' || font === null) return null;
  const { widths, toUnicode, fontMatrix, defaultWidth } = font as {
    widths?: unknown;
    toUnicode?: { _map?: unknown };
    fontMatrix?: unknown;
    defaultWidth?: unknown;
  };
  const map = toUnicode?._map;
  if (typeof widths !== 'object' || widths === null || !Array.isArray(map)) return null;
  const unit = Array.isArray(fontMatrix) && typeof fontMatrix[0] === 'number' ? fontMatrix[0] : 0.001;
  const byChar = new Map<string, number>();
  const shared: Array<[string, number]> = [];
  map.forEach((unicode: unknown, code: number) => {
    const w = (widths as Record<number, unknown>)[code] ?? defaultWidth;
    if (typeof unicode !== 'string' || unicode.length === 0 || typeof w !== 'number') return;
    const chars = [...unicode];
    if (chars.length === 1) {
      if (!byChar.has(unicode)) byChar.set(unicode, w * unit);
    } else {
      // A ligature glyph ("ﬁ" drawn for "fi"): its characters share its width, unless drawn alone too.
      for (const char of chars) shared.push([char, (w * unit) / chars.length]);
    }
  });
  for (const [char, w] of shared) if (!byChar.has(char)) byChar.set(char, w);
  return byChar.size === 0 ? null : (char) => byChar.get(char);
}
