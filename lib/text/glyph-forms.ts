/**
 * The code points PDF producers map drawn glyphs to instead of the letters they show, folded to
 * those letters (ADR 0027).
 *
 * - Arabic presentation forms. Older producers (and those that shape Arabic themselves, as browsers
 *   printing to PDF do) map each glyph to its contextual form: `ﺍﻟﻘﺮار` instead of `القرار`.
 * - Kangxi radicals and the CJK radicals supplement. A CJK font maps the glyph of `大` both to the
 *   ideograph and to the radical `⼤` (U+2F24), and some producers write the radical: a Chinese page
 *   then reads `⼤会` for `大会` (General Assembly), and the body is never recognised.
 * - CJK compatibility ideographs (U+F900–U+FAFF), which stand for unified ideographs.
 * pdf.js's `normalizeUnicode` folds only some of these (not the Arabic letters' isolated, initial,
 * medial and final forms, U+FE80–U+FEFC, nor the radicals), so without this the citation engine
 * never sees `القرار` or `大会`.
 *
 * Each such code point becomes its NFKC form, one code point at a time, and nothing else is
 * touched: folding a string equals folding each of its characters and joining the results, so the
 * reader's per-character mapping back to the drawn text (lib/surface/pdf-page-text.ts) and `scan`,
 * which folds whole items, read the same text. A lam-alef ligature (`ﻻ`, `ﻷ`) becomes two letters;
 * forms with no compatibility mapping (the ornate parentheses, most of the radicals supplement,
 * noncharacters) stay as they are.
 */

/** A code point the fold may change. U+FEFF (the byte order mark) is left out: NFKC keeps it. */
const GLYPH_FORM = /[\u2E80-\u2EFF\u2F00-\u2FDF\uF900-\uFAFF\uFB50-\uFDFF\uFE70-\uFEFE]/;
const GLYPH_FORMS = new RegExp(GLYPH_FORM.source, 'g');

const foldOne = (form: string): string => form.normalize('NFKC');

/** Whether `text` has a character `foldGlyphForms` may change (one cheap test). */
export function hasGlyphForms(text: string): boolean {
  return GLYPH_FORM.test(text);
}

/** `text` with each glyph form replaced by the letter(s) or ideograph it shows. */
export function foldGlyphForms(text: string): string {
  return GLYPH_FORM.test(text) ? text.replace(GLYPH_FORMS, foldOne) : text;
}

/**
 * The normaliser the reader gives its page text: pdf.js's `normalizeUnicode` (injected, since lib
 * does not import pdf.js) followed by the fold, which is what `scan` reads.
 */
export function pdfTextNormalizer(normalizeUnicode: (s: string) => string): (s: string) => string {
  return (s) => foldGlyphForms(normalizeUnicode(s));
}
