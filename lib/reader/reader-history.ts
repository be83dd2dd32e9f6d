/**
 * The reader in the tab's history: which trail step this entry is, where in the document it was
 * left, and the keys that move through it. The trail's steps are kept in sessionStorage (per
 * tab, survives reloads); each history entry keeps its step index and scroll position in
 * `history.state` (ADR 0006). Pure rules are in lib/reader/trail.ts and history-entry.ts.
 */
import { enterStep, parseTrail, replaceStep, revisitStep, type Trail, type TrailStep } from './trail';
import { sameReaderAddress } from './address-page';
import { readHistoryState, writeHistoryState, type ScrollPosition } from './history-entry';

const TRAIL_KEY = 'resolute.reader.trail';
/** Set just before the language switch replaces this entry: the next page takes the same step. */
const REPLACING_KEY = 'resolute.reader.replacing';

export interface ReaderHistory {
  readonly trail: Trail;
  /** Where this entry was left, when it was visited before (Back, Forward, reload). */
  readonly savedPosition: ScrollPosition | null;
  /** Records what is now known about the current step (its symbol, once read from the PDF). */
  updateStep(step: TrailStep): Trail;
  savePosition(position: ScrollPosition): void;
  /** Replaces this entry by `address` (the same step in another language). */
  replaceWith(address: string): void;
  goToStep(index: number): void;
  /** Reads the trail again after the page comes back from the back/forward cache. */
  reenter(): Trail;
}

/** The reader's address as the trail stores it: `reader.html?…`, everything after the page name. */
export function currentAddress(win: Window): string {
  const href = win.location.href;
  const at = href.indexOf('reader.html');
  return at === -1 ? 'reader.html' : href.slice(at);
}

export function enterReaderHistory(win: Window, step: TrailStep): ReaderHistory {
  const own = readHistoryState(win.history.state);
  const stored = loadTrail(win);
  let trail: Trail;
  if (own !== null) {
    trail = revisitStep(stored, own.trailIndex, step);
  } else if (isReplacing(win.sessionStorage.getItem(REPLACING_KEY), step.address)) {
    trail = replaceStep(stored, step);
  } else {
    trail = enterStep(stored, step);
  }
  win.sessionStorage.removeItem(REPLACING_KEY);
  let position = own?.position ?? null;
  const writeState = () =>
    win.history.replaceState(
      writeHistoryState(win.history.state, position === null ? { trailIndex: trail.current } : { trailIndex: trail.current, position }),
      '',
    );
  writeState();
  storeTrail(win, trail);

  return {
    get trail() {
      return trail;
    },
    savedPosition: position,
    updateStep(next) {
      trail = replaceStep(trail, next);
      storeTrail(win, trail);
      return trail;
    },
    savePosition(next) {
      position = next;
      writeState();
    },
    replaceWith(address) {
      win.sessionStorage.setItem(REPLACING_KEY, address);
      win.location.replace(address);
    },
    goToStep(index) {
      const delta = index - trail.current;
      if (delta !== 0) win.history.go(delta);
    },
    reenter() {
      trail = revisitStep(loadTrail(win), trail.current, trail.steps[trail.current] ?? step);
      storeTrail(win, trail);
      return trail;
    },
  };
}

/**
 * Alt+Left / Alt+Right go back and forward. Browsers do this themselves in a tab, but not in
 * every embedding (a headless browser has no such shortcut), and a page that handles it and
 * cancels the event never goes two steps.
 */
export function listenForHistoryKeys(win: Window, signal: AbortSignal): void {
  win.addEventListener(
    'keydown',
    (event) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) return;
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      const target = event.target as HTMLElement | null;
      if (target?.isContentEditable || target?.tagName === 'INPUT' || target?.tagName === 'TEXTAREA') return;
      event.preventDefault();
      if (event.key === 'ArrowLeft') win.history.back();
      else win.history.forward();
    },
    { signal },
  );
}

function isReplacing(replacing: string | null, address: string): boolean {
  return replacing !== null && sameReaderAddress(replacing, address);
}

function loadTrail(win: Window): Trail | null {
  try {
    return parseTrail(JSON.parse(win.sessionStorage.getItem(TRAIL_KEY) ?? 'null'));
  } catch {
    return null;
  }
}

function storeTrail(win: Window, trail: Trail): void {
  try {
    win.sessionStorage.setItem(TRAIL_KEY, JSON.stringify(trail));
  } catch {
    // Storage full or disabled: the trail then lasts as long as the page.
  }
}
