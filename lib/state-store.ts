/** State a view renders from and follows (useStoreState): the reader's store, the panel, the comparison, the notes. */
export interface WatchedState<S> {
  get(): S;
  /** Calls `listener` with each new state until the returned function is called. */
  subscribe(listener: (state: S) => void): () => void;
}

/**
 * A state object that views render from: replaced whole by each patch (so a view compares by
 * reference), and every subscriber told at once, in the order they subscribed.
 */
export interface StateStore<S extends object> extends WatchedState<S> {
  set(patch: Partial<S>): void;
}

export function createStateStore<S extends object>(initial: S): StateStore<S> {
  let state = initial;
  const listeners = new Set<(state: S) => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
