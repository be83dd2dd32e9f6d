/**
 * The element every surface uses for one range of a reader's highlight (stable hooks, ADR 0013):
 * `<mark data-resolute="highlight" data-note-id="…" class="resolute-mark resolute-mark-<colour>">`.
 * A highlight cut into several elements (across items, lines, citations) is one thing to the
 * keyboard and assistive technology: only its first element has the accessible name and takes
 * focus, the others are hidden from both. Activating the first opens the note (the reader's glue).
 */
import type { HighlightMark } from './surface';

export const HIGHLIGHT_CLASS = 'resolute-mark';
/** `data-resolute` value of a highlight's elements. */
export const HIGHLIGHT_HOOK = 'highlight';

/**
 * The note of each highlight element Resolute made, known only to the script that made it: a
 * page can write a `<mark data-note-id>` of its own, and must not read a note id from ours.
 */
const noteOfElement = new WeakMap<Element, string>();

/** The note a highlight element Resolute made stands for; undefined for any other element. */
export function noteIdOfHighlight(element: Element): string | undefined {
  return noteOfElement.get(element);
}

/** The first element (the one that takes focus) of the highlight of `noteId` in `container`. */
export function firstHighlightOf(container: ParentNode, noteId: string): HTMLElement | null {
  for (const element of container.querySelectorAll<HTMLElement>(`mark.${HIGHLIGHT_CLASS}[data-part="0"]`)) {
    if (noteOfElement.get(element) === noteId) return element;
  }
  return null;
}

/** The element for range `part` (0 = first) of `mark`, made in `doc`. Its text is added by the caller. */
export function highlightElement(doc: Document, mark: HighlightMark, part: number): HTMLElement {
  const element = doc.createElement('mark');
  noteOfElement.set(element, mark.noteId);
  element.className = `${HIGHLIGHT_CLASS} ${HIGHLIGHT_CLASS}-${mark.colour}`;
  element.dataset.resolute = HIGHLIGHT_HOOK;
  if (mark.idHidden !== true) element.dataset.noteId = mark.noteId;
  element.dataset.part = String(part);
  if (mark.fromLang !== undefined) element.dataset.fromLang = mark.fromLang;
  if (mark.hasNote === true) element.dataset.hasNote = 'true';
  if (mark.title !== undefined) element.title = mark.title;
  if (part === 0) {
    // A focusable control with a name: Enter or a click opens the note.
    element.tabIndex = 0;
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', mark.label);
  } else {
    element.setAttribute('aria-hidden', 'true');
  }
  return element;
}
