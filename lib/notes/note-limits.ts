/**
 * Fitting what a page gives into a note's bounds (note-shape.ts) before a note is made, so that a
 * long page title or a huge selection is clipped or explained instead of failing the save.
 */
import { cleanTitleText } from '../text/title-text';
import { MAX_QUOTE, MAX_TITLE } from './note-shape';

/** A document title as a note keeps it: cleaned, clipped to the bound with `…`; undefined when empty. */
export function noteTitle(title: string | null | undefined): string | undefined {
  if (title === null || title === undefined) return undefined;
  const clean = cleanTitleText(title);
  if (clean === '') return undefined;
  if (clean.length <= MAX_TITLE) return clean;
  // Cut on a code point boundary: a lone surrogate would make the title unreadable at the end.
  const cut = [...clean.slice(0, MAX_TITLE - 1)].join('').replace(/[\uD800-\uDBFF]$/, '');
  return `${cut.trimEnd()}…`;
}

/** Whether a selection of document text [start, end) can be a note's quote. */
export function selectionFits(start: number, end: number): boolean {
  return end - start <= MAX_QUOTE;
}
