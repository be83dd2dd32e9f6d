/**
 * The reader in the tab's history (lib/reader/reader-history.ts), on a fake window: which trail
 * step each history entry is, the scroll position it was left at, the language switch that
 * replaces a step, and the trail kept across pages in sessionStorage.
 */
import { describe, expect, it } from 'vitest';
import { currentAddress, enterReaderHistory } from '../../../lib/reader/reader-history';
import type { TrailStep } from '../../../lib/reader/trail';

/** One tab: a history of entries (each with its state) and the tab's sessionStorage. */
function fakeTab(href = 'chrome-extension://id/reader.html?symbol=A/RES/76/186&lang=ru') {
  const entries: { href: string; state: unknown }[] = [{ href, state: null }];
  let at = 0;
  const storage = new Map<string, string>();
  const calls: string[] = [];
  const win = {
    history: {
      get state() {
        return entries[at]!.state;
      },
      replaceState(state: unknown) {
        entries[at]!.state = structuredClone(state);
      },
      go(delta: number) {
        calls.push(`go ${delta}`);
      },
    },
    location: {
      get href() {
        return entries[at]!.href;
      },
      replace(address: string) {
        calls.push(`replace ${address}`);
      },
    },
    sessionStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
      removeItem: (key: string) => void storage.delete(key),
    },
  };
  /** A new page in this tab (a followed link): a new entry, the same sessionStorage. */
  const navigate = (next: string) => {
    entries.splice(at + 1, Infinity, { href: next, state: null });
    at++;
  };
  /** Back to the previous entry (its state as it was left). */
  const back = () => at--;
  return { win: win as unknown as Window, calls, navigate, back, storage };
}

const step = (symbol: string, lang: 'ru' | 'en' = 'ru'): TrailStep => ({
  address: `reader.html?symbol=${symbol}&lang=${lang}`,
  symbol,
  lang,
});
const position = { page: 3, fraction: 0.5, scrollTop: 1200, scale: 1.25 };

describe('the reader in the tab history', () => {
  it('names its address as the trail stores it', () => {
    expect(currentAddress(fakeTab('chrome-extension://id/reader.html?src=x').win)).toBe('reader.html?src=x');
    expect(currentAddress(fakeTab('chrome-extension://id/other.html').win)).toBe('reader.html');
  });

  it('starts a trail on a first visit and marks the history entry as its step', () => {
    const tab = fakeTab();
    const history = enterReaderHistory(tab.win, step('A/RES/76/186'));
    expect(history.trail).toEqual({ steps: [step('A/RES/76/186')], current: 0 });
    expect(history.savedPosition).toBeNull();
    expect(tab.win.history.state).toMatchObject({ resoluteReader: { trailIndex: 0 } });
  });

  it('adds a step for a followed citation and goes back to the first with its scroll position', () => {
    const tab = fakeTab();
    const first = enterReaderHistory(tab.win, step('A/RES/76/186'));
    first.savePosition(position);
    tab.navigate('chrome-extension://id/reader.html?symbol=A/RES/70/1&lang=ru');
    const second = enterReaderHistory(tab.win, step('A/RES/70/1'));
    expect(second.trail.steps.map((s) => s.symbol)).toEqual(['A/RES/76/186', 'A/RES/70/1']);
    expect(second.trail.current).toBe(1);

    tab.back();
    const again = enterReaderHistory(tab.win, step('A/RES/76/186'));
    expect(again.trail.current).toBe(0);
    expect(again.trail.steps).toHaveLength(2);
    expect(again.savedPosition).toEqual(position);
  });

  it('switches language in place: the next page takes the same step instead of adding one', () => {
    const tab = fakeTab();
    const history = enterReaderHistory(tab.win, step('A/RES/76/186'));
    history.replaceWith('reader.html?symbol=A/RES/76/186&lang=en');
    expect(tab.calls).toEqual(['replace reader.html?symbol=A/RES/76/186&lang=en']);
    tab.navigate('chrome-extension://id/reader.html?symbol=A/RES/76/186&lang=en');
    const switched = enterReaderHistory(tab.win, step('A/RES/76/186', 'en'));
    expect(switched.trail.steps).toEqual([step('A/RES/76/186', 'en')]);
  });

  it('goes to a trail step through the browser history, and nowhere for the current one', () => {
    const tab = fakeTab();
    enterReaderHistory(tab.win, step('A/RES/76/186'));
    tab.navigate('chrome-extension://id/reader.html?symbol=A/RES/70/1&lang=ru');
    const history = enterReaderHistory(tab.win, step('A/RES/70/1'));
    history.goToStep(0);
    history.goToStep(1);
    expect(tab.calls).toEqual(['go -1']);
  });

  it('records what is learnt about the current step, and keeps the trail when storage refuses it', () => {
    const tab = fakeTab();
    const history = enterReaderHistory(tab.win, { address: 'reader.html?src=https%3A%2F%2Fundocs.org%2Fx', symbol: null, lang: null });
    const known = { address: 'reader.html?src=https%3A%2F%2Fundocs.org%2Fx', symbol: 'A/RES/76/186', lang: 'ru' as const };
    tab.win.sessionStorage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(history.updateStep(known).steps).toEqual([known]);
    expect(history.trail.steps).toEqual([known]);
  });
});
