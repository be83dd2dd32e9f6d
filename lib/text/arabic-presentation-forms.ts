/**
 * Arabic presentation forms folded to the letters they show.
 *
 * Older PDF producers (and some that shape Arabic themselves, as browsers printing to PDF do) map
 * each drawn glyph to its contextual form: `ﺍﻟﻘﺮار` instead of `القرار`. pdf.js's `normalizeUnicode`
 * folds only some of these code points (not the letters' isolated, initial, medial and final forms,
 * U+FE80–U+FEFC), so without this the citation engine never sees `القرار` and links nothing.
 *
 * Each code point of Arabic Presentation Forms-A (U+FB50–U+FDFF) and -B (U+FE70–U+FEFE) becomes its
 * NFKC form, one code point at a time, and nothing else is touched: folding a string equals folding
 * each of its characters and joining the results, so the reader's per-character mapping back to the
 * drawn text (lib/surface/pdf-page-text.ts) and `scan`, which folds whole items, read the same text.
 * A lam-alef ligature (`ﻻ`, `ﻷ`) becomes two letters; forms with no compatibility mapping (the
 * ornate parentheses, noncharacters) stay as they are.
 */

/** A code point the fold may change. U+FEFF (the byte order mark) is left out: NFKC keeps it. */
const PRESENTATION_FORM = /[\uFB50-\uFDFF\uFE70-\uFEFE]/;
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFE]/g;

const foldOne = (form: string): string => form.normalize('NFKC');

/** Whether `text` has a character `foldArabicPresentationForms` may change (one cheap test). */
export function hasArabicPresentationForms(text: string): boolean {
  return PRESENTATION_FORM.test(text);
}

/** `text` with each Arabic presentation form replaced by the letter(s) it shows. */
export function foldArabicPresentationForms(text: string): string {
  return PRESENTATION_FORM.test(text) ? text.replace(PRESENTATION_FORMS, foldOne) : text;
}

/**
 * The normaliser the reader gives its page text: pdf.js's `normalizeUnicode` (injected, since lib
 * does not import pdf.js) followed by the fold, which is what `scan` reads.
 */
export function pdfTextNormalizer(normalizeUnicode: (s: string) => string): (s: string) => string {
  return (s) => foldArabicPresentationForms(normalizeUnicode(s));
}
