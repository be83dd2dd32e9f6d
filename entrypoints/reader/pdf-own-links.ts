/**
 * The PDF's own links (link annotations: modern UN PDFs link many citations to undocs.org) next to
 * Resolute's (ADR 0020). A link to a UN document opens in the reader, in this tab, like
 * Resolute's own links; where it lies over one of Resolute's citations, it is hidden, so the two
 * never stack (one click target, one popover, one tab stop). Other links stay as pdf.js made them.
 */
import type { UnLang } from '../../lib/citations/types';
import { buildReaderAddress } from '../../lib/reader/reader-address';
import { documentOfUrl } from '../../lib/reader/document-source';

/** Set on a link annotation's element once its target was read. */
const ADOPTED = 'resoluteSymbol';

/** Points the UN document links of an annotation layer at the reader, then hides those over Resolute's citations. */
export function adoptPdfLinks(annotationLayer: HTMLElement, lang: UnLang): void {
  for (const anchor of annotationLayer.querySelectorAll<HTMLAnchorElement>('section.linkAnnotation > a[href]')) {
    if (anchor.dataset[ADOPTED] !== undefined) continue;
    const { symbol } = documentOfUrl(anchor.href);
    if (symbol === undefined) continue;
    anchor.dataset[ADOPTED] = symbol;
    anchor.href = buildReaderAddress({ symbol, lang });
    anchor.removeAttribute('target');
  }
  hidePdfLinksOverCitations(annotationLayer.closest('.page'));
}

/** Hides the adopted PDF links of `page` that overlap a citation Resolute linked on its text layer. */
export function hidePdfLinksOverCitations(page: Element | null): void {
  if (page === null) return;
  const citations = [...page.querySelectorAll('.textLayer [data-citation-id]')].map((el) => el.getBoundingClientRect());
  if (citations.length === 0) return;
  for (const anchor of page.querySelectorAll<HTMLAnchorElement>(`.annotationLayer a[data-resolute-symbol]`)) {
    const section = anchor.parentElement;
    if (section === null || section.hidden) continue;
    const box = section.getBoundingClientRect();
    if (citations.some((c) => c.left < box.right && box.left < c.right && c.top < box.bottom && box.top < c.bottom)) section.hidden = true;
  }
}
