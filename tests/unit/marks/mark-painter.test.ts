// @vitest-environment happy-dom
/**
 * The reader's mark painter on fake pdf.js text layers: marks wait for the document's text, are
 * drawn on each page they cover, redrawn when a note changes, removed when it goes, and drawn
 * again on a page pdf.js re-rendered; clause numbers become named controls.
 */
import { describe, expect, it } from 'vitest';
import { documentTextOf } from '../../../lib/anchoring';
import { pdfTextLayerSurface, textLayerBlock } from '../../../lib/surface/pdf-text-layer';
import { createMarkPainter, type PaintedMark } from '../../../lib/marks/mark-painter';
import { fakeTextLayer, markup } from '../surface/fake-text-layer';

const item = (str: string, y: number, hasEOL = true) => ({ str, hasEOL, transform: [10, 0, 0, 10, 0, y], width: 200, height: 10 });
const pages = [[item('1. Urges Member States', 700), item('to act now;', 680, false)], [item('2. Calls upon Governments', 700, false)]];

function render(page: number) {
  const layer = fakeTextLayer(pages[page - 1]!);
  return { layer, block: textLayerBlock({ pageNumber: page, layer, items: pages[page - 1]! }) };
}

const mark = (id: string, start: number, end: number, version = '1', colour = 'yellow'): [string, PaintedMark] => [
  id,
  { start, end, version, mark: { noteId: id, colour, label: id } },
];

const texts = (root: Element, id: string) =>
  Array.from(root.querySelectorAll(`mark[data-note-id="${id}"]`))
    .map((m) => m.textContent)
    .join('|');

describe('the mark painter', () => {
  it('draws marks across pages once the document text is known, and clause numbers as controls', () => {
    const painter = createMarkPainter(pdfTextLayerSurface(() => undefined));
    const one = render(1);
    const two = render(2);
    painter.blockRendered(one.block);
    painter.blockRendered(two.block);
    const text = documentTextOf([one.block, two.block].map((b) => ({ key: b.key, text: b.text })));
    // A mark from "now;" on page 1 to "Calls" on page 2.
    const start = text.text.indexOf('now;');
    const end = text.text.indexOf('Calls') + 5;
    painter.setMarks(new Map([mark('n1', start, end)]));
    expect(one.layer.querySelector('mark')).toBeNull(); // no document text yet: nothing placed
    painter.setDocument(text, [
      { clauseId: 'op-2', labelStart: text.blockStarts[1]!, labelEnd: text.blockStarts[1]! + 2, name: 'Mark paragraph 2' },
    ]);
    expect(texts(one.layer, 'n1')).toBe('now;');
    expect(texts(two.layer, 'n1')).toBe('2.| Calls');
    const control = two.layer.querySelector('[data-resolute="clause-mark"]')!;
    expect(control.getAttribute('role')).toBe('button');
    expect(control.getAttribute('aria-label')).toBe('Mark paragraph 2');
    expect(control.textContent).toBe('2.');
    expect(painter.placedBlocks().map((p) => [p.block.key, p.start])).toEqual([
      ['p1', 0],
      ['p2', text.blockStarts[1]],
    ]);
  });

  it('redraws a changed note, removes a deleted one, and draws again on a re-rendered page', () => {
    const painter = createMarkPainter(pdfTextLayerSurface(() => undefined));
    const first = render(1);
    painter.blockRendered(first.block);
    const text = documentTextOf([
      { key: 'p1', text: first.block.text },
      { key: 'p2', text: render(2).block.text },
    ]);
    painter.setDocument(text, []);
    const clean = markup(first.layer);
    painter.setMarks(new Map([mark('a', 3, 8), mark('b', 0, 22)]));
    expect(texts(first.layer, 'a')).toBe('Urges');
    painter.setMarks(new Map([mark('a', 3, 8, '2', 'green'), mark('b', 0, 22)]));
    expect(first.layer.querySelectorAll('mark[data-note-id="a"]')).toHaveLength(1);
    expect(first.layer.querySelector('mark[data-note-id="a"]')!.className).toContain('resolute-mark-green');
    expect(texts(first.layer, 'b')).toBe('1. |Urges| Member States');
    painter.setMarks(new Map());
    expect(markup(first.layer)).toBe(clean);

    // pdf.js drops the layer and renders the page anew: the marks come back on the new one.
    painter.setMarks(new Map([mark('a', 3, 8)]));
    first.layer.remove();
    const again = render(1);
    painter.blockRendered(again.block);
    expect(texts(again.layer, 'a')).toBe('Urges');
  });
});
