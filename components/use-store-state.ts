/** The current state of a store, controller or model (lib/state-store.ts), re-rendering the component when it changes. */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { WatchedState } from '../lib/state-store';

export function useStoreState<S>(store: WatchedState<S>): S {
  const [state, setState] = useState(store.get());
  useLayoutEffect(() => {
    const unsubscribe = store.subscribe(setState);
    // The store may have changed between the first render and this subscription.
    setState(store.get());
    return unsubscribe;
  }, [store]);
  return state;
}
