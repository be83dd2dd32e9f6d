/**
 * "Show on this page" for a highlight on a web page: the notes frame asks (ADR 0024), the content
 * script, which drew the mark, centres it, gives it the focus (its accessible name says only that
 * it is a highlight with a note) and outlines it a moment so the eye finds it. Nothing of the
 * note reaches the page: it sees a scroll, a focus and a class.
 */

/** The class that outlines a highlight just shown (page-notes-style.ts). */
export const MARK_SHOWN_CLASS = 'resolute-mark-shown';
const SHOWN_MS = 2000;

export function revealMark(element: HTMLElement, win: Window): void {
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
  element.classList.add(MARK_SHOWN_CLASS);
  win.setTimeout(() => element.classList.remove(MARK_SHOWN_CLASS), SHOWN_MS);
}
