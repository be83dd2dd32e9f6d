/**
 * watchSiteEnabled over a fake `chrome.storage` (what `wxt/browser` resolves to outside Firefox):
 * the state at once, each flip, nothing after the signal aborts, and the page marker.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type ChangeListener = (changes: Record<string, unknown>, area: string) => void;

let store: Record<string, unknown>;
let listeners: Set<ChangeListener>;

function setStored(items: Record<string, unknown>): void {
  Object.assign(store, items);
  const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }]));
  for (const listener of listeners) listener(changes, 'local');
}

async function load() {
  vi.resetModules();
  return import('../../../entrypoints/content/site-switch');
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const present = () => (globalThis as Record<string, unknown>).__resoluteContentScript;

beforeEach(() => {
  store = {};
  listeners = new Set();
  vi.stubGlobal('chrome', {
    storage: {
      local: { get: (keys: string[]) => Promise.resolve(Object.fromEntries(keys.filter((k) => k in store).map((k) => [k, store[k]]))) },
      onChanged: { addListener: (l: ChangeListener) => listeners.add(l), removeListener: (l: ChangeListener) => listeners.delete(l) },
    },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('watchSiteEnabled', () => {
  it('says at once that a default site is on, then follows each flip, once per flip', async () => {
    const { watchSiteEnabled } = await load();
    const seen: boolean[] = [];
    const controller = new AbortController();
    watchSiteEnabled('https://www.un.org/en/', (on) => seen.push(on), controller.signal);
    await flush();
    expect(seen).toEqual([true]);
    setStored({ siteChoices: { 'www.un.org': false } });
    await flush();
    setStored({ openInReader: false }); // another setting: no flip, no call
    await flush();
    setStored({ siteChoices: { 'press.un.org': false } }); // another host: still on, no call
    await flush();
    expect(seen).toEqual([true, false, true]);
    controller.abort();
  });

  it('says off at once on a site that is not on', async () => {
    const { watchSiteEnabled } = await load();
    const seen: boolean[] = [];
    const controller = new AbortController();
    watchSiteEnabled('https://not-un.example/', (on) => seen.push(on), controller.signal);
    await flush();
    expect(seen).toEqual([false]);
    setStored({ allSites: true });
    await flush();
    expect(seen).toEqual([false, true]);
    controller.abort();
  });

  it('stops listening, calls nothing and clears the page marker once the signal aborts', async () => {
    const { watchSiteEnabled } = await load();
    const seen: boolean[] = [];
    const controller = new AbortController();
    watchSiteEnabled('https://www.un.org/', (on) => seen.push(on), controller.signal);
    expect(present()).toBe(true);
    controller.abort();
    expect(listeners.size).toBe(0);
    expect(present()).toBeUndefined();
    await flush();
    expect(seen).toEqual([]);
  });

  it('does nothing for an already aborted signal', async () => {
    const { watchSiteEnabled } = await load();
    const onChange = vi.fn();
    watchSiteEnabled('https://www.un.org/', onChange, AbortSignal.abort());
    await flush();
    expect(onChange).not.toHaveBeenCalled();
    expect(listeners.size).toBe(0);
  });
});
