/**
 * "Show me this citation": scrolls the reader to the citation whose elements carry
 * `data-citation-id`, marking it until the next jump. pdf.js renders (and the reader links) only
 * the pages near the view, so a citation on a page not yet rendered is reached by going to its
 * page first and waiting for its elements to appear.
 */
import { pageOfCitationId } from '../../lib/reader/citation-marks';
import type { PdfView } from './pdf-view';

const JUMPED_CLASS = 'resolute-citation-jumped';
/** Rendering and linking a page takes well under a second; a page that never links is given up. */
const WAIT_MS = 8000;

export interface CitationJumper {
  /** True when the citation was found and shown. */
  scrollToCitation(id: string): Promise<boolean>;
}

export function citationJumper(view: PdfView, signal: AbortSignal): CitationJumper {
  const root = view.container;
  let marked: string | null = null;
  let latest = 0;

  const partsOf = (id: string) => root.querySelectorAll<HTMLElement>(`[data-citation-id="${CSS.escape(id)}"]`);

  const mark = (id: string) => {
    if (marked !== null) for (const el of partsOf(marked)) el.classList.remove(JUMPED_CLASS);
    marked = id;
    for (const el of partsOf(id)) el.classList.add(JUMPED_CLASS);
  };

  return {
    async scrollToCitation(id) {
      const page = pageOfCitationId(id);
      if (page === null || signal.aborted) return false;
      // Only the last request counts: pressing "next" quickly must not end on an earlier one.
      const ticket = ++latest;
      let element = partsOf(id)[0];
      if (element === undefined) {
        view.goToPage(page);
        element = await appearing(root, () => partsOf(id)[0], signal);
      }
      if (element === undefined || ticket !== latest || signal.aborted) return false;
      centre(root, element);
      mark(id);
      return true;
    },
  };
}

/**
 * Scrolls the pages' container (only it: `scrollIntoView` would scroll the page around it too,
 * pushing the header out of view) so that the element is in the middle of the view.
 */
export function centre(container: HTMLElement, element: HTMLElement): void {
  const box = element.getBoundingClientRect();
  const view = container.getBoundingClientRect();
  container.scrollTop += box.top - view.top - (view.height - box.height) / 2;
  if (box.left < view.left || box.right > view.right) container.scrollLeft += box.left - view.left - (view.width - box.width) / 2;
}

/** Resolves with `find()`'s element as soon as it exists, or undefined after a while. */
export function appearing(root: HTMLElement, find: () => HTMLElement | undefined, signal: AbortSignal): Promise<HTMLElement | undefined> {
  return new Promise((resolve) => {
    const done = (element: HTMLElement | undefined) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(element);
    };
    const observer = new MutationObserver(() => {
      const element = find();
      if (element !== undefined) done(element);
    });
    const onAbort = () => done(undefined);
    const timer = setTimeout(() => done(undefined), WAIT_MS);
    observer.observe(root, { childList: true, subtree: true });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
