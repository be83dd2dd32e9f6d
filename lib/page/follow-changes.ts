/**
 * Following the page's later changes (html-surface.ts): the mutation observer's records, batched
 * per task (mutation-batch.ts), become the blocks to hand out again, those near the screen at
 * the next frame and the rest a batch per frame, and the new subtrees to walk. A storm of
 * changes (a single-page app swapping its view) waits for quiet, then the page is walked once.
 */
import { collectChangedBlocks, type MutationRecordLike } from './mutation-batch';
import type { SchedulerClock, WorkQueue } from './work-queue';

export interface FollowChangesOptions {
  clock: SchedulerClock;
  queue: WorkQueue;
  signal: AbortSignal;
  nearViewport(element: Element): boolean;
  handOut(element: Element): void;
  walk(root: Element, urgentFirst: boolean): void;
  /** Walks the whole page again (after a storm; unchanged blocks are skipped). */
  rescan(): void;
  /** Quiet time after a storm of mutations before the one rescan. */
  settleMs?: number;
  /** A batch above either bound is a storm. */
  stormRecords?: number;
  stormBlocks?: number;
}

export interface ChangeFollower {
  /** The page's records, as the observer delivers them (or as taken before one of our changes). */
  onRecords(records: MutationRecordLike[]): void;
  /** Drops a rescan still waiting for quiet. */
  stop(): void;
}

export function followChanges(options: FollowChangesOptions): ChangeFollower {
  const { clock, queue, signal } = options;
  // A storm of changes: wait for quiet, then one rescan of the page (unchanged blocks are skipped).
  let cancelSettle: (() => void) | null = null;
  const storm = () => {
    cancelSettle?.();
    cancelSettle = clock.after(options.settleMs ?? 300, () => {
      cancelSettle = null;
      if (!signal.aborted) options.rescan();
    });
  };

  return {
    onRecords(records) {
      if (signal.aborted) return;
      if (cancelSettle !== null || records.length > (options.stormRecords ?? 500)) {
        storm();
        return;
      }
      const changed = collectChangedBlocks(records);
      if (changed.blocks.size + changed.subtrees.size > (options.stormBlocks ?? 200)) {
        storm();
        return;
      }
      // Measured at the next frame, not now: the page has just changed, so reading layout here
      // would force the browser to lay the page out in the middle of the page's own task.
      if (changed.blocks.size > 0) {
        queue.pushUrgent(() => {
          // Every block measured before any is linked (one layout for all).
          const blocks = [...changed.blocks];
          const near = blocks.map((element) => options.nearViewport(element));
          blocks.forEach((element, i) => {
            if (near[i]) options.handOut(element);
            else queue.pushWrite(() => options.handOut(element));
          });
        });
      }
      for (const root of changed.subtrees) options.walk(root, true);
    },
    stop() {
      cancelSettle?.();
    },
  };
}
