// @vitest-environment happy-dom
/**
 * A text layer pdf.js started again mid-way (a zoom while its text streamed in) holds the cancelled
 * render's spans before the complete render's: on the real pages' items, removing them leaves the
 * layer exactly as one render builds it, and every item is matched to its own span again.
 */
import { describe, expect, it } from 'vitest';
import { removeCancelledRender, topLevelNodeCount } from '../../../lib/surface/cancelled-text-render';
import { isTextItem } from '../../../lib/surface/pdf-text-layer';
import { itemSpans } from '../../../lib/surface/text-layer-spans';
import { fakeTextLayer, markup } from './fake-text-layer';
import { realPages } from './real-text-items';

/** The layer pdf.js leaves when its first render was cancelled after `cut` items and the second one finished. */
function restartedLayer(raw: readonly object[], cut: number): HTMLElement {
  const layer = fakeTextLayer(raw);
  const stale = fakeTextLayer(raw.slice(0, cut));
  layer.prepend(...stale.childNodes);
  stale.remove();
  const end = document.createElement('div');
  end.className = 'endOfContent';
  layer.append(end);
  return layer;
}

function completeLayer(raw: readonly object[]): HTMLElement {
  const layer = fakeTextLayer(raw);
  const end = document.createElement('div');
  end.className = 'endOfContent';
  layer.append(end);
  return layer;
}

describe('topLevelNodeCount', () => {
  it('counts a span per non-empty text item, a <br> per end of line, one wrapper per outermost marked content', () => {
    const items = [
      { str: 'Security Council', hasEOL: true },
      { str: '', hasEOL: false },
      { type: 'beginMarkedContentProps', id: 'mc0' },
      { str: 'resolution 1701', hasEOL: false },
      { type: 'beginMarkedContent' },
      { str: '(2006)', hasEOL: true },
      { type: 'endMarkedContent' },
      { type: 'endMarkedContent' },
      { str: ' ', hasEOL: false },
    ];
    expect(topLevelNodeCount(items)).toBe(4);
    expect(fakeTextLayer(items).childNodes.length).toBe(4);
  });

  it("gives up past pdf.js's cap on the spans of one layer", () => {
    expect(topLevelNodeCount(Array.from({ length: 100_001 }, () => ({ str: 'a' })))).toBeNull();
  });
});

describe('removeCancelledRender on the real UN pages', () => {
  const pages = realPages();

  it('leaves a layer one render built as it is', () => {
    for (const page of pages) {
      const layer = completeLayer(page.raw);
      const before = markup(layer);
      expect(removeCancelledRender(layer, page.raw)).toBe(0);
      expect(markup(layer)).toBe(before);
      layer.remove();
    }
  });

  it('removes what a render cancelled after a third, a half or all but one of the items left, and nothing else', () => {
    let removed = 0;
    for (const page of pages) {
      const complete = completeLayer(page.raw);
      for (const cut of [Math.floor(page.raw.length / 3), Math.floor(page.raw.length / 2), page.raw.length - 1]) {
        const layer = restartedLayer(page.raw, cut);
        removed += removeCancelledRender(layer, page.raw);
        expect({ file: page.file, page: page.page, cut, layer: markup(layer) }).toEqual({
          file: page.file,
          page: page.page,
          cut,
          layer: markup(complete),
        });
        layer.remove();
      }
      complete.remove();
    }
    expect(removed).toBeGreaterThan(0);
  });

  it("matches each item to the complete render's span again (the stale copy took the first items before)", () => {
    const page = pages.find((p) => p.file === 'A_RES_80_173.en.pdf' && p.items.length > 20)!;
    const layer = restartedLayer(page.raw, Math.floor(page.raw.length / 2));
    const items = page.raw.filter(isTextItem);
    const staleFirst = itemSpans(layer, items).find((span) => span !== null)!;
    removeCancelledRender(layer, page.raw);
    expect(staleFirst.isConnected).toBe(false);
    const spans = itemSpans(layer, items);
    expect(spans.every((span, i) => (items[i]!.str === '') === (span === null))).toBe(true);
    expect(spans.every((span) => span === null || layer.contains(span))).toBe(true);
    layer.remove();
  });
});
