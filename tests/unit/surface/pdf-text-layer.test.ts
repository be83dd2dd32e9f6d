// @vitest-environment happy-dom
/**
 * The PDF surface on a text layer built the way pdf.js builds it (one `span[role=presentation]`
 * per non-empty item, `<br>` after end-of-line items, marked content as nested spans), from the
 * seed PDFs' real items. The real pdf.js layer is checked in Chromium (tests/e2e/reader).
 */
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations';
import { citationMarks } from '../../../lib/reader/citation-marks';
import { linkCitations } from '../../../lib/surface/link-citations';
import { pdfTextLayerSurface, textLayerBlock, type RenderedTextLayer } from '../../../lib/surface/pdf-text-layer';
import { fakeTextLayer } from './fake-text-layer';
import { pdfjsNormalize, seedPages } from './seed-pages';

const label = (c: { text: string }) => `label ${c.text}`;

async function linkedSeedPage(name: string, pageNumber: number, pageSymbol: string) {
  const pages = await seedPages(name);
  const raw = pages[pageNumber - 1]!.raw;
  const layer = fakeTextLayer(raw);
  const before = { text: layer.textContent, spans: layer.querySelectorAll('span[role="presentation"]').length };
  const block = textLayerBlock({ pageNumber, layer, items: raw }, await pdfjsNormalize());
  const citations = findCitations(block.text, { lang: 'ru', pageSymbol });
  const surface = pdfTextLayerSurface(() => undefined);
  const linked = linkCitations(block, citationMarks(block.key, citations, 'ru', label), surface);
  return { layer, before, citations, linked };
}

describe('the PDF text-layer surface', () => {
  it('links every citation of a seed page inside the spans, leaving the spans and their text as they were', async () => {
    const { layer, before, citations, linked } = await linkedSeedPage('a-res-76-186.ru.pdf', 2, 'A/RES/76/186');
    expect(citations.length).toBeGreaterThan(1);
    expect(linked).toHaveLength(citations.length);
    expect(layer.textContent).toBe(before.text);
    expect(layer.querySelectorAll('span[role="presentation"]')).toHaveLength(before.spans);
    const link = layer.querySelector('a[data-symbol="A/RES/64/293"]');
    expect(link?.getAttribute('href')).toBe('reader.html?symbol=A/RES/64/293&lang=ru');
    expect(link?.parentElement?.getAttribute('role')).toBe('presentation');
    // Each citation's elements together say exactly its text.
    for (const { mark, elements } of linked) {
      const shown = elements.map((el) => el.textContent).join('');
      expect(shown.replace(/\s+/g, '')).toBe(mark.citation.text.replace(/\s+/g, ''));
    }
  });

  it('marks a citation without a symbol (CCPCJ resolution 27/2) without linking it', async () => {
    const pages = await seedPages('a-res-76-186.ru.pdf');
    const pageNumber = pages.findIndex((page) => page.items.some((item) => item.str.includes('27/2'))) + 1;
    const { layer } = await linkedSeedPage('a-res-76-186.ru.pdf', pageNumber, 'A/RES/76/186');
    const mark = layer.querySelector('[data-citation-body="CCPCJ"]');
    expect(mark?.tagName).toBe('SPAN');
    expect(mark?.textContent).toContain('27/2');
    expect(mark?.closest('a')).toBeNull();
    expect(mark?.getAttribute('tabindex')).toBe('0');
    expect(mark?.getAttribute('aria-label')).toBe(`label ${mark?.textContent}`);
  });

  it('makes a citation split across items and lines ONE link: parts share an id, only the first is named and focusable', () => {
    const items = [
      { str: 'в резолюции Экономического и', hasEOL: true, transform: [10, 0, 0, 10, 0, 700], width: 150, height: 10 },
      { str: 'Социального Совета 2017/18 от', hasEOL: false, transform: [10, 0, 0, 10, 0, 685], width: 150, height: 10 },
    ];
    const layer = fakeTextLayer(items);
    const block = textLayerBlock({ pageNumber: 4, layer, items });
    const citations = findCitations(block.text, { lang: 'ru', pageSymbol: 'A/RES/76/186' });
    const [linked] = linkCitations(
      block,
      citationMarks(block.key, citations, 'ru', label),
      pdfTextLayerSurface(() => undefined),
    );
    expect(linked!.mark.citation.symbol).toBe('E/RES/2017/18');
    const parts = layer.querySelectorAll('a[data-citation-id="p4-c0"]');
    expect(parts).toHaveLength(2);
    expect(parts[0]!.getAttribute('aria-label')).toBe(`label ${linked!.mark.citation.text}`);
    expect(parts[0]!.hasAttribute('aria-hidden')).toBe(false);
    expect(parts[1]!.getAttribute('aria-hidden')).toBe('true');
    expect(parts[1]!.getAttribute('tabindex')).toBe('-1');
    expect([...parts].every((a) => a.getAttribute('data-symbol') === 'E/RES/2017/18')).toBe(true);
    expect(parts[0]!.textContent).toBe('резолюции Экономического и');
    expect(parts[1]!.textContent).toBe('Социального Совета 2017/18');
  });

  it('never gives up a page: an item whose span is missing or different is left out alone, the rest is linked', () => {
    const items = [
      { str: 'see resolution 64/293', hasEOL: true, transform: [10, 0, 0, 10, 0, 700], width: 100, height: 10 },
      { str: 'and resolution 70/1', hasEOL: true, transform: [10, 0, 0, 10, 0, 685], width: 100, height: 10 },
      { str: 'and resolution 71/1', hasEOL: false, transform: [10, 0, 0, 10, 0, 670], width: 100, height: 10 },
    ];
    const layer = fakeTextLayer(items);
    layer.querySelectorAll('span')[1]!.textContent = 'something else';
    const block = textLayerBlock({ pageNumber: 1, layer, items });
    const citations = findCitations(block.text, { lang: 'en' });
    expect(citations.map((c) => c.symbol)).toEqual(['A/RES/64/293', 'A/RES/70/1', 'A/RES/71/1']);
    expect(citations.map((c) => block.unplaced(c.start, c.end))).toEqual([false, true, false]);
    linkCitations(
      block,
      citationMarks(block.key, citations, 'en', label),
      pdfTextLayerSurface(() => undefined),
    );
    expect([...layer.querySelectorAll('a')].map((a) => [a.dataset.citationId, a.textContent])).toEqual([
      ['p1-c0', 'resolution 64/293'],
      ['p1-c2', 'resolution 71/1'],
    ]);
  });

  it('hands out each rendered layer once, and nothing after it is stopped', () => {
    const items = [{ str: 'резолюции 64/293', hasEOL: false, transform: [10, 0, 0, 10, 0, 700], width: 80, height: 10 }];
    const layer = fakeTextLayer(items);
    let deliver: (layer: RenderedTextLayer) => void = () => undefined;
    const surface = pdfTextLayerSurface((onLayer) => {
      deliver = onLayer;
    });
    const seen: string[] = [];
    const controller = new AbortController();
    surface.watch((block) => seen.push(block.key), controller.signal);
    deliver({ pageNumber: 7, layer, items });
    deliver({ pageNumber: 7, layer, items }); // pdf.js re-renders a kept layer at a new zoom
    expect(seen).toEqual(['p7']);
    controller.abort();
    deliver({ pageNumber: 8, layer: fakeTextLayer(items), items });
    expect(seen).toEqual(['p7']);
  });
});
