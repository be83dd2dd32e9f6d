/**
 * Keeps each linked page's citations and highlights on their glyphs (ADR 0020): placed at once
 * from the fonts' glyph widths (an estimate, ready with the text layer), placed again exactly when
 * the page's operator list arrives (`PdfView.glyphs`), and again whenever the layer changes: a
 * highlight drawn or removed (a mutation inside the layer), a zoom (pdf.js re-lays the kept layer
 * out and says `textlayerrendered` again).
 */
import { glyphEdges } from '../../lib/surface/glyph-advances';
import { itemCharBoxes, type CharBoxes } from '../../lib/surface/item-glyphs';
import type { PageGlyph } from '../../lib/surface/operator-glyphs';
import type { PdfPageBlock, TextLayerSource } from '../../lib/surface/pdf-text-layer';
import { placeOnGlyphs } from './glyph-placement';

export interface GlyphPlacement {
  /** Places the page's wrappers now, and keeps them placed until the layer goes. */
  watch(block: PdfPageBlock): void;
}

interface Watched {
  block: PdfPageBlock;
  estimates: Map<number, CharBoxes | null>;
  exact: Array<CharBoxes | null> | null;
  /** Whether the operator list was asked for and not answered yet. */
  asking: boolean;
  observer: MutationObserver;
  scheduled: boolean;
}

export function glyphPlacement(options: {
  /** The page's glyphs as pdf.js draws them. */
  glyphs: (pageNumber: number) => Promise<PageGlyph[]>;
  /** Text layers as pdf.js (re-)renders them: a zoom renders a kept layer again. */
  relayouts: TextLayerSource;
  signal: AbortSignal;
}): GlyphPlacement {
  const { signal } = options;
  const watched = new Map<Element, Watched>();

  const boxesOf = (state: Watched) => (item: number) => {
    const exact = state.exact?.[item];
    if (exact) return exact;
    if (!state.estimates.has(item)) state.estimates.set(item, estimate(state.block, item));
    return state.estimates.get(item)!;
  };
  const place = (state: Watched) => {
    state.scheduled = false;
    if (signal.aborted || !state.block.root.isConnected) return;
    placeOnGlyphs(state.block, boxesOf(state));
    // For tests: how the page was last placed, and at which layer width (a zoom changes it).
    const root = state.block.root;
    root.setAttribute(
      'data-resolute-glyphs',
      `${state.exact !== null ? 'exact' : 'estimate'} ${root.getBoundingClientRect().width.toFixed(0)}`,
    );
    // Placing writes only classes and styles, never children: no mutation record of its own.
    state.observer.takeRecords();
  };
  const schedule = (state: Watched) => {
    if (state.scheduled) return;
    state.scheduled = true;
    queueMicrotask(() => place(state));
  };

  /** Asks for the page's glyphs; a failure (pdf.js tore the page down meanwhile) is asked again on the next render. */
  const askExact = (state: Watched) => {
    if (state.exact !== null || state.asking) return;
    state.asking = true;
    const { block } = state;
    options.glyphs(block.pageNumber).then(
      (glyphs) => {
        state.asking = false;
        if (signal.aborted || watched.get(block.root) !== state) return;
        state.exact = itemCharBoxes(block.items, glyphs);
        place(state);
        // What `npm run bench -- reader` measures against `resolute:text-layer:N`.
        block.root.ownerDocument.defaultView?.performance.mark(`resolute:on-glyphs:${block.pageNumber}`);
      },
      () => {
        state.asking = false; // the estimate stays meanwhile
      },
    );
  };

  options.relayouts(({ layer }) => {
    const state = watched.get(layer);
    if (state === undefined) return;
    place(state);
    askExact(state);
  }, signal);
  signal.addEventListener(
    'abort',
    () => {
      for (const state of watched.values()) state.observer.disconnect();
      watched.clear();
    },
    { once: true },
  );

  return {
    watch(block) {
      if (signal.aborted) return;
      // Layers pdf.js threw away (pages far from view) are forgotten.
      for (const [root, state] of watched) {
        if (!root.isConnected) {
          state.observer.disconnect();
          watched.delete(root);
        }
      }
      const win = block.root.ownerDocument.defaultView!;
      const state: Watched = {
        block,
        estimates: new Map(),
        exact: null,
        asking: false,
        observer: undefined as unknown as MutationObserver,
        scheduled: false,
      };
      state.observer = new win.MutationObserver(() => schedule(state));
      state.observer.observe(block.root, { childList: true, subtree: true });
      watched.set(block.root, state);
      place(state);
      askExact(state);
    },
  };
}

/** Char boxes from the font's glyph widths (`glyphEdges`), or null. */
function estimate(block: PdfPageBlock, item: number): CharBoxes | null {
  const raw = block.items[item]!;
  const fontName = (raw as { fontName?: unknown }).fontName;
  const widths = typeof fontName === 'string' ? block.glyphWidths(fontName) : null;
  const edges = widths === null ? null : glyphEdges(raw, widths);
  return edges === null ? null : { left: edges.slice(0, -1), right: edges.slice(1) };
}
