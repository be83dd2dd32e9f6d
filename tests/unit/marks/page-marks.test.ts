// @vitest-environment happy-dom
/**
 * The shared mark painter on a web page (the HTML surface's blocks and mark layer): marks cross
 * citation wrappers and each other, a changed or removed mark is redrawn without leaving split
 * text behind, switching off restores the page's own DOM exactly (same serialisation, same Text
 * objects), and a block with marks and split citations still maps selections to its text.
 */
import { describe, expect, it } from 'vitest';
import { documentTextOf } from '../../../lib/anchoring';
import { startPageScanner } from '../../../lib/page/page-scanner';
import type { PageBlock } from '../../../lib/page/page-block';
import { documentRangeOf } from '../../../lib/reader/selection-offsets';
import type { MarkLayer } from '../../../lib/marks/mark-layer';
import { createMarkPainter, type PaintedMark } from '../../../lib/marks/mark-painter';
import { fakeClock } from '../page/fake-clock';

function textNodes(): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(document.body, 4);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) out.push(n as Text);
  return out;
}

const serialised = () => new XMLSerializer().serializeToString(document.body);

function setUp(html: string) {
  document.body.innerHTML = html; // eslint-disable-line resolute/no-html-sinks -- test fixture markup
  const original = { html: serialised(), texts: textNodes() };
  const blocks: PageBlock[] = [];
  const clock = fakeClock();
  const scanner = startPageScanner({
    doc: document,
    url: 'https://press.un.org/en/page',
    pageLang: 'en',
    pageSymbol: null,
    clock,
    nearViewport: () => true,
    hrefOf: (citation) => (citation.symbol === null ? null : `chrome-extension://x/reader.html?symbol=${citation.symbol}`),
    labelOf: (citation) => citation.text,
    onLinked: (block) => blocks.push(block),
  });
  clock.runAll();
  const layer: MarkLayer = {
    wrap: (block, start, end, make) => scanner.surface.wrapMarks(block, start, end, make),
    erase: (block) => scanner.surface.eraseMarks(block),
  };
  const painter = createMarkPainter(scanner.surface, layer);
  for (const block of blocks) painter.blockRendered(block);
  const text = documentTextOf(blocks.map((b) => ({ key: b.key, text: b.text })));
  painter.setDocument(text, []);
  return { original, blocks, scanner, painter, text };
}

const mark = (id: string, start: number, end: number, version = '1'): [string, PaintedMark] => [
  id,
  { start, end, version, mark: { noteId: id, colour: 'yellow', label: id } },
];

/** The text a mark covers (its pieces joined; a piece may hold another mark's piece). */
const marked = (id: string) =>
  [...document.querySelectorAll(`mark[data-note-id="${id}"]`)]
    .filter((m) => m.parentElement?.closest(`mark[data-note-id="${id}"]`) == null)
    .map((m) => m.textContent)
    .join('');

describe('marks on a web page', () => {
  it('draws marks across citations and each other, redraws cleanly, and switching off restores the page exactly', () => {
    const { original, scanner, painter, text } = setUp(
      '<p>Recalling its <em>resolution</em> 2231 (2015) on the situation, it decides.</p><p>Second paragraph here.</p>',
    );
    expect(document.querySelector('.resolute-citation')).not.toBeNull();
    const linked = { html: serialised(), texts: textNodes() };
    const at = (s: string) => text.text.indexOf(s);
    // One mark from inside the citation onwards, another overlapping it.
    painter.setMarks(new Map([mark('a', at('resolution'), at(' on the') + 7), mark('b', at('2231'), at('decides'))]));
    expect(marked('a')).toBe('resolution 2231 (2015) on the');
    expect(marked('b')).toBe('2231 (2015) on the situation, it ');
    // The first mark changes (recoloured): all marks in the block are redrawn, nothing left split.
    painter.setMarks(new Map([mark('a', at('resolution'), at(' on the') + 7, '2'), mark('b', at('2231'), at('decides'))]));
    expect(marked('a')).toBe('resolution 2231 (2015) on the');
    expect(document.querySelector('mark[data-note-id="a"]')!.getAttribute('data-part')).toBe('0');
    expect(marked('b')).toBe('2231 (2015) on the situation, it ');
    // Removing the first only: the second stays, and removing both gives back the linked page.
    painter.setMarks(new Map([mark('b', at('2231'), at('decides'))]));
    expect(document.querySelector('mark[data-note-id="a"]')).toBeNull();
    expect(marked('b')).toBe('2231 (2015) on the situation, it ');
    painter.setMarks(new Map());
    expect(serialised()).toBe(linked.html);
    expect(textNodes()).toEqual(linked.texts);

    // Switched off with marks on: the page's own DOM and Text objects come back.
    painter.setMarks(new Map([mark('a', at('Recalling'), at('Second') + 6)]));
    expect(marked('a')).toBe('Recalling its resolution 2231 (2015) on the situation, it decides.Second');
    scanner.destroy();
    expect(serialised()).toBe(original.html);
    const after = textNodes();
    expect(after.length).toBe(original.texts.length);
    expect(after.every((node, i) => node === original.texts[i])).toBe(true);
  });

  it('maps a selection to the text of a block that holds split citations and marks, inside a block with text of its own', () => {
    const { blocks, painter, text } = setUp(
      '<div>Intro text of the page<p>Recalls its <em>resolution</em> 2231 (2015) and acts.</p></div>',
    );
    const at = (s: string) => text.text.indexOf(s);
    painter.setMarks(new Map([mark('a', at('2231'), at('acts'))]));
    const p = document.querySelector('p')!;
    // A selection of "acts" (the text node after the mark).
    const last = [...p.childNodes].filter((n) => n.nodeType === 3).pop() as Text;
    const from = last.data.indexOf('acts');
    const range = documentRangeOf({ node: last, offset: from }, { node: last, offset: from + 4 }, painter.placedBlocks(), text.text);
    expect(range).not.toBeNull();
    expect(text.text.slice(range!.start, range!.end)).toBe('acts');
    expect(blocks.length).toBe(2);
  });
});
