/**
 * Links the page already has to the UN's document sites (undocs.org, docs.un.org,
 * documents.un.org): each cites a document through its address, whatever its text says. They
 * keep their address and their look; Resolute only gives them the citation's data attributes (and
 * so the popover). Opening one goes to the reader through the redirect rules (ADR 0007). A
 * citation found inside any other page link is wrapped in a span, never a second link.
 */
import { CITATION_CLASS, ownCitationElement } from '../surface/citation-element';
import type { CitationMark, TextRange } from '../surface/surface';
import { symbolFromDocumentUrl } from '../text/undocs-link';

/** `data-resolute-link` on a page link Resolute gave a citation's attributes to. */
export const MARKED_LINK_ATTRIBUTE = 'data-resolute-link';

/** The symbol an `<a>` cites through its address, or null for any other link. */
export function linkSymbol(link: Element, baseUrl: string): string | null {
  if (link.localName.toLowerCase() !== 'a') return null;
  const href = link.getAttribute('href');
  if (href === null || href.trim() === '') return null;
  return symbolFromDocumentUrl(href, baseUrl);
}

/** The nearest `<a href>` around a node (the node itself included), or null. */
export function enclosingLink(node: Node): Element | null {
  const start = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return start?.closest('a[href]') ?? null;
}

/**
 * A citation inside a link of the page: the link stays the one thing to click and focus, the
 * span carries the citation for the popover (hover, and focus of the link around it).
 */
export function spanInsideLink(doc: Document, mark: CitationMark): HTMLElement {
  const span = ownCitationElement(doc.createElement('span'));
  span.className = CITATION_CLASS;
  span.dataset.citationId = mark.id;
  if (mark.citation.symbol !== null) span.dataset.symbol = mark.citation.symbol;
  else {
    span.dataset.citationBody = mark.citation.body;
    span.dataset.citationKind = mark.citation.kind;
  }
  if (mark.citation.pinpoint !== undefined) span.dataset.pinpoint = mark.citation.pinpoint;
  return span;
}

/** Whether a range lies in a page link that already carries a citation through its address. */
export function insideMarkedLink(range: TextRange): boolean {
  return enclosingLink(range.node)?.hasAttribute(MARKED_LINK_ATTRIBUTE) ?? false;
}
