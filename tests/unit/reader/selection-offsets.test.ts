// @vitest-environment happy-dom
/**
 * A selection in the reader's text layers → offsets in the document's text → Web Annotation
 * selectors, across pages, from points between spans and outside the pages' text, with citations
 * already linked in the spans.
 */
import { describe, expect, it } from 'vitest';
import { anchorSelectors, describeRange, documentTextOf } from '../../../lib/anchoring';
import { segmentClauses } from '../../../lib/clauses';
import { findCitations } from '../../../lib/citations';
import { citationMarks } from '../../../lib/reader/citation-marks';
import { documentRangeOf, type PlacedBlock } from '../../../lib/reader/selection-offsets';
import { linkCitations } from '../../../lib/surface/link-citations';
import { pdfTextLayerSurface, textLayerBlock } from '../../../lib/surface/pdf-text-layer';
import { fakeTextLayer } from '../surface/fake-text-layer';

const item = (str: string, y: number, hasEOL = true) => ({ str, hasEOL, transform: [10, 0, 0, 10, 0, y], width: 200, height: 10 });

const page1 = [
  item('The General Assembly,', 700),
  item('Recalling its resolution 64/293 of 30 July 2010,', 680),
  item('1. Urges Member States to act;', 660, false),
];
const page2 = [item('2. Calls upon Governments to closely monitor', 700), item('developments in the area;', 680, false)];

function twoPages() {
  const surface = pdfTextLayerSurface(() => undefined);
  const layers = [page1, page2].map((items) => fakeTextLayer(items));
  const blocks = layers.map((layer, i) => textLayerBlock({ pageNumber: i + 1, layer, items: [page1, page2][i]! }));
  for (const block of blocks) {
    linkCitations(
      block,
      citationMarks(block.key, findCitations(block.text, { lang: 'en' }), 'en', (c) => c.text),
      surface,
    );
  }
  const text = documentTextOf(blocks.map((block) => ({ key: block.key, text: block.text })));
  const placed: PlacedBlock[] = blocks.map((block, i) => ({ block, start: text.blockStarts[i]! }));
  return { layers, blocks, text, placed };
}

/** The text node in `layer` holding `needle`, and the offset of `needle` in it. */
function pointOf(layer: HTMLElement, needle: string): { node: Text; offset: number } {
  const walker = document.createTreeWalker(layer, 4);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(needle);
    if (at !== -1) return { node, offset: at };
  }
  throw new Error(`no ${needle}`);
}

describe('documentRangeOf', () => {
  it('turns a selection inside one span (after a citation link) into the text it shows', () => {
    const { layers, text, placed } = twoPages();
    expect(layers[0]!.querySelector('a[data-symbol="A/RES/64/293"]')).not.toBeNull();
    const from = pointOf(layers[0]!, 'of 30 July');
    const range = documentRangeOf(from, { node: from.node, offset: from.offset + 'of 30 July'.length }, placed, text.text)!;
    expect(text.text.slice(range.start, range.end)).toBe('of 30 July');
  });

  it('spans pages, and trims blank characters at both ends', () => {
    const { layers, text, placed } = twoPages();
    const from = pointOf(layers[0]!, ' Urges');
    const to = pointOf(layers[1]!, ' to closely');
    const range = documentRangeOf(from, to, placed, text.text)!;
    expect(text.text.slice(range.start, range.end)).toBe('Urges Member States to act;\n\n2. Calls upon Governments');
  });

  it('snaps ends outside every page to the nearest text in the selection', () => {
    const { layers, text, placed } = twoPages();
    const between = document.createElement('div');
    layers[0]!.after(between);
    const to = pointOf(layers[1]!, 'Calls');
    // From the gap between the pages to inside page 2: starts at page 2's first character.
    const fromGap = documentRangeOf({ node: between, offset: 0 }, to, placed, text.text)!;
    expect(fromGap.start).toBe(text.blockStarts[1]);
    expect(text.text.slice(fromGap.start, fromGap.end)).toBe('2.');
    // From page 1 to the gap: ends at page 1's end.
    const from = pointOf(layers[0]!, '1. Urges');
    const range = documentRangeOf(from, { node: between, offset: 0 }, placed, text.text)!;
    expect(text.text.slice(range.start, range.end)).toBe('1. Urges Member States to act;');
    // Nothing but blanks or nothing at all: no range.
    expect(documentRangeOf({ node: document.body, offset: 0 }, { node: document.body, offset: 0 }, [], text.text)).toBeNull();
  });
});

describe('selection → selectors → anchored again', () => {
  it('describes a selection with its quote, position, page and clause, and puts it back at the same place', () => {
    const { layers, text, placed } = twoPages();
    const clauses = segmentClauses(text.text, 'en');
    const from = pointOf(layers[1]!, 'closely');
    const to = { node: from.node, offset: from.offset + 'closely monitor'.length };
    const range = documentRangeOf(from, to, placed, text.text)!;
    const selectors = describeRange(text, range.start, range.end, clauses, { pageOf: (key) => Number(key.slice(1)) });
    expect(selectors).toContainEqual(expect.objectContaining({ type: 'TextQuoteSelector', exact: 'closely monitor' }));
    expect(selectors).toContainEqual({ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=2' });
    expect(selectors).toContainEqual(expect.objectContaining({ conformsTo: 'https://resolute.invalid/ns/clause', value: 'op-2' }));
    expect(anchorSelectors(text, selectors, clauses, { sameLanguage: true })).toEqual({ ...range, method: 'position' });
  });
});
