/**
 * What an HTML page's text says around a citation, for the card (`lib/metadata/citing-context.ts`):
 * the text of the block the citation sits in (its nearest paragraph-like ancestor) and the
 * citation's place in it, measured with a DOM Range so nested markup counts as its text.
 */
import { citingContext, type CitingContext } from '../../lib/metadata/citing-context';

const BLOCK = 'p, li, td, th, dd, dt, blockquote, h1, h2, h3, h4, h5, h6, figcaption, div, section, article';

export function citingTextInPage(citation: HTMLElement): CitingContext | undefined {
  const block = citation.parentElement?.closest(BLOCK);
  if (block === null || block === undefined) return undefined;
  const doc = citation.ownerDocument;
  const before = doc.createRange();
  before.setStart(block, 0);
  before.setEndBefore(citation);
  const start = before.toString().length;
  const text = block.textContent ?? '';
  const end = start + (citation.textContent ?? '').length;
  return citingContext(text, start, end);
}
