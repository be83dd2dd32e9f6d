/**
 * The elements every surface uses for a citation (the reader's contract for every later surface too, ADR 0006):
 * a linked citation is `<a href data-symbol="<canonical symbol>">`, a citation without a symbol is
 * `<span data-citation-body="<body>">`, marked but not linked. A citation cut into several
 * elements is one thing to assistive technology and the keyboard: only its first element has the
 * accessible name and takes focus; the others are hidden from both and share `data-citation-id`.
 */
import type { CitationMark } from './surface';

export const CITATION_CLASS = 'resolute-citation';
export const UNLINKED_CLASS = 'resolute-citation-unlinked';

/**
 * The citation elements Resolute made. A page can write `<a class="resolute-citation"
 * data-symbol="…">` itself: classes and attributes say nothing about who made an element, so
 * whatever acts on a citation asks here (ADR 0024).
 */
const made = new WeakSet<Element>();

/** Records `element` as a citation element Resolute made (for wrappers built elsewhere). */
export function ownCitationElement<T extends Element>(element: T): T {
  made.add(element);
  return element;
}

/** Whether Resolute made `element` as a citation (a page's look-alike is not one). */
export function isOwnCitationElement(element: Element): boolean {
  return made.has(element);
}

/** The element for range `part` (0 = first) of `mark`, made in `doc`. Its text is added by the caller. */
export function citationElement(doc: Document, mark: CitationMark, part: number): HTMLElement {
  const { citation } = mark;
  const linked = mark.href !== null && citation.symbol !== null;
  const element = ownCitationElement(doc.createElement(linked ? 'a' : 'span'));
  element.className = linked ? CITATION_CLASS : `${CITATION_CLASS} ${UNLINKED_CLASS}`;
  element.dataset.citationId = mark.id;
  if (linked) {
    element.setAttribute('href', mark.href!);
    element.dataset.symbol = citation.symbol!;
  }
  // The body groups the citation in the side panel's list on web pages (page-panel-port.ts).
  element.dataset.citationBody = citation.body;
  if (!linked) {
    // The popover says what an act without a symbol is ("resolution 26/3 of …").
    element.dataset.citationKind = citation.kind;
  }
  if (citation.pinpoint !== undefined) element.dataset.pinpoint = citation.pinpoint;
  // Dragging across a link should select text, as everywhere else on the page.
  if (linked) element.setAttribute('draggable', 'false');

  if (part === 0) {
    element.setAttribute('aria-label', mark.label);
    if (!linked) {
      // Focusable so that keyboard users reach it too (the next issue opens a popover on it);
      // `note` is a role that may carry a name, unlike a plain span.
      element.tabIndex = 0;
      element.setAttribute('role', 'note');
    }
  } else {
    element.setAttribute('aria-hidden', 'true');
    if (linked) element.tabIndex = -1;
  }
  return element;
}
