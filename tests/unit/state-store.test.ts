/** The state object the reader's header and viewer toolbar render from (lib/state-store.ts). */
import { describe, expect, it } from 'vitest';
import { createStateStore } from '../../lib/state-store';

describe('state store', () => {
  it('replaces the state with each patch and tells every subscriber until it unsubscribes', () => {
    const store = createStateStore({ page: 1, zoom: 'auto' });
    const first = store.get();
    const seen: Array<[string, number]> = [];
    const stopA = store.subscribe((state) => seen.push(['a', state.page]));
    store.subscribe((state) => seen.push(['b', state.page]));
    store.set({ page: 2 });
    expect(store.get()).toEqual({ page: 2, zoom: 'auto' });
    expect(store.get()).not.toBe(first);
    expect(first).toEqual({ page: 1, zoom: 'auto' });
    stopA();
    store.set({ page: 3 });
    expect(seen).toEqual([
      ['a', 2],
      ['b', 2],
      ['b', 3],
    ]);
  });
});
