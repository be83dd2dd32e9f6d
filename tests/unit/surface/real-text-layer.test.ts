// @vitest-environment happy-dom
/**
 * The text-layer mapping on what real UN PDFs give pdf.js (ADR 0020), from their pages' text items
 * kept as JSON (tests/fixtures/text-items): the reader's page text is `scan`'s; on a layer built as
 * pdf.js's viewer leaves it for such files (marked content, the spans under the PDF's own links
 * without their role, figures' `span[role=img]`), every citation of the page is placed and
 * wrapped whole; and the glyph widths put a citation inside a longer item on pdf.js's glyphs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations';
import { citationMarks } from '../../../lib/reader/citation-marks';
import { glyphEdges, pdfjsGlyphWidths } from '../../../lib/surface/glyph-advances';
import { linkCitations } from '../../../lib/surface/link-citations';
import { pdfPageText } from '../../../lib/surface/pdf-page-text';
import { pdfTextLayerSurface, textLayerBlock } from '../../../lib/surface/pdf-text-layer';
import { fakeTextLayer } from './fake-text-layer';
import { contextOf, realPages, type RealPage } from './real-text-items';
import { pdfjsNormalize } from './seed-pages';

const pages = realPages();
let normalize: (s: string) => string;

beforeAll(async () => {
  normalize = await pdfjsNormalize();
});

/**
 * The layer as pdf.js's viewer leaves it on a tagged PDF with link annotations: the accessibility
 * manager takes `role` off the span a link points into (here: every span that is a citation of its
 * own, as on A/RES/80/173) and the struct tree puts a figure's `span[role=img]` into marked content.
 */
function viewerLikeLayer(page: RealPage): HTMLElement {
  const layer = fakeTextLayer(page.raw);
  for (const span of layer.querySelectorAll('span[role="presentation"]')) {
    if (/^[A-Z]+\/[\w./-]+$/.test(span.textContent ?? '')) {
      span.removeAttribute('role');
      span.setAttribute('aria-owns', 'pdfjs_internal_id_1R');
    }
  }
  const figure = document.createElement('span');
  figure.setAttribute('role', 'img');
  figure.setAttribute('aria-label', 'UN emblem');
  (layer.querySelector('.markedContent') ?? layer).append(figure);
  return layer;
}

describe('the text-layer mapping on real UN PDFs', () => {
  it('has the fixtures it tests: seven files, their pages and fonts', () => {
    expect(new Set(pages.map((p) => p.file)).size).toBe(7);
    expect(pages.every((p) => p.items.length > 0 && Object.keys(p.fonts).length > 0 && p.glyphs.length > 0)).toBe(true);
  });

  for (const page of pages) {
    describe(`${page.file}, page ${page.page}`, () => {
      it('reads the page text `scan` reads', () => {
        expect(pdfPageText(page.items, normalize).text).toBe(page.scanText);
      });

      it('places and wraps every citation of the page on a layer as the viewer leaves it', () => {
        const layer = viewerLikeLayer(page);
        const block = textLayerBlock({ pageNumber: page.page, layer, items: page.raw }, normalize);
        const citations = findCitations(block.text, contextOf(page.file));
        expect(citations.length).toBeGreaterThan(0);
        expect(citations.filter((c) => block.unplaced(c.start, c.end))).toEqual([]);
        const before = layer.textContent;
        const linked = linkCitations(
          block,
          citationMarks(block.key, citations, 'en', (c) => c.text),
          pdfTextLayerSurface(() => undefined),
        );
        expect(linked).toHaveLength(citations.length);
        for (const { mark, elements } of linked) {
          expect(
            elements
              .map((el) => el.textContent)
              .join('')
              .replace(/\s+/g, ''),
          ).toBe(mark.citation.text.replace(/\s+/g, ''));
        }
        expect(layer.textContent).toBe(before);
      });
    });
  }

  it('finds the spans the viewer took the role off (the cause of whole pages left unlinked)', () => {
    const page = pages.find((p) => p.file === 'A_RES_80_173.en.pdf' && p.page === 1)!;
    const layer = viewerLikeLayer(page);
    const nonEmpty = page.items.filter((item) => item.str !== '').length;
    expect(layer.querySelectorAll('span[role="presentation"]').length).toBeLessThan(nonEmpty);
    const block = textLayerBlock({ pageNumber: 1, layer, items: page.raw }, normalize);
    const link = findCitations(block.text, contextOf(page.file)).find((c) => c.text === 'A/80/L.41')!;
    expect(block.rangesOf(link.start, link.end).map((r) => r.node.parentElement?.getAttribute('aria-owns'))).toEqual([
      'pdfjs_internal_id_1R',
    ]);
  });
});

/** How far (in PDF points) from pdf.js's glyphs the glyph widths put each citation inside a longer item, at the worse end. */
function partialCitationErrors(page: RealPage): number[] {
  const block = pdfPageText(page.items, normalize);
  const errors: number[] = [];
  for (const citation of findCitations(block.text, contextOf(page.file))) {
    for (const { item, start, end } of block.itemRangesOf(citation.start, citation.end)) {
      const raw = page.items[item]!;
      const shown = raw.str.slice(start, end);
      if ((start === 0 && end === raw.str.length) || shown.trim() === '') continue;
      const widths = pdfjsGlyphWidths(page.fonts[raw.fontName]);
      const edges = widths === null ? null : glyphEdges(raw, widths);
      if (edges === null) {
        errors.push(Infinity);
        continue;
      }
      const [x = 0, , , , , y = 0] = [raw.transform[4], 0, 0, 0, 0, raw.transform[5]];
      // Leading and trailing spaces have no glyph box of their own.
      const lead = shown.length - shown.trimStart().length;
      const trail = shown.length - shown.trimEnd().length;
      const left = x + edges[start + lead]! * raw.width;
      const right = x + edges[end - trail]! * raw.width;
      const run = glyphRun(page, shown, left, y);
      errors.push(run === null ? Infinity : Math.max(Math.abs(left - run.left), Math.abs(right - run.right)));
    }
  }
  return errors;
}

/** The glyphs showing `text` (spaces ignored) on the baseline `y`, starting nearest to `x`. */
function glyphRun(page: RealPage, text: string, x: number, y: number): { left: number; right: number } | null {
  const wanted = text.replace(/\s+/g, '');
  const line = page.glyphs.filter((g) => Math.abs(g.baseline - y) < 1 && g.char.trim() !== '');
  const chars = line.map((g) => g.char).join('');
  let best: { left: number; right: number } | null = null;
  for (let at = chars.indexOf(wanted); at !== -1; at = chars.indexOf(wanted, at + 1)) {
    const run = { left: line[at]!.left, right: line[at + wanted.length - 1]!.right };
    if (best === null || Math.abs(run.left - x) < Math.abs(best.left - x)) best = run;
  }
  return best;
}

describe('citations inside a longer item sit on their glyphs', () => {
  it("every one on the kept pages is within 2 px at 100% (1.5 points) of pdf.js's glyphs", () => {
    const errors = pages.flatMap((page) => partialCitationErrors(page).map((error) => ({ file: page.file, page: page.page, error })));
    // Justified lines in Word, Distiller and OCR output, in English and Russian.
    expect(errors.length).toBeGreaterThan(20);
    expect(errors.filter(({ error }) => error > 1.5)).toEqual([]);
  });
});
