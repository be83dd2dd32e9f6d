/**
 * The HTML elements that start and end a block of text (a paragraph, a list item, a table cell…);
 * every other element is inline, so `резолюции <a>70/125</a>` is read as one run. One list for
 * `scan` on a saved page (`html-text.ts`) and for the pages the content script reads
 * (`page/dom-rules.ts`): both must cut a page's text at the same places, or a citation `scan`
 * finds in a saved page would not be one on the live page. `pre` and `option` are blocks too: the
 * content script skips their whole subtree (it never reads code or form fields), a file scan
 * that keeps `pre` reads it as its own block.
 */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
