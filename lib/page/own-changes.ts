/**
 * Telling the surface's own DOM changes apart from the page's (html-surface.ts): the mutation
 * observer sees both. Before one of ours, the records still pending (the page's changes) are
 * handed on; after it, the records ours caused are taken and dropped.
 */
import type { MutationRecordLike } from './mutation-batch';

export interface MutationObserverLike {
  observe(target: Node, options: MutationObserverInit): void;
  takeRecords(): MutationRecordLike[];
  disconnect(): void;
}

/** Runs a change of ours so that the observer does not take it for the page's. */
export type OwnChange = (change: () => void) => void;

/**
 * `observer` is read at each change (it may come and go); `onPageRecords` gets the page's
 * records that were pending when one of our changes began.
 */
export function ownChanges(observer: () => MutationObserverLike | null, onPageRecords: (records: MutationRecordLike[]) => void): OwnChange {
  let depth = 0;
  return (change) => {
    // A change made inside another (a block's linking) is part of it: its records go with it.
    if (depth > 0) return change();
    const current = observer();
    if (current !== null) {
      const pending = current.takeRecords();
      if (pending.length > 0) onPageRecords(pending);
    }
    depth++;
    try {
      change();
    } finally {
      depth--;
      observer()?.takeRecords();
    }
  };
}
