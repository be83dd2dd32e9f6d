/**
 * Walks a subtree's block elements in document order, one at a time, so that walking a
 * megabyte page can be cut into small tasks. Skipped subtrees (form fields, code, hidden or
 * editable regions, Resolute's UI) are not entered. The walk follows the DOM as it is when each
 * step is taken (no snapshot), so a page changing between steps is walked as it now is.
 */
import { isBlockElement, isSkippedElement } from './dom-rules';

export interface BlockWalker {
  /** The next block element, or null when the walk is over. */
  next(): Element | null;
}

export function blockWalker(root: Element): BlockWalker {
  let current: Element | null = null;
  let started = false;
  let done = false;

  /** The element after `element` in document order within root; its subtree first if `enter`. */
  const following = (element: Element, enter: boolean): Element | null => {
    if (enter && element.firstElementChild !== null) return element.firstElementChild;
    for (let at: Element | null = element; at !== null && at !== root; at = at.parentElement) {
      if (at.nextElementSibling !== null) return at.nextElementSibling;
    }
    return null;
  };

  return {
    next() {
      while (!done) {
        let candidate: Element | null;
        if (!started) {
          started = true;
          candidate = root;
        } else {
          // A skipped element was never handed out: its subtree is not entered.
          candidate = current === null ? null : following(current, !isSkippedElement(current));
        }
        if (candidate === null) {
          done = true;
          return null;
        }
        current = candidate;
        if (!isSkippedElement(candidate) && isBlockElement(candidate)) return candidate;
      }
      return null;
    },
  };
}
