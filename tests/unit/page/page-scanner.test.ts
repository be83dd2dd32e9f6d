// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MutationRecordLike } from '../../../lib/page/mutation-batch';
import { startPageScanner, type PageScannerOptions } from '../../../lib/page/page-scanner';
import { fakeClock } from './fake-clock';

interface Harness {
  clock: ReturnType<typeof fakeClock>;
  destroy(): void;
  firstPass(): boolean;
  /** Delivers the MutationObserver's pending records now (happy-dom delivers them later). */
  flushMutations(): void;
}

function scan(html: string, extra: Partial<PageScannerOptions> = {}, run = true): Harness {
  document.documentElement.setAttribute('lang', 'en');
  document.body.innerHTML = html; // eslint-disable-line resolute/no-html-sinks -- test fixture markup
  const clock = fakeClock();
  let firstPass = false;
  let observer: MutationObserver | null = null;
  let deliver: ((records: MutationRecordLike[]) => void) | null = null;
  const scanner = startPageScanner({
    doc: document,
    url: 'https://www.un.org/en/page',
    pageLang: 'en',
    pageSymbol: null,
    clock,
    nearViewport: () => true,
    observe: (callback) => {
      deliver = callback;
      observer = new MutationObserver((records) => callback(records));
      return observer;
    },
    hrefOf: (citation) => (citation.symbol === null ? null : `chrome-extension://x/reader.html?symbol=${citation.symbol}`),
    labelOf: (citation) => citation.text,
    onFirstPass: () => (firstPass = true),
    ...extra,
  });
  if (run) clock.runAll();
  return {
    clock,
    destroy: () => scanner.destroy(),
    firstPass: () => firstPass,
    flushMutations: () => {
      const records = observer?.takeRecords() ?? [];
      if (records.length > 0) deliver?.(records);
    },
  };
}

const wrappers = () =>
  [...document.querySelectorAll('.resolute-citation:not([data-resolute-link])')].map((e) => [
    e.localName,
    e.getAttribute('data-symbol'),
    e.textContent,
  ]);
const symbolsOf = () => [...new Set(wrappers().map(([, symbol]) => symbol))];

describe('linking a page', () => {
  it('links citations split across inline elements, as one citation', () => {
    const h = scan('<p>Recalling its <em>resolution</em> 2231 (2015).</p>');
    expect(h.firstPass()).toBe(true);
    expect(wrappers()).toEqual([
      ['a', 'S/RES/2231(2015)', 'resolution'],
      ['a', 'S/RES/2231(2015)', ' 2231 (2015)'],
    ]);
    const [first, second] = [...document.querySelectorAll('a.resolute-citation')];
    expect(first!.getAttribute('data-citation-id')).toBe(second!.getAttribute('data-citation-id'));
    expect(first!.getAttribute('aria-label')).toBe('resolution 2231 (2015)');
    expect(second!.getAttribute('aria-hidden')).toBe('true');
  });

  it('reads each block in its own language (nearest lang attribute)', () => {
    scan('<p lang="ru">напоминая о резолюции <a href="/x">70/125</a> Генеральной Ассамблеи</p><p>resolution 70/1</p>');
    expect(symbolsOf()).toEqual(['A/RES/70/125', 'A/RES/70/1']);
  });

  it('wraps text inside an existing link in a span: the link keeps working, no link inside a link', () => {
    scan('<p>See <a href="https://example.org/story">Security Council resolution 2331 (2016)</a>.</p>');
    expect(wrappers()).toEqual([['span', 'S/RES/2331(2016)', 'resolution 2331 (2016)']]);
    expect(document.querySelectorAll('a a').length).toBe(0);
    expect(document.querySelector('a')!.getAttribute('href')).toBe('https://example.org/story');
  });

  it('gives links to UN document sites the citation of their address, and leaves their text to them', () => {
    scan(
      '<ul><li><a href="https://undocs.org/ru/A/RES/64/293">резолюция 64/293</a></li>' +
        '<li><a href="https://docs.un.org/en/S/RES/2331(2016)">the Council</a></li>' +
        '<li><a href="https://documents.un.org/api/symbol/access?s=A/76/263&amp;l=en&amp;t=pdf">report</a></li>' +
        '<li><a href="https://undocs.org/E/RES/2022/14">ECOSOC</a></li>' +
        '<li><a href="https://undocs.org/en/">home</a> and <a href="https://www.un.org/en/">UN</a></li></ul>',
    );
    const marked = [...document.querySelectorAll('a[data-resolute-link]')].map((a) => a.getAttribute('data-symbol'));
    expect(marked).toEqual(['A/RES/64/293', 'S/RES/2331(2016)', 'A/76/263', 'E/RES/2022/14']);
    expect(wrappers()).toEqual([]);
    expect(document.querySelector('a[href="https://undocs.org/en/"]')!.hasAttribute('data-symbol')).toBe(false);
  });

  it('resolves "its resolution" through the page symbol', () => {
    scan('<p>The Council recalls its resolution 1325 (2000).</p>', { pageSymbol: 'S/RES/2242(2015)' });
    expect(symbolsOf()).toEqual(['S/RES/1325(2000)']);
  });

  it('links nothing in fields, code, editable or hidden regions', () => {
    scan(
      '<p>A: <code>resolution 70/1</code></p><pre>resolution 70/1</pre><textarea>resolution 70/1</textarea>' +
        '<div contenteditable="true"><p>resolution 70/1</p></div><p hidden>resolution 70/1</p><p aria-hidden="true">resolution 70/1</p>' +
        '<div data-resolute="panel"><p>resolution 70/1</p></div><button>resolution 70/1</button>',
    );
    expect(wrappers()).toEqual([]);
  });
});

describe('teardown', () => {
  const serialize = () => document.body.innerHTML; // eslint-disable-line resolute/no-html-sinks -- reading, not writing
  const textNodes = () => {
    const found: Text[] = [];
    const walker = document.createTreeWalker(document.body, 4);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) found.push(n as Text);
    return found;
  };

  it('takes every change back: same markup, the same Text objects, link attributes as they were', () => {
    const html =
      '<p class="x">Recalling <em>resolution</em> 2231 (2015) and resolutions 70/1 and 70/125 of the Assembly.</p>' +
      '<p>See <a href="https://example.org">resolution 2331 (2016)</a> and <a class="ext" href="https://undocs.org/A/RES/76/186" aria-describedby="own">76/186</a>.</p>';
    document.body.innerHTML = html; // eslint-disable-line resolute/no-html-sinks -- test fixture markup
    const before = serialize();
    const originals = textNodes();
    const h = scan(html, {}, false);
    // scan() set the same markup again: take the nodes of that DOM.
    const nodes = textNodes();
    h.clock.runAll();
    expect(serialize()).not.toBe(before);
    const link = document.querySelector('a.ext')!;
    link.setAttribute('aria-expanded', 'false'); // as the popover does on a marked link
    h.destroy();
    expect(serialize()).toBe(before);
    expect(textNodes()).toEqual(nodes);
    expect(textNodes().every((node, i) => node === nodes[i])).toBe(true);
    expect(originals.length).toBe(nodes.length);
    expect(link.getAttribute('class')).toBe('ext');
    expect(link.getAttribute('aria-describedby')).toBe('own');
    expect(link.hasAttribute('aria-expanded')).toBe(false);
  });

  it('random small pages with citations come back exactly (property)', () => {
    const words = ['resolution', 'resolutions', '2231 (2015)', '70/1', 'and', 'S/RES/1325 (2000)', 'its', 'A/76/263', '  ', '\n', 'text'];
    const inline = ['em', 'strong', 'span', 'a', 'b'];
    const leaf = fc.constantFrom(...words).map((w) => w);
    const element: fc.Memo<string> = fc.memo((depth) =>
      depth <= 1
        ? leaf
        : fc.oneof(
            leaf,
            fc
              .tuple(fc.constantFrom(...inline, 'p', 'li', 'div'), fc.array(element(depth - 1), { maxLength: 4 }))
              .map(([tag, children]) => {
                const attrs = tag === 'a' ? (children.length % 2 === 0 ? ' href="https://undocs.org/A/RES/70/1"' : ' href="/local"') : '';
                return `<${tag}${attrs}>${children.join(' ')}</${tag}>`;
              }),
          ),
    );
    fc.assert(
      fc.property(fc.array(element(4), { minLength: 1, maxLength: 5 }), (parts) => {
        const html = `<p>${parts.join(' ')}</p>`;
        const h = scan(html, {}, false);
        const before = serialize();
        const nodes = textNodes();
        h.clock.runAll();
        h.destroy();
        expect(serialize()).toBe(before);
        expect(textNodes().every((node, i) => node === nodes[i])).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('scheduling', () => {
  it('links the first screen in the first frame; the rest in idle chunks within the budget', () => {
    const paragraphs = Array.from(
      { length: 300 },
      (_, i) => `<p id="p${i}">Recalling resolution ${(i % 40) + 31}/${i + 1} of the Assembly.</p>`,
    ).join('');
    const near = new Set(['p0', 'p1', 'p2']);
    // Each block linked costs 1 ms of the fake clock.
    const h = scan(paragraphs, { nearViewport: (e) => near.has(e.id), budgetMs: 8, onLinked: () => h.clock.spend(1) }, false);
    const clock = h.clock;
    expect(clock.runFrame()).toBe(1);
    const linkedInFrame = document.querySelectorAll('a.resolute-citation').length;
    // The first screen is linked at the first frame (before any idle time).
    expect(['p0', 'p1', 'p2'].every((id) => document.querySelector(`#${id} a.resolute-citation`) !== null)).toBe(true);
    expect(linkedInFrame).toBeLessThan(300);
    clock.runAll();
    expect(document.querySelectorAll('a.resolute-citation').length).toBe(300);
    expect(h.firstPass()).toBe(true);
  });

  it('never runs more than the budget in one callback (one block at least)', () => {
    const paragraphs = Array.from({ length: 100 }, (_, i) => `<p>resolution ${(i % 40) + 31}/${i + 1}</p>`).join('');
    const h = scan(paragraphs, { nearViewport: () => false, budgetMs: 8, onLinked: () => clock.spend(3) }, false);
    const clock = h.clock;
    const longest: number[] = [];
    for (let i = 0; i < 1000 && (clock.pending().frames > 0 || clock.pending().idles > 0); i++) {
      const start = clock.now();
      if (clock.runFrame() === 0) clock.runIdle(50);
      longest.push(clock.now() - start);
    }
    // 3 ms per block, 8 ms budget: at most three blocks (9 ms) in one callback.
    expect(Math.max(...longest)).toBeLessThanOrEqual(9);
    expect(document.querySelectorAll('a.resolute-citation').length).toBe(100);
  });
});

describe('scheduling: finding apart from wrapping', () => {
  const page = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p id="p${i}">Recalling resolution ${(i % 40) + 31}/${i + 1} of the Assembly.</p>`).join('');
  const linkedCount = () => document.querySelectorAll('a.resolute-citation').length;

  it('idle callbacks only read (no wrapper goes in); frames wrap; done means every block wrapped', () => {
    const h = scan(page(120), { nearViewport: (e) => e.id === 'p0', writeBudgetMs: 2, onLinked: () => h.clock.spend(1) }, false);
    const clock = h.clock;
    clock.runFrame();
    expect(linkedCount()).toBe(1);
    // Read everything ahead in idle time: the DOM does not change there.
    while (clock.pending().idles > 0) {
      const before = linkedCount();
      clock.runIdle(50);
      expect(linkedCount()).toBe(before);
    }
    expect(h.firstPass()).toBe(false);
    // Then a few blocks per frame (1 ms each, 2 ms per frame).
    const perFrame: number[] = [];
    while (clock.pending().frames > 0) {
      const before = linkedCount();
      clock.runFrame();
      perFrame.push(linkedCount() - before);
      if (clock.pending().frames > 0) expect(h.firstPass()).toBe(false);
    }
    expect(Math.max(...perFrame)).toBe(2);
    expect(linkedCount()).toBe(120);
    expect(h.firstPass()).toBe(true);
  });

  it('measures the first screen before it wraps any of it (no layout read after a write)', () => {
    /** How many wrappers were in the page at each measurement. */
    const wrappedWhenMeasured: number[] = [];
    const onScreen = (e: Element) => e.localName === 'p' && Number(e.id.slice(1)) < 10;
    const h = scan(page(60), { nearViewport: (e) => (wrappedWhenMeasured.push(linkedCount()), onScreen(e)) }, false);
    h.clock.runFrame();
    // <body>, 10 on screen, then a run of 40 off it ends the first screen: all measured, then wrapped.
    expect(wrappedWhenMeasured.length).toBe(51);
    expect(wrappedWhenMeasured.every((n) => n === 0)).toBe(true);
    expect(linkedCount()).toBe(10);
    h.clock.runAll();
    expect(linkedCount()).toBe(60);
  });

  it('a changed block is measured at the next frame, not in the mutation callback', () => {
    let measured = 0;
    const h = scan('<div id="feed"><p id="x">resolution 70/1</p></div>', { nearViewport: () => (measured++, true) });
    measured = 0;
    document.getElementById('x')!.append(' and resolution 70/125');
    h.flushMutations();
    expect(measured).toBe(0);
    h.clock.runFrame();
    expect(measured).toBe(1);
    expect(symbolsOf()).toEqual(['A/RES/70/1', 'A/RES/70/125']);
  });
});

describe('following changes', () => {
  it('links new and changed text once; its own changes are not read as page changes', () => {
    let linkedBlocks = 0;
    const h = scan('<div id="feed"><p>resolution 70/1</p></div>', { onLinked: () => linkedBlocks++ });
    expect(linkedBlocks).toBe(1);
    const item = document.createElement('p');
    item.textContent = 'Security Council resolution 2231 (2015)';
    document.getElementById('feed')!.append(item);
    h.flushMutations();
    h.clock.runAll();
    expect(symbolsOf()).toEqual(['A/RES/70/1', 'S/RES/2231(2015)']);
    expect(linkedBlocks).toBe(2);
    // Nothing more to do: Resolute's wrapping caused no rescans.
    h.flushMutations();
    h.clock.runAll();
    expect(linkedBlocks).toBe(2);
    // A changed block is read again, once, without wrappers in wrappers.
    item.append(' and resolution 70/125');
    h.flushMutations();
    h.clock.runAll();
    expect(symbolsOf()).toEqual(['A/RES/70/1', 'S/RES/2231(2015)', 'A/RES/70/125']);
    expect(document.querySelectorAll('.resolute-citation .resolute-citation').length).toBe(0);
    expect(linkedBlocks).toBe(3);
  });

  it('a storm of mutations becomes one rescan once the page settles', () => {
    let linkedBlocks = 0;
    const h = scan('<div id="list"></div>', { onLinked: () => linkedBlocks++, settleMs: 300, stormBlocks: 200 });
    const list = document.getElementById('list')!;
    for (let i = 0; i < 250; i++) {
      const p = document.createElement('p');
      p.textContent = `resolution ${(i % 40) + 31}/${i + 1}`;
      list.append(p);
    }
    h.flushMutations();
    // Nothing is scheduled but the settle timer.
    expect(h.clock.pending()).toEqual({ frames: 0, idles: 0, timeouts: 1 });
    // More changes while it settles push the rescan back.
    h.clock.advance(200);
    const late = document.createElement('p');
    late.textContent = 'resolution 75/999';
    list.append(late);
    h.flushMutations();
    h.clock.advance(200);
    expect(linkedBlocks).toBe(0);
    h.clock.runAll();
    expect(linkedBlocks).toBe(251);
    expect(document.querySelectorAll('a.resolute-citation').length).toBe(251);
  });
});
