/**
 * Links to UN document sites as citations (`kind: "document"`), merged with what the engine found
 * in the text.
 */

import { bodyOfSymbol, sameSymbol, type Citation } from '../citations';
import type { DocumentLink } from '../text/html-text';

/**
 * The engine's citations plus one `document` citation per link, in text order. A link is left out
 * when the engine already found the same document on the same words (`резолюции <a>70/125</a>`
 * linked to A/RES/70/125): one citation for one thing. A link that disagrees with the text is
 * kept beside it, so a reader sees both.
 */
export function withLinkCitations(found: readonly Citation[], links: readonly DocumentLink[]): Citation[] {
  const fromLinks: Citation[] = links
    .filter((link) => !found.some((citation) => coversLink(citation, link)))
    .map((link) => ({
      start: link.start,
      end: link.end,
      text: link.text,
      symbol: link.symbol,
      body: bodyOfSymbol(link.symbol),
      kind: 'document' as const,
    }));
  return [...found, ...fromLinks].sort((a, b) => a.start - b.start || a.end - b.end);
}

function coversLink(citation: Citation, link: DocumentLink): boolean {
  const overlaps = citation.start < link.end && link.start < citation.end;
  return overlaps && citation.symbol !== null && sameSymbol(citation.symbol, link.symbol);
}
