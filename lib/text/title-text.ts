/** Titles read from pages and PDFs, made safe to show and store. */

/**
 * Bidirectional controls (LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM ALM) and other control
 * characters: in a title read from a page or a PDF they can reorder what the notes page and the
 * export show (a title reading backwards, a symbol shown as another), and they carry nothing.
 */
const HIDDEN_CONTROLS = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Controls taken out (tabs and line breaks first become spaces), white space collapsed. */
export function cleanTitleText(title: string): string {
  return title.replace(/\s+/g, ' ').replace(HIDDEN_CONTROLS, '').replace(/ {2,}/g, ' ').trim();
}
