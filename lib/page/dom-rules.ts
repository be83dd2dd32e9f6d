/**
 * Which elements of a web page hold readable text, and where text stops being one block.
 *
 * A block is the text whose nearest "block" ancestor is one element (a paragraph, a list item, a
 * table cell, a div's own text…): every text node of the page belongs to exactly one block, so a
 * changed node names the one block to read again. Inline elements (links, emphasis, spans) do not
 * cut text, so `резолюции <a>70/125</a>` is read as one run.
 *
 * Pure DOM reads on the nodes given (nodeType/tagName/attributes): no window globals.
 */

/**
 * Never page prose, or not ours to touch: form fields (typing goes there), code and machine
 * text, embedded vector and math markup, media. Their whole subtree is skipped.
 */
const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'audio',
  'button',
  'canvas',
  'code',
  'embed',
  'head',
  'iframe',
  'input',
  'kbd',
  'math',
  'noscript',
  'object',
  'option',
  'pre',
  'samp',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'video',
]);

/**
 * `data-resolute` values that mark text-bearing wrappers (a reader's highlight, a clause number
 * made a control), read through: the page's text is the same with or without them.
 */
const TEXT_HOOKS: ReadonlySet<string> = new Set(['highlight', 'clause-mark']);

import { CITATION_CLASS, UNLINKED_CLASS } from '../surface/citation-element';
import { BLOCK_ELEMENTS } from '../text/block-elements';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function tagOf(element: Element): string {
  return element.localName.toLowerCase();
}

/** Starts a block: a block-level tag, or a custom element (apps lay those out as containers). */
export function isBlockElement(element: Element): boolean {
  const tag = tagOf(element);
  return BLOCK_ELEMENTS.has(tag) || tag.includes('-');
}

/** `<br>`: a line break inside a block. */
export function isLineBreak(element: Element): boolean {
  return tagOf(element) === 'br';
}

/**
 * Whether this element's subtree is never read: skipped tags, editable regions, hidden content
 * (`hidden`, `aria-hidden="true"`: linking text the reader cannot see, or putting focusable
 * links where assistive technology was told there is nothing, would be wrong), Resolute's own UI
 * (any `data-resolute` but a highlight) and shadow hosts (their light children are not what shows).
 */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(tagOf(element))) return true;
  const hook = element.getAttribute('data-resolute');
  // A mark's or a citation's later pieces are aria-hidden (the first carries the name), yet
  // their text is the page's: reading it again must give the same text.
  if (hook !== null) return !TEXT_HOOKS.has(hook);
  if (element.classList.contains(CITATION_CLASS) || element.classList.contains(UNLINKED_CLASS)) return false;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return (element as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot != null;
}

/** Whether `node` or an ancestor (up to the document) is skipped. */
export function isInsideSkipped(node: Node): boolean {
  for (
    let element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
    element !== null;
    element = element.parentElement
  ) {
    if (isSkippedElement(element)) return true;
  }
  return false;
}

/** The block a node's text belongs to: its nearest block ancestor (or itself), null outside one. */
export function blockElementOf(node: Node): Element | null {
  for (
    let element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
    element !== null;
    element = element.parentElement
  ) {
    if (isBlockElement(element)) return element;
  }
  return null;
}
