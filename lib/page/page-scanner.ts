/**
 * Links the citations of a web page: the HTML surface hands out blocks, the engine reads each
 * with the page's context (its symbol; the block's language), the shared linker wraps them.
 * A citation that lies in a page link already carrying a citation through its address (an
 * undocs.org link) is left to that link. `destroy()` stops everything and restores the page.
 */
import { findCitations } from '../citations/engine';
import type { Citation, UnLang } from '../citations/types';
import { citationId } from '../reader/citation-marks';
import { linkCitations } from '../surface/link-citations';
import type { CitationMark } from '../surface/surface';
import { insideMarkedLink } from './document-links';
import { htmlPageSurface, type HtmlPageSurface, type HtmlSurfaceOptions } from './html-surface';
import type { PageBlock } from './page-block';

export interface PageScannerOptions extends Omit<HtmlSurfaceOptions, 'onFirstPass'> {
  /** The page's own symbol, when known. */
  pageSymbol: string | null;
  /** Where a citation leads (absolute: the page's base is not the extension's). */
  hrefOf(citation: Citation, lang: UnLang | undefined): string | null;
  labelOf(citation: Citation): string;
  /** Told when the first pass over the whole page is done. */
  onFirstPass?: () => void;
  /** Told of each block linked (tests, the bench). */
  onLinked?: (block: PageBlock, marks: readonly CitationMark[]) => void;
}

export interface PageScanner {
  /** The page as a surface (readers' marks are drawn through it, recorded with the citations). */
  readonly surface: HtmlPageSurface;
  destroy(): void;
}

export function startPageScanner(options: PageScannerOptions): PageScanner {
  const controller = new AbortController();
  const context = (lang: UnLang | undefined) => ({
    ...(lang !== undefined ? { lang } : {}),
    ...(options.pageSymbol !== null ? { pageSymbol: options.pageSymbol } : {}),
  });
  /** Citations found ahead of linking (off-screen blocks), by block element. */
  const found = new WeakMap<Element, { text: string; citations: Citation[] }>();
  const surface = htmlPageSurface({
    ...options,
    prepare: (element, text, lang) => found.set(element, { text, citations: findCitations(text, context(lang)) }),
  });
  surface.watch((textBlock) => {
    const block = textBlock as PageBlock;
    const lang = block.lang;
    const ahead = found.get(block.root);
    found.delete(block.root);
    const citations = ahead !== undefined && ahead.text === block.text ? ahead.citations : findCitations(block.text, context(lang));
    const marks: CitationMark[] = citations
      .map((citation, n) => ({
        citation,
        id: citationId(block.key, n),
        href: options.hrefOf(citation, lang),
        label: options.labelOf(citation),
      }))
      .filter((mark) => !block.rangesOf(mark.citation.start, mark.citation.end).some(insideMarkedLink));
    linkCitations(block, marks, surface);
    options.onLinked?.(block, marks);
  }, controller.signal);
  return {
    surface,
    destroy() {
      controller.abort();
      surface.restore();
    },
  };
}
