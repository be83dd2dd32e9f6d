// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangesIn, readBlockText } from '../../../lib/page/block-text';
import { pageBlock } from '../../../lib/page/page-block';
import { blockElementOf, isInsideSkipped } from '../../../lib/page/dom-rules';
import { blockWalker } from '../../../lib/page/block-walker';
import { findCitations } from '../../../lib/citations';

function body(html: string): HTMLElement {
  document.body.innerHTML = html; // eslint-disable-line resolute/no-html-sinks -- test fixture markup
  return document.body;
}

const textOf = (selector: string) => readBlockText(document.querySelector(selector)!).text;

/** The DOM text a range list shows, joined. */
const shown = (ranges: ReturnType<typeof rangesIn>) => ranges.map((r) => r.node.data.slice(r.start, r.end)).join('|');

describe('block text', () => {
  it('reads a paragraph across inline elements, white space collapsed as shown', () => {
    body('<p>  Recalling its\n   <em>resolution</em>\t2231 (2015)\n and <a href="/x">70/125</a>. </p>');
    expect(textOf('p')).toBe('Recalling its resolution 2231 (2015) and 70/125. ');
  });

  it('cuts at <br> and around nested blocks; nested blocks are not part of the text', () => {
    body('<div>Intro text<p>inner paragraph</p>tail text<br>next line</div>');
    expect(textOf('div')).toBe('Intro text\n\ntail text\nnext line');
    expect(textOf('p')).toBe('inner paragraph');
  });

  it('leaves out skipped subtrees: fields, code, editable, hidden, Resolute UI, but reads highlights', () => {
    body(
      '<p>a <code>S/RES/1</code> b <input value="x"> c <span contenteditable="true">typed</span> d <span hidden>h</span> ' +
        '<span aria-hidden="true">ah</span> <span data-resolute="popover-host">ui</span> <mark data-resolute="highlight">kept</mark> <kbd>k</kbd></p>',
    );
    expect(textOf('p')).toBe('a b c d kept ');
  });

  it('maps text offsets back to node offsets, through collapsed white space', () => {
    body('<p>x  <b>resolution</b>\n\n   2231 (2015)</p>');
    const p = document.querySelector('p')!;
    const { text, pieces } = readBlockText(p);
    expect(text).toBe('x resolution 2231 (2015)');
    const start = text.indexOf('resolution');
    const ranges = rangesIn(pieces, start, text.length);
    expect(shown(ranges)).toBe('resolution|\n\n   2231 (2015)');
    // The second range starts at the first collapsed character (the run's first newline).
    expect(ranges[1]).toMatchObject({ start: 0, end: '\n\n   2231 (2015)'.length });
    expect(shown(rangesIn(pieces, text.indexOf('2231'), text.indexOf('2231') + 4))).toBe('2231');
  });

  it('reads Arabic presentation forms as letters and maps a citation after a lam-alef back to the node', () => {
    // ﺍﻟﺴﻼﻡ ﻭﺍﻟﻘﺮﺍﺭ  76/186: "السلام" with a lam-alef (U+FEFC), a run of spaces, then "والقرار 76/186".
    const salam = '\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1';
    const qarar = '\uFE8D\uFEDF\uFED8\uFEAE\uFE8D\uFEAE';
    body(`<p>${salam}  ${qarar} <b>76/186</b></p>`);
    const p = document.querySelector('p')!;
    const { text, pieces } = readBlockText(p);
    expect(text).toBe('السلام القرار 76/186');
    const [citation] = findCitations(text, { lang: 'ar' });
    expect(text.slice(citation!.start, citation!.end)).toBe('القرار 76/186');
    expect(shown(rangesIn(pieces, citation!.start, citation!.end))).toBe(`${qarar} |76/186`);
    // Lam and alef, each alone, lead back to the one ligature character.
    const lam = text.indexOf('لا');
    expect(shown(rangesIn(pieces, lam, lam + 1))).toBe('\uFEFC');
    expect(shown(rangesIn(pieces, lam + 1, lam + 2))).toBe('\uFEFC');
    // Letters as they are keep the node's own offsets.
    body('<p>القرار 76/186</p>');
    expect(readBlockText(document.querySelector('p')!).pieces[0]!.raw).toBeNull();
  });

  it('a block finds its ranges in the DOM as it is now, after wrapping split its nodes', () => {
    body('<p>see resolution 70/125 and 70/1</p>');
    const p = document.querySelector('p')!;
    const block = pageBlock(p, 'h1', 'en');
    const node = p.firstChild as Text;
    // Someone wraps "70/125": the node is split.
    const middle = node.splitText(15);
    middle.splitText(6);
    const wrapper = document.createElement('a');
    p.insertBefore(wrapper, middle);
    wrapper.append(middle);
    const at = block.text.lastIndexOf('70/1');
    expect(shown(block.rangesOf(at, at + 4))).toBe('70/1');
    expect(shown(block.rangesOf(4, 21))).toBe('resolution |70/125');
    // Offsets of DOM points: inside the wrapped node, and between nodes.
    expect(block.offsetAt(middle, 2)).toBe(17);
    expect(block.offsetAt(p, 1)).toBe(15);
    expect(block.offsetAt(document.head, 0)).toBeNull();
  });

  it('a block whose text changed gives no ranges rather than wrong ones', () => {
    body('<p>resolution 70/125</p>');
    const p = document.querySelector('p')!;
    const block = pageBlock(p, 'h1', 'en');
    (p.firstChild as Text).data = 'something else entirely';
    expect(block.rangesOf(0, 5)).toEqual([]);
  });
});

describe('blocks of a page', () => {
  it('every text node belongs to its nearest block; skipped regions are not walked', () => {
    body('<div id="d">own <section><p id="p">para <a href="/x"><div id="inner">in link</div></a></p></section></div><pre><p>x</p></pre>');
    const walked: string[] = [];
    const walker = blockWalker(document.body);
    for (let e = walker.next(); e !== null; e = walker.next()) walked.push(e.id || e.localName);
    expect(walked).toEqual(['body', 'd', 'section', 'p', 'inner']);
    expect(blockElementOf(document.querySelector('#inner')!.firstChild!)!.id).toBe('inner');
    expect(isInsideSkipped(document.querySelector('pre p')!)).toBe(true);
  });

  it('custom elements are blocks (apps lay them out as containers)', () => {
    body('<app-root>one<app-item>two</app-item></app-root>');
    expect(textOf('app-root')).toBe('one');
    expect(textOf('app-item')).toBe('two');
  });
});
