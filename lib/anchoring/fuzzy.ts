/**
 * Fuzzy matching of a quote that no longer occurs exactly: a word changed, a footnote mark added,
 * a running header and footer now in the middle of it (another page break). Short quotes are
 * searched whole with Myers' algorithm; longer ones as up to five 32-unit pieces, each searched
 * on its own, and placed where enough pieces agree on where the quote starts. The search looks
 * near the mark's old place first, then in the whole text.
 */
import { approximateHits, endOf, MAX_PATTERN, startOf, type ApproxHit } from './myers';

/** Shorter quotes match too many places when edits are allowed: only exact matches for them. */
export const MIN_FUZZY_LENGTH = 8;
/** Share of a piece that may be edited. */
const ERROR_RATE = 0.25;
const MAX_PIECES = 5;
/** How far around the old place the first search looks. */
const NEAR = 4096;

export interface FuzzyMatch {
  start: number;
  end: number;
}

/** Where `quote` best matches `text` approximately (matching-text offsets), or null. */
export function fuzzyFind(text: string, quote: string, hint: number): FuzzyMatch | null {
  const m = quote.length;
  if (m < MIN_FUZZY_LENGTH || text.length === 0) return null;
  const near = { from: Math.max(0, hint - NEAR - m), to: Math.min(text.length, hint + m + NEAR) };
  const whole = { from: 0, to: text.length };
  for (const window of near.from === 0 && near.to === text.length ? [whole] : [near, whole]) {
    const found = m <= MAX_PATTERN ? findShort(text, quote, hint, window) : findLong(text, quote, hint, window);
    if (found !== null) return found;
  }
  return null;
}

interface Window {
  from: number;
  to: number;
}

function findShort(text: string, quote: string, hint: number, window: Window): FuzzyMatch | null {
  const maxErrors = Math.max(1, Math.floor(quote.length * ERROR_RATE));
  const hits = approximateHits(text, quote, maxErrors, window.from, window.to);
  const best = pick(hits, (hit) => [hit.distance, Math.abs(hit.start - hint)]);
  return best === undefined ? null : { start: best.start, end: best.end };
}

interface PieceHit extends ApproxHit {
  piece: number;
  /** Where the quote would start if this piece is where it was. */
  predicted: number;
}

function findLong(text: string, quote: string, hint: number, window: Window): FuzzyMatch | null {
  const m = quote.length;
  const count = Math.min(MAX_PIECES, Math.ceil(m / MAX_PATTERN));
  const offsets = Array.from({ length: count }, (_, i) => Math.round((i * (m - MAX_PATTERN)) / Math.max(1, count - 1)));
  const maxErrors = Math.floor(MAX_PATTERN * ERROR_RATE);
  const hits: PieceHit[] = [];
  offsets.forEach((offset, piece) => {
    for (const hit of approximateHits(text, quote.slice(offset, offset + MAX_PATTERN), maxErrors, window.from, window.to)) {
      hits.push({ ...hit, piece, predicted: hit.start - offset });
    }
  });
  // Pieces of one quote predict starts that differ by what was inserted or removed between them.
  const tolerance = Math.round(m * ERROR_RATE) + 120;
  hits.sort((a, b) => a.predicted - b.predicted);
  const needed = Math.max(2, Math.ceil(count * 0.4));
  let best: { pieces: PieceHit[]; distance: number; near: number } | undefined;
  for (let i = 0; i < hits.length; i++) {
    // The cluster of hits predicting a start within `tolerance` after hits[i], one per piece.
    const byPiece = new Map<number, PieceHit>();
    for (let j = i; j < hits.length && hits[j]!.predicted - hits[i]!.predicted <= tolerance; j++) {
      const hit = hits[j]!;
      const seen = byPiece.get(hit.piece);
      if (seen === undefined || hit.distance < seen.distance) byPiece.set(hit.piece, hit);
    }
    if (byPiece.size < needed) continue;
    const pieces = [...byPiece.values()].sort((a, b) => a.piece - b.piece);
    if (!inOrder(pieces)) continue;
    const distance = pieces.reduce((sum, hit) => sum + hit.distance, 0) + (count - pieces.length) * MAX_PATTERN;
    const near = Math.abs(pieces[0]!.predicted - hint);
    if (best === undefined || distance < best.distance || (distance === best.distance && near < best.near))
      best = { pieces, distance, near };
  }
  if (best === undefined) return null;
  const first = best.pieces[0]!;
  const lastHit = best.pieces[best.pieces.length - 1]!;
  // Where the first or last piece was not found, align the quote's head (tail) with the text
  // before (after) the nearest piece that was: an edited head still starts where it starts.
  const firstOffset = offsets[first.piece]!;
  const start =
    first.piece === 0
      ? first.start
      : startOf(text, quote.slice(0, firstOffset + MAX_PATTERN), first.end, Math.ceil(firstOffset * 0.6) + maxErrors);
  const tailOffset = offsets[lastHit.piece]!;
  const end =
    lastHit.piece === count - 1
      ? lastHit.end
      : endOf(text, quote.slice(tailOffset), lastHit.start, Math.ceil((m - tailOffset - MAX_PATTERN) * 0.6) + maxErrors);
  return end > start ? { start, end } : null;
}

/** The pieces' hits follow each other in the text as the pieces do in the quote. */
function inOrder(pieces: readonly PieceHit[]): boolean {
  for (let i = 1; i < pieces.length; i++) if (pieces[i]!.start < pieces[i - 1]!.start) return false;
  return true;
}

function pick<T>(items: readonly T[], key: (item: T) => number[]): T | undefined {
  let best: T | undefined;
  let bestKey: number[] = [];
  for (const item of items) {
    const k = key(item);
    if (best === undefined || compare(k, bestKey) < 0) {
      best = item;
      bestKey = k;
    }
  }
  return best;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
