/**
 * The trail: the documents read in this tab, in the order of the tab's history
 * (`A/RES/76/186 › A/RES/64/293 › …`). It mirrors the browser's history rather than a log of
 * visits: going back and then following another citation drops the steps that were ahead, as the
 * browser drops its forward entries. Each history entry of the reader remembers its index in the
 * trail (in `history.state`), so Back, Forward and reload find their place again; the steps live
 * in the tab's sessionStorage. These functions are the pure part; the reader stores the result.
 */
import type { UnLang } from '../citations/types';
import { isUnLang } from './reader-address';
import { sameReaderAddress } from './address-page';

export interface TrailStep {
  /** The reader address of the step (`reader.html?symbol=…`), what a click on it returns to. */
  address: string;
  /** The document's symbol, once known (an address with only `src` learns it from the PDF). */
  symbol: string | null;
  lang: UnLang | null;
}

export interface Trail {
  steps: TrailStep[];
  /** Index of the step being shown. */
  current: number;
}

/** Oldest steps are forgotten past this: the trail is a way back, not a history file. */
export const MAX_TRAIL_STEPS = 50;

/** A new history entry (a followed citation, a typed address): after the current step, dropping the ones ahead. */
export function enterStep(trail: Trail | null, step: TrailStep): Trail {
  const kept = trail === null ? [] : trail.steps.slice(0, trail.current + 1);
  const steps = [...kept, step].slice(-MAX_TRAIL_STEPS);
  return { steps, current: steps.length - 1 };
}

/**
 * Back at an entry that has index `index` (Back, Forward, reload, a trail click), showing `step`.
 * If the stored trail does not reach that far (sessionStorage cleared, or an index from another
 * trail), the step starts a fresh trail rather than pointing at a wrong one.
 */
export function revisitStep(trail: Trail | null, index: number, step: TrailStep): Trail {
  if (trail === null || index < 0 || index >= trail.steps.length || !sameReaderAddress(trail.steps[index]!.address, step.address)) {
    return { steps: [step], current: 0 };
  }
  const steps = trail.steps.slice();
  steps[index] = step;
  return { steps, current: index };
}

/** The current step shows another document in place (the language switch). */
export function replaceStep(trail: Trail | null, step: TrailStep): Trail {
  if (trail === null || trail.steps.length === 0) return { steps: [step], current: 0 };
  const steps = trail.steps.slice();
  steps[trail.current] = step;
  return { steps, current: trail.current };
}

/** A trail read back from storage, or null when it is not one (storage is not to be trusted). */
export function parseTrail(value: unknown): Trail | null {
  if (typeof value !== 'object' || value === null) return null;
  const { steps, current } = value as { steps?: unknown; current?: unknown };
  if (!Array.isArray(steps) || steps.length === 0 || steps.length > MAX_TRAIL_STEPS) return null;
  if (typeof current !== 'number' || !Number.isInteger(current) || current < 0 || current >= steps.length) return null;
  const parsed: TrailStep[] = [];
  for (const step of steps as unknown[]) {
    if (typeof step !== 'object' || step === null) return null;
    const { address, symbol, lang } = step as Record<string, unknown>;
    if (typeof address !== 'string' || !address.startsWith('reader.html?')) return null;
    if (symbol !== null && typeof symbol !== 'string') return null;
    if (lang !== null && (typeof lang !== 'string' || !isUnLang(lang))) return null;
    parsed.push({ address, symbol, lang });
  }
  return { steps: parsed, current };
}
