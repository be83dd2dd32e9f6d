/**
 * Keeps this history entry's place in the document: saved on scroll (throttled), when a link is
 * followed and when the page is hidden, restored once the pages have their layout. The reader's
 * pages scroll in their own container, which the browser's scroll restoration does not know.
 */
import { positionAt, scrollTopFor, type ScrollPosition } from '../../lib/reader/history-entry';
import type { PdfView } from './pdf-view';
import type { ReaderHistory } from '../../lib/reader/reader-history';

/** Often enough to lose nothing on a quick Back, rare enough for the browsers' replaceState limits. */
const SAVE_EVERY_MS = 200;

export interface PositionKeeper {
  /** Goes to the saved position, else to `page` (from the address), else stays at the top. */
  restore(saved: ScrollPosition | null, page: number | undefined): void;
  /** True once the reader moved the view themselves since the restore. */
  movedByUser(): boolean;
}

export function keepPosition(win: Window, view: PdfView, history: ReaderHistory, signal: AbortSignal): PositionKeeper {
  const { container } = view;
  let timer: number | undefined;
  let restoredTop: number | null = null;

  const save = () => {
    win.clearTimeout(timer);
    timer = undefined;
    history.savePosition(positionAt(container.scrollTop, view.layout(), view.scale()));
  };
  container.addEventListener(
    'scroll',
    () => {
      timer ??= win.setTimeout(save, SAVE_EVERY_MS);
    },
    { signal, passive: true },
  );
  // Before the page goes: a followed citation, the language switch, Back, closing the tab.
  win.document.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('a[href]')) save();
    },
    { signal, capture: true },
  );
  win.addEventListener('pagehide', save, { signal });
  signal.addEventListener('abort', () => win.clearTimeout(timer), { once: true });

  return {
    restore(saved, page) {
      if (saved !== null) container.scrollTop = scrollTopFor(saved, view.layout(), view.scale());
      else if (page !== undefined) view.goToPage(page);
      restoredTop = container.scrollTop;
    },
    movedByUser() {
      return restoredTop !== null && Math.abs(container.scrollTop - restoredTop) > 2;
    },
  };
}
