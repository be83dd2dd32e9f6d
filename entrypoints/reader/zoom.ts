/**
 * Zoom, on pdf.js's viewer scale: in and out by pdf.js's own steps (as Firefox's viewer), the
 * presets (fit width, fit page, actual size), Ctrl+wheel around the pointer, the preset applied
 * again when the window is resized, and the choice remembered for the document (zoom-memory).
 * The text layer, and so Resolute's links and marks inside it, is scaled by pdf.js with the page.
 */
import {
  MAX_ZOOM,
  MIN_ZOOM,
  parseZoomMemory,
  parseZoomValue,
  recallZoom,
  rememberZoom,
  type ZoomValue,
} from '../../lib/reader/zoom-memory';
import type { PdfjsViewer } from './pdf-view';
import type { ViewerModel } from '../../components/reader/viewer/viewer-model';

const MEMORY_KEY = 'resolute.reader.zoom';

export interface Zoom {
  zoomIn: () => void;
  zoomOut: () => void;
  setZoom: (zoom: ZoomValue) => void;
}

/** The zoom to open a document at: the one last chosen for it, else pdf.js's 'auto'. */
export function initialZoom(storage: Storage | null, documentKey: string): string {
  const zoom = storage === null ? null : recallZoom(parseZoomMemory(safeGet(storage)), documentKey);
  return zoom === null ? 'auto' : String(zoom);
}

export function attachZoom(options: {
  pdfjs: PdfjsViewer;
  model: ViewerModel;
  storage: Storage | null;
  documentKey: string;
  signal: AbortSignal;
}): Zoom {
  const { pdfjs, model, storage, documentKey, signal } = options;
  const { viewer, eventBus } = pdfjs;
  const container = viewer.container;
  const win = container.ownerDocument.defaultView!;

  const onScale = ({ scale, presetValue }: { scale: number; presetValue?: string }) => {
    const zoom = parseZoomValue(presetValue ?? scale) ?? scale;
    model.set({ scale, zoom });
    if (storage !== null) safeSet(storage, JSON.stringify(rememberZoom(parseZoomMemory(safeGet(storage)), documentKey, zoom)));
  };
  eventBus.on('scalechanging', onScale);
  signal.addEventListener('abort', () => eventBus.off('scalechanging', onScale), { once: true });
  const preset = parseZoomValue(viewer.currentScaleValue);
  model.set({ scale: viewer.currentScale, zoom: preset ?? viewer.currentScale });

  const step = (steps: number, origin?: [number, number]) => {
    const next = viewer.currentScale;
    if ((steps > 0 && next >= MAX_ZOOM) || (steps < 0 && next <= MIN_ZOOM)) return;
    viewer.updateScale({ steps, ...(origin ? { origin } : {}) });
    if (viewer.currentScale > MAX_ZOOM) viewer.currentScale = MAX_ZOOM;
    if (viewer.currentScale < MIN_ZOOM) viewer.currentScale = MIN_ZOOM;
  };

  // Ctrl+wheel (and a touchpad's pinch, which browsers send as Ctrl+wheel) zooms the pages, not the tab.
  container.addEventListener(
    'wheel',
    (event) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      if (event.deltaY === 0) return;
      step(event.deltaY < 0 ? 1 : -1, [event.clientX, event.clientY]);
    },
    { signal, passive: false },
  );

  // A preset (fit width, fit page, auto) follows the window's size, as in Firefox's viewer.
  let frame = 0;
  let lastWidth = container.clientWidth;
  let lastHeight = container.clientHeight;
  const observer = new win.ResizeObserver(() => {
    if (frame !== 0) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (container.clientWidth === lastWidth && container.clientHeight === lastHeight) return;
      lastWidth = container.clientWidth;
      lastHeight = container.clientHeight;
      const value = viewer.currentScaleValue;
      if (typeof value === 'string' && Number.isNaN(Number(value))) viewer.currentScaleValue = value;
    });
  });
  observer.observe(container);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      win.cancelAnimationFrame(frame);
    },
    { once: true },
  );

  return {
    zoomIn: () => step(1),
    zoomOut: () => step(-1),
    setZoom(zoom) {
      viewer.currentScaleValue = String(zoom);
    },
  };
}

function safeGet(storage: Storage): string | null {
  try {
    return storage.getItem(MEMORY_KEY);
  } catch {
    return null;
  }
}

function safeSet(storage: Storage, value: string): void {
  try {
    storage.setItem(MEMORY_KEY, value);
  } catch {
    // Storage full or disabled: the zoom then lasts as long as the page.
  }
}
