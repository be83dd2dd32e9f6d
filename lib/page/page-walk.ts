/**
 * The walk over a page's blocks (html-surface.ts): those near the screen are handed out at the
 * next frame, the rest read in idle time and wrapped a small batch per frame (work-queue.ts's
 * write lane). A step measures all its blocks before it links any, so one layout serves them
 * (measuring after each wrap would lay out the whole page again each time); once the walk is
 * past the first screen nothing is measured.
 */
import { blockWalker, type BlockWalker } from './block-walker';
import type { WorkQueue } from './work-queue';

/** After this many blocks in a row off the first screen, the rest of the walk waits for idle time. */
const OFF_SCREEN_RUN = 40;
/**
 * Most blocks measured in one first-screen step. All are measured before any is linked: a read
 * of layout after a write in the same task would lay out the whole page again (forced layout).
 */
const MEASURE_LIMIT = 400;
/**
 * Blocks read ahead of their wrapping at most: reading runs much faster than paced wrapping, and
 * each block read ahead holds its citations until wrapped (20 MB more heap on a 5 MB page unbounded).
 */
const READ_AHEAD_LIMIT = 2000;

export interface PageWalkOptions {
  queue: WorkQueue;
  signal: AbortSignal;
  /** Whether an element is on or near the first screen. */
  nearViewport(element: Element): boolean;
  /** Links a block now (it is on the first screen, or its turn to be wrapped came). */
  handOut(element: Element): void;
  /** Reads an off-screen block ahead (no DOM change); false when it needs no wrapping. */
  readAhead(element: Element): boolean;
}

export interface PageWalks {
  /** Walks `root`'s blocks; `urgentFirst`: look for blocks on the first screen first. */
  walk(root: Element, urgentFirst: boolean): void;
  /** Walks still going (the first pass is done when none is and the queue is drained). */
  readonly walking: number;
}

export function pageWalks(options: PageWalkOptions): PageWalks {
  const { queue, signal } = options;
  let walking = 0;
  let waitingWrites = 0;
  const parkedWalks: Array<() => void> = [];

  /** Reads an off-screen block now (idle time, no DOM change); its wrappers go in at a later frame. */
  const readAhead = (element: Element) => {
    if (signal.aborted || !element.isConnected) return;
    if (!options.readAhead(element)) return;
    waitingWrites++;
    queue.pushWrite(() => {
      waitingWrites--;
      options.handOut(element);
      // The walk waits while too far ahead; it goes on once half the lead is wrapped.
      if (parkedWalks.length > 0 && waitingWrites <= READ_AHEAD_LIMIT / 2) {
        for (const step of parkedWalks.splice(0)) queue.push(step);
      }
    });
  };

  const walk = (root: Element, urgentFirst: boolean) => {
    const walker: BlockWalker = blockWalker(root);
    let offScreenRun = urgentFirst ? 0 : OFF_SCREEN_RUN;
    walking++;
    const finish = () => {
      walking--;
    };
    const firstScreenStep = () => {
      if (signal.aborted) return;
      const near: Element[] = [];
      let measured = 0;
      let ended = false;
      while (offScreenRun < OFF_SCREEN_RUN && measured < MEASURE_LIMIT) {
        const element = walker.next();
        if (element === null) {
          ended = true;
          break;
        }
        measured++;
        if (options.nearViewport(element)) {
          offScreenRun = 0;
          near.push(element);
        } else {
          offScreenRun++;
          queue.push(() => readAhead(element));
        }
      }
      for (const element of near) options.handOut(element);
      if (ended) finish();
      else if (offScreenRun < OFF_SCREEN_RUN) queue.pushUrgent(firstScreenStep);
      else queue.push(idleStep);
    };
    const idleStep = () => {
      if (signal.aborted) return;
      if (waitingWrites >= READ_AHEAD_LIMIT) {
        parkedWalks.push(idleStep);
        return;
      }
      const element = walker.next();
      if (element === null) return finish();
      readAhead(element);
      queue.push(idleStep);
    };
    if (offScreenRun < OFF_SCREEN_RUN) queue.pushUrgent(firstScreenStep);
    else queue.push(idleStep);
  };

  return {
    walk,
    get walking() {
      return walking;
    },
  };
}
