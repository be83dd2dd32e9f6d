// @vitest-environment happy-dom
/**
 * Readers' highlights on the PDF surface: DOM points back to text offsets, ranges read from the
 * DOM after citations and other highlights were wrapped, and highlights drawn across citations,
 * overlapping each other, and removed without a trace. Real seed-page items where it matters.
 */
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations';
import { citationMarks } from '../../../lib/reader/citation-marks';
import { drawHighlight, unwrapElements } from '../../../lib/surface/highlight-marks';
import { linkCitations } from '../../../lib/surface/link-citations';
import { pdfTextLayerSurface, textLayerBlock, type PdfPageBlock } from '../../../lib/surface/pdf-text-layer';
import type { HighlightMark } from '../../../lib/surface/surface';
import { fakeTextLayer, markup } from './fake-text-layer';
import { pdfjsNormalize, seedPages } from './seed-pages';

const surface = pdfTextLayerSurface(() => undefined);
const label = (c: { text: string }) => `label ${c.text}`;
const mark = (noteId: string, colour = 'yellow'): HighlightMark => ({ noteId, colour, label: `note ${noteId}` });

/** The text the DOM shows for [start, end) of the block, read through its current ranges. */
const shown = (block: PdfPageBlock, start: number, end: number) =>
  block
    .rangesOf(start, end)
    .map((r) => r.node.data.slice(r.start, r.end))
    .join('');

async function linkedSeedBlock() {
  const pages = await seedPages('a-res-76-186.ru.pdf');
  const raw = pages[1]!.raw;
  const layer = fakeTextLayer(raw);
  const block = textLayerBlock({ pageNumber: 2, layer, items: raw }, await pdfjsNormalize());
  const before = markup(layer);
  const citations = findCitations(block.text, { lang: 'ru', pageSymbol: 'A/RES/76/186' });
  const linked = linkCitations(block, citationMarks(block.key, citations, 'ru', label), surface);
  return { layer, block, citations, linked, before };
}

const twoLines = [
  { str: 'recalling resolution 64/293 of', hasEOL: true, transform: [10, 0, 0, 10, 0, 700], width: 150, height: 10 },
  { str: 'the General Assembly', hasEOL: false, transform: [10, 0, 0, 10, 0, 685], width: 150, height: 10 },
];

describe('DOM points to text offsets (offsetAt)', () => {
  it('finds a point inside a span, inside a citation inside it, and between spans', () => {
    const layer = fakeTextLayer(twoLines);
    const block = textLayerBlock({ pageNumber: 1, layer, items: twoLines });
    expect(block.text).toBe('recalling resolution 64/293 of\nthe General Assembly');
    const [first, second] = layer.querySelectorAll('span[role="presentation"]');
    expect(block.offsetAt(first!.firstChild!, 10)).toBe(10);
    expect(block.offsetAt(second!.firstChild!, 4)).toBe(block.text.indexOf('General'));

    linkCitations(block, citationMarks('p1', findCitations(block.text, { lang: 'en' }), 'en', label), surface);
    const link = layer.querySelector('a')!;
    expect(link.textContent).toBe('resolution 64/293');
    // Inside the link's text node, and after the link (the text node split off behind it).
    expect(block.offsetAt(link.firstChild!, 11)).toBe(block.text.indexOf('64/293'));
    expect(block.offsetAt(link.nextSibling!, 1)).toBe(block.text.indexOf(' of') + 1);
    // Element points: the layer between the spans (before the second span) and the layer's end.
    const secondIndex = Array.from(layer.childNodes).indexOf(second!);
    expect(block.offsetAt(layer, secondIndex)).toBe(block.text.indexOf('the General'));
    expect(block.offsetAt(layer, layer.childNodes.length)).toBe(block.text.length);
    expect(block.offsetAt(first!, 1)).toBe('recalling '.length); // after the span's first child
    expect(block.offsetAt(first!, first!.childNodes.length)).toBe(first!.textContent.length);
    expect(block.offsetAt(document.body, 0)).toBeNull();
  });

  it('maps every character of a real seed page back to itself, after its citations were linked', async () => {
    const { layer, block } = await linkedSeedBlock();
    // Every text node position in the layer gives the offset whose range is that very character.
    for (const span of layer.querySelectorAll('span[role="presentation"]')) {
      const walker = document.createTreeWalker(span, 4);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.length; i++) {
          const offset = block.offsetAt(node, i)!;
          const [range] = block.rangesOf(offset, offset + 1);
          if (range === undefined) continue; // a ligature's second unit shares its drawn character
          expect(range.node).toBe(node);
          expect(range.start).toBe(i);
        }
      }
    }
  });
});

describe('highlights on the PDF text layer', () => {
  it('reads ranges from the DOM as it is after citations were wrapped', async () => {
    const { block, citations } = await linkedSeedBlock();
    for (const citation of citations) {
      expect(shown(block, citation.start, citation.end)).toBe(block.text.slice(citation.start, citation.end).replace(/\n/g, ''));
    }
  });

  it('draws a highlight across a citation as pieces before, inside and after it, and removes it without a trace', async () => {
    const { layer, block, citations } = await linkedSeedBlock();
    const citation = citations.find((c) => c.symbol === 'A/RES/64/293')!;
    const linkedHtml = markup(layer);
    const start = citation.start - 8;
    const end = citation.end + 5;
    const elements = drawHighlight(block, start, end, mark('n1', 'green'), surface);
    expect(elements.length).toBeGreaterThanOrEqual(3);
    const link = layer.querySelector('a[data-symbol="A/RES/64/293"]')!;
    // One piece inside the link, wrapping exactly its text; the link itself is still whole.
    const inside = link.querySelector('mark[data-resolute="highlight"][data-note-id="n1"]');
    expect(inside?.textContent).toBe(link.textContent);
    expect(elements.every((el) => el.classList.contains('resolute-mark-green'))).toBe(true);
    expect(elements.map((el) => el.textContent).join('')).toBe(block.text.slice(start, end).replace(/\n/g, ''));
    // Named and focusable once.
    expect(elements[0]!.getAttribute('aria-label')).toBe('note n1');
    expect(elements.slice(1).every((el) => el.getAttribute('aria-hidden') === 'true' && !el.hasAttribute('tabindex'))).toBe(true);
    // Glyph placement stays: still the same spans with the same text.
    expect(layer.querySelectorAll('span[role="presentation"]').length).toBe(block.items.filter((i) => i.str !== '').length);

    unwrapElements(elements);
    expect(layer.querySelector('mark')).toBeNull();
    expect(markup(layer)).toBe(linkedHtml);
  });

  it('nests overlapping highlights and removes either one leaving the other whole', () => {
    const layer = fakeTextLayer(twoLines);
    const block = textLayerBlock({ pageNumber: 1, layer, items: twoLines });
    const clean = markup(layer);
    linkCitations(block, citationMarks('p1', findCitations(block.text, { lang: 'en' }), 'en', label), surface);
    const linked = markup(layer);
    const a = drawHighlight(block, 0, 27, mark('a'), surface); // "recalling resolution 64/293"
    const b = drawHighlight(block, 10, block.text.length, mark('b', 'blue'), surface); // "resolution … Assembly"
    const textOf = (id: string) =>
      Array.from(layer.querySelectorAll(`mark[data-note-id="${id}"]`))
        .map((m) => m.textContent)
        .join('');
    expect(textOf('a')).toBe('recalling resolution 64/293');
    expect(textOf('b')).toBe('resolution 64/293 ofthe General Assembly');
    // Where they overlap, b's wrapper sits inside a's (drawn later, nested deeper).
    expect(layer.querySelector('mark[data-note-id="a"] mark[data-note-id="b"]')).not.toBeNull();
    // The text is still readable through the block after both.
    expect(shown(block, 0, block.text.length)).toBe(block.text.replace('\n', ''));

    unwrapElements(a);
    expect(textOf('a')).toBe('');
    expect(textOf('b')).toBe('resolution 64/293 ofthe General Assembly');
    expect(block.offsetAt(layer.querySelector('mark[data-note-id="b"]')!.firstChild!, 0)).toBe(10);
    unwrapElements(b);
    expect(markup(layer)).toBe(linked);
    expect(linked).not.toBe(clean);
  });

  it('a highlight over characters the join inserted only (a line break) draws nothing', () => {
    const layer = fakeTextLayer(twoLines);
    const block = textLayerBlock({ pageNumber: 1, layer, items: twoLines });
    const newline = block.text.indexOf('\n');
    expect(drawHighlight(block, newline, newline + 1, mark('x'), surface)).toEqual([]);
  });
});
