/**
 * Find in the whole document with pdf.js's own PDFFindController: it reads every page's text (not
 * only the pages drawn so far), folds case and diacritics and normalises text as Firefox's viewer
 * does, and counts matches ("3 of 17"). Its matches are drawn with the CSS Custom Highlight API
 * instead of pdf.js's TextHighlighter: the highlighter rewrites the text layer's spans, which would
 * tear out Resolute's citation links and marks inside them; a highlight over Ranges changes no DOM.
 */
import { itemStarts, matchStretches, type FindTextItem } from '../../lib/reader/find-segments';
import type { PdfjsViewer } from './pdf-view';
import { findTextSource } from './find-text-source';
import { startTextHelper } from './find-text-helper';
import { hasPageTextContent, pageTextContent } from './text-content-cache';

export type { FindQuery, FindResult, FindStatus } from '../../components/reader/viewer/viewer-model';
import type { FindQuery, FindResult, FindStatus } from '../../components/reader/viewer/viewer-model';

export interface DocumentFind {
  /**
   * Has pdf.js read every page's text now (in page order, in its worker), so that a search finds
   * at once what is far into the document. Once per document; a search does it too.
   */
  warm(): void;
  find(query: FindQuery): void;
  /** Takes the highlights away (the find bar closed). */
  close(): void;
  subscribe(listener: (result: FindResult) => void): () => void;
  result(): FindResult;
}

/** CSS highlight names (styled in entrypoints/reader/find.css). */
const ALL = 'resolute-find';
const SELECTED = 'resolute-find-selected';
/** pdf.js's FindState values, by number (its export is the same object). */
const STATUS_OF: Record<number, FindStatus> = { 0: 'found', 1: 'not-found', 2: 'wrapped', 3: 'pending' };

interface PageViewLike {
  div: HTMLElement;
  textLayer?: { div: HTMLElement } | null;
}

export function attachDocumentFind(pdfjs: PdfjsViewer, signal: AbortSignal): DocumentFind {
  const { eventBus, linkService, viewer, module, pdf } = pdfjs;
  const controller = new module.PDFFindController({ linkService, eventBus, updateMatchesCountOnProgress: true });
  // The pages' text the reader has asked for already (ADR 0023), not a second pass of the worker.
  // A second worker reads most of a long document's pages from now on (find-text-helper.ts).
  const helper = startTextHelper(pdf, signal, (pageNumber) => hasPageTextContent(pdf, pageNumber));
  controller.setDocument(findTextSource(pdf, helper) as unknown as typeof pdf);
  // Whether a page is on screen: "again" then starts from the page in view if the selection is not.
  controller.onIsPageVisible = (pageNumber: number) => {
    const div = (viewer.getPageView(pageNumber - 1) as PageViewLike | undefined)?.div;
    if (!div) return false;
    const box = div.getBoundingClientRect();
    const view = viewer.container.getBoundingClientRect();
    return box.bottom > view.top && box.top < view.bottom;
  };

  const win = viewer.container.ownerDocument.defaultView as Window & typeof globalThis;
  const registry = highlightRegistry(win);
  const allMatches = registry ? new win.Highlight() : null;
  const selectedMatch = registry ? new win.Highlight() : null;
  if (registry && allMatches && selectedMatch) {
    selectedMatch.priority = 1;
    registry.set(ALL, allMatches);
    registry.set(SELECTED, selectedMatch);
  }

  let result: FindResult = { status: 'idle', current: 0, total: 0, previous: false, complete: false, query: '' };
  const searchedAll = () => {
    const matches = (controller.pageMatches ?? []) as unknown[];
    let searched = 0;
    for (let i = 0; i < pdf.numPages; i++) if (matches[i] !== undefined) searched++;
    return searched === pdf.numPages;
  };
  let open = false;
  let warmed = false;
  const listeners = new Set<(result: FindResult) => void>();
  const publish = (patch: Partial<FindResult>) => {
    result = { ...result, ...patch };
    for (const listener of listeners) listener(result);
  };

  // The text items of the pages that have matches, as the controller read them.
  const pageItems = new Map<number, Promise<{ items: FindTextItem[]; starts: number[] }>>();
  const itemsOf = (pageIndex: number): Promise<{ items: FindTextItem[]; starts: number[] }> => {
    const known = pageItems.get(pageIndex);
    if (known !== undefined) return known;
    const items = pageTextContent(pdf, pageIndex + 1).then((content) => {
      const text: FindTextItem[] = [];
      for (const item of content) if ('str' in item && typeof item.str === 'string') text.push(item as FindTextItem);
      return { items: text, starts: itemStarts(text) };
    });
    pageItems.set(pageIndex, items);
    return items;
  };

  const pageRanges = new Map<number, Range[]>();
  let scrollPending = false;

  const redraw = () => {
    if (!allMatches || !selectedMatch) return;
    allMatches.clear();
    selectedMatch.clear();
    const selected = controller.selected;
    for (const [pageIndex, ranges] of pageRanges) {
      ranges.forEach((range, matchIndex) => {
        if (selected && pageIndex === selected.pageIdx && matchIndex === selected.matchIdx) selectedMatch.add(range);
        else allMatches.add(range);
      });
    }
  };

  /** Builds the Ranges of one page's matches over its text layer as it is now. */
  const drawPage = async (pageIndex: number) => {
    const layer = (viewer.getPageView(pageIndex) as PageViewLike | undefined)?.textLayer?.div;
    const matches = (controller.pageMatches?.[pageIndex] as number[] | undefined) ?? [];
    const lengths = (controller.pageMatchesLength?.[pageIndex] as number[] | undefined) ?? [];
    if (!open || !layer || matches.length === 0) {
      pageRanges.delete(pageIndex);
      redraw();
      return;
    }
    const { items, starts } = await itemsOf(pageIndex);
    if (signal.aborted) return;
    const spans = spansOfItems(layer, items);
    if (spans === null) return;
    const ranges = matches.map((offset, i) => rangeOf(layer.ownerDocument, spans, matchStretches(items, starts, offset, lengths[i] ?? 0)));
    pageRanges.set(pageIndex, ranges);
    redraw();
    const selected = controller.selected;
    if (scrollPending && selected?.pageIdx === pageIndex) {
      const range = ranges[selected.matchIdx];
      const span = range ? closestSpan(range.startContainer) : null;
      if (range && span) {
        scrollPending = false;
        const selectedLeft = range.getBoundingClientRect().left - span.getBoundingClientRect().left;
        controller.scrollMatchIntoView({ element: span, selectedLeft, pageIndex, matchIndex: selected.matchIdx });
      }
    }
  };

  const drawPages = (pageIndex: number) => {
    if (pageIndex === -1) {
      for (let i = 0; i < viewer.pagesCount; i++) void drawPage(i);
    } else {
      void drawPage(pageIndex);
    }
  };

  const on = <T>(name: string, handler: (event: T) => void) => {
    eventBus.on(name, handler);
    signal.addEventListener('abort', () => eventBus.off(name, handler), { once: true });
  };
  on<{ state: number; previous: boolean; matchesCount: { current: number; total: number }; rawQuery: unknown }>(
    'updatefindcontrolstate',
    (event) => {
      // The empty search that warms the text up says "found": nothing to show for it.
      if (!open) return;
      const status = STATUS_OF[event.state] ?? 'idle';
      if (status === 'found' || status === 'wrapped') scrollPending = true;
      publish({
        status,
        previous: event.previous,
        current: event.matchesCount.current,
        total: event.matchesCount.total,
        complete: searchedAll(),
        query: typeof event.rawQuery === 'string' ? event.rawQuery : '',
      });
    },
  );
  on<{ matchesCount: { current: number; total: number } }>('updatefindmatchescount', (event) => {
    publish({ current: event.matchesCount.current, total: event.matchesCount.total });
  });
  on<{ pageIndex: number }>('updatetextlayermatches', (event) => {
    drawPages(event.pageIndex);
    const complete = searchedAll();
    if (complete !== result.complete) publish({ complete });
  });
  on<{ pageNumber: number }>('textlayerrendered', (event) => {
    if (open) void drawPage(event.pageNumber - 1);
  });
  // Citations and marks wrap text inside the spans after a layer is drawn: the Ranges are built
  // again on those pages, a frame later, so that they hold the new text nodes.
  const dirty = new Set<number>();
  let frame = 0;
  const observer = new win.MutationObserver((records) => {
    if (!open) return;
    for (const record of records) {
      const page = (record.target instanceof win.Element ? record.target : record.target.parentElement)?.closest('.page');
      const number = Number(page?.getAttribute('data-page-number'));
      if (number > 0 && pageRanges.has(number - 1)) dirty.add(number - 1);
    }
    if (dirty.size > 0 && frame === 0) {
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        for (const pageIndex of dirty) void drawPage(pageIndex);
        dirty.clear();
      });
    }
  });
  observer.observe(viewer.viewer ?? viewer.container, { childList: true, subtree: true });

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      win.cancelAnimationFrame(frame);
      registry?.delete(ALL);
      registry?.delete(SELECTED);
      listeners.clear();
    },
    { once: true },
  );

  return {
    warm() {
      if (warmed) return;
      warmed = true;
      // An empty query: the controller starts reading every page's text and finds nothing.
      eventBus.dispatch('find', {
        source: null,
        type: 'again',
        query: '',
        caseSensitive: false,
        entireWord: false,
        highlightAll: false,
        findPrevious: false,
        matchDiacritics: false,
      });
    },
    find({ query, matchCase, entireWord, again, previous }) {
      open = true;
      warmed = true;
      eventBus.dispatch('find', {
        source: null,
        type: again ? 'again' : '',
        query,
        caseSensitive: matchCase,
        entireWord,
        highlightAll: true,
        findPrevious: previous,
        matchDiacritics: false,
      });
      if (query === '') publish({ status: 'idle', current: 0, total: 0, complete: false, query: '' });
    },
    close() {
      open = false;
      eventBus.dispatch('findbarclose', { source: null });
      pageRanges.clear();
      redraw();
      publish({ status: 'idle', current: 0, total: 0, complete: false, query: '' });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    result: () => result,
  };
}

function highlightRegistry(win: Window & typeof globalThis): HighlightRegistry | null {
  return typeof win.CSS?.highlights === 'object' && typeof win.Highlight === 'function' ? win.CSS.highlights : null;
}

/**
 * pdf.js's span of each text item (null for an empty one), or null when the layer does not match.
 * Its spans are the layer's and its marked-content groups' children; not all have
 * role="presentation" (pdf.js takes it off the text of a link so that the link owns it).
 */
function spansOfItems(layer: HTMLElement, items: readonly FindTextItem[]): Array<HTMLElement | null> | null {
  const spans = Array.from(layer.querySelectorAll<HTMLElement>('span:not(.markedContent)')).filter(
    (span) => span.parentElement === layer || span.parentElement?.classList.contains('markedContent') === true,
  );
  const out: Array<HTMLElement | null> = [];
  let next = 0;
  for (const item of items) {
    if (item.str === '') {
      out.push(null);
      continue;
    }
    const span = spans[next++];
    if (span === undefined) return null;
    out.push(span);
  }
  return out;
}

function rangeOf(doc: Document, spans: ReadonlyArray<HTMLElement | null>, stretches: ReturnType<typeof matchStretches>): Range {
  const range = doc.createRange();
  const first = stretches[0];
  const last = stretches[stretches.length - 1];
  if (!first || !last) return range;
  const start = pointIn(spans[first.item], first.start);
  const end = pointIn(spans[last.item], last.end);
  if (start) range.setStart(start.node, start.offset);
  if (end) range.setEnd(end.node, end.offset);
  return range;
}

/** The text node and offset at character `offset` of a span's text, whatever wraps its text nodes. */
function pointIn(span: HTMLElement | null | undefined, offset: number): { node: Text; offset: number } | null {
  if (!span) return null;
  const walker = span.ownerDocument.createTreeWalker(span, 4 /* NodeFilter.SHOW_TEXT */);
  let before = 0;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
    if (offset <= before + node.length) return { node, offset: offset - before };
    before += node.length;
    last = node;
  }
  return last ? { node: last, offset: last.length } : null;
}

/** The pdf.js span a node is in (the outermost span under the layer or a marked-content group). */
function closestSpan(node: Node): HTMLElement | null {
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  while (
    element &&
    element.parentElement &&
    !element.parentElement.classList.contains('textLayer') &&
    !element.parentElement.classList.contains('markedContent')
  ) {
    element = element.parentElement;
  }
  return element?.tagName === 'SPAN' ? (element as HTMLElement) : null;
}
