/**
 * The zoom chosen for each document, remembered across visits (as Firefox's viewer keeps a
 * document's view in its history): a small most-recently-used list kept as one JSON value, so that
 * reading thousands of documents never grows the storage without bound.
 */

/** pdf.js's named scales, and numbers (1 = 100 %). */
export type ZoomValue = 'auto' | 'page-width' | 'page-fit' | 'page-actual' | number;

const NAMED = new Set(['auto', 'page-width', 'page-fit', 'page-actual']);
export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 5;
const LIMIT = 200;

export type ZoomMemory = ReadonlyArray<readonly [string, ZoomValue]>;

/** A zoom value from pdf.js's `scalechanging` (a preset name or a scale), or null when it is neither. */
export function parseZoomValue(value: unknown): ZoomValue | null {
  if (typeof value === 'string' && NAMED.has(value)) return value as ZoomValue;
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(number) && number >= MIN_ZOOM && number <= MAX_ZOOM ? number : null;
}

/** Reads the stored list; anything malformed is dropped, never thrown. */
export function parseZoomMemory(json: string | null): ZoomMemory {
  if (json === null) return [];
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.flatMap((entry: unknown) => {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string') return [];
      const zoom = parseZoomValue(entry[1]);
      return zoom === null ? [] : [[entry[0], zoom] as const];
    });
  } catch {
    return [];
  }
}

export function recallZoom(memory: ZoomMemory, key: string): ZoomValue | null {
  return memory.find(([k]) => k === key)?.[1] ?? null;
}

/** The list with `key` set to `zoom`, most recent first, the oldest dropped beyond `limit`. */
export function rememberZoom(memory: ZoomMemory, key: string, zoom: ZoomValue, limit = LIMIT): ZoomMemory {
  return [[key, zoom] as const, ...memory.filter(([k]) => k !== key)].slice(0, limit);
}
