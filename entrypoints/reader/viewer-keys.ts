/**
 * The keys people use in Chrome's and Firefox's PDF viewers, for the reader: Ctrl/Cmd+F find,
 * F3 / Ctrl+G next match (with Shift, previous), Ctrl/Cmd +, −, 0 zoom, Ctrl/Cmd+P print,
 * Ctrl/Cmd+S save, Home/End first and last page, PageUp/PageDown and Space a screen (a page at
 * "fit page"). Page keys are left to fields and editors that have the focus.
 */
import type { ViewerActions, ViewerModel } from '../../components/reader/viewer/viewer-model';

export interface PageMoves {
  /** Scrolls the pages by `direction` screens (or pages at fit-page). */
  screen(direction: 1 | -1): void;
  first(): void;
  last(): void;
}

export function listenForViewerKeys(win: Window, model: ViewerModel, actions: ViewerActions, pages: PageMoves, signal: AbortSignal): void {
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = event.ctrlKey || event.metaKey;
      const key = event.key;
      let handled = true;
      if (command && !event.altKey && (key === 'f' || key === 'F')) actions.openFind();
      else if (key === 'F3' || (command && !event.altKey && (key === 'g' || key === 'G'))) findAgain(model, actions, event.shiftKey);
      else if (command && !event.altKey && (key === '+' || key === '=')) actions.zoomIn();
      else if (command && !event.altKey && (key === '-' || key === '_')) actions.zoomOut();
      else if (command && !event.altKey && key === '0') actions.setZoom('auto');
      else if (command && !event.altKey && !event.shiftKey && (key === 'p' || key === 'P')) actions.print({ highlights: false });
      else if (command && !event.altKey && !event.shiftKey && (key === 's' || key === 'S')) actions.save();
      else if (command || event.altKey || typingIn(event.target)) handled = false;
      else if (key === 'Home') pages.first();
      else if (key === 'End') pages.last();
      else if (key === 'PageDown' || (key === ' ' && !event.shiftKey && onPages(event.target))) pages.screen(1);
      else if (key === 'PageUp' || (key === ' ' && event.shiftKey && onPages(event.target))) pages.screen(-1);
      else handled = false;
      if (handled) event.preventDefault();
    },
    { signal },
  );
}

function findAgain(model: ViewerModel, actions: ViewerActions, previous: boolean): void {
  const { findOpen, findQuery } = model.get();
  if (!findOpen || findQuery.query === '') actions.openFind();
  else actions.find({ ...findQuery, again: true, previous });
}

/** Keys in a field, a select or an editor are that control's. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Space scrolls only when nothing else would take it (a button, a link). */
function onPages(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  return (
    target === target.ownerDocument.body ||
    target.id === 'viewer-container' ||
    (target.closest('#viewer-container') !== null && !target.closest('a, button'))
  );
}
