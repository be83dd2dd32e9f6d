/**
 * `scan` on a saved page and the content script on the live page cut text into blocks at the
 * same elements: one list (lib/text/block-elements.ts) serves both.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isBlockElement } from '../../../lib/page/dom-rules';
import { BLOCK_ELEMENTS } from '../../../lib/text/block-elements';
import { extractHtmlText } from '../../../lib/text/html-text';

const INLINE = [
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'dfn',
  'em',
  'i',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
];

/** `before<tag>inside</tag>after` in a page's body, built node by node (no parser repairs). */
function pageWith(tag: string) {
  const { document: doc } = parseHTML('<!doctype html><html><body></body></html>');
  const element = doc.createElement(tag);
  element.append('inside');
  doc.body.append('before', element, 'after');
  return { doc, element };
}

describe('one list of block elements for the file scan and the page', () => {
  it.each([...BLOCK_ELEMENTS, ...INLINE])('<%s>: a block for both, or inline for both', (tag) => {
    const { doc, element } = pageWith(tag);
    const block = BLOCK_ELEMENTS.has(tag);
    expect(isBlockElement(element)).toBe(block);
    expect(extractHtmlText(doc).text).toBe(block ? 'before\n\ninside\n\nafter' : 'beforeinsideafter');
  });

  it('has pre and option, which the file scan reads as blocks of their own', () => {
    expect(BLOCK_ELEMENTS.has('pre')).toBe(true);
    expect(BLOCK_ELEMENTS.has('option')).toBe(true);
    expect(isBlockElement(pageWith('pre').element)).toBe(true);
  });
});
