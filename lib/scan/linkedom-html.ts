/**
 * HTML parsing for the node side of the scan (the extension reads the page's own DOM instead).
 */

import { parseHTML } from 'linkedom';
import type { DomDocument } from '../text/html-text';

/**
 * A document from HTML source. linkedom builds a sound tree only for a whole document: given a
 * fragment (`<p>…</p>`, as saved snippets are) it nests `head` and `body` inside the first
 * element and loses the rest, so a fragment is wrapped first.
 */
export function parseHtmlDocument(html: string): DomDocument {
  let source = html;
  if (!/<html[\s>]/i.test(source)) {
    if (!/<body[\s>]/i.test(source)) source = `<body>${source}</body>`;
    source = `<!DOCTYPE html><html>${source}</html>`;
  }
  return parseHTML(source).document;
}
