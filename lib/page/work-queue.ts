/**
 * Runs many small tasks on a page's main thread without long tasks, in three lanes:
 * - urgent (the first screen, changes on screen): at the next frame;
 * - writes (DOM changes off the screen): at the next frame after the urgent ones, at most
 *   `writeBudgetMs` per frame. On a big page every frame that follows a DOM change costs the
 *   browser a render whose floor grows with the page (Chromium's pre-paint walk: 30–45 ms on a
 *   5 MB page, whatever the change) plus layout that grows with the change; so writes go in
 *   small batches, one batch per frame, and never more than one per frame;
 * - background (reading, no DOM change): when the browser is idle, `budgetMs` per run.
 * Each run stops after its budget (always one task at least), so no task the page sees lasts
 * much longer than that (the "long task" threshold is 50 ms). The clock is handed in, so tests
 * drive it; the window's clock runs "frame" work in a task of its own just after the frame is
 * rendered, not inside it (lib/page/window-clock.ts).
 */

/** The timers a queue runs on (the window's, or a fake clock in tests). */
export interface SchedulerClock {
  now(): number;
  /** requestAnimationFrame; returns a cancel function. */
  frame(callback: () => void): () => void;
  /** requestIdleCallback (with a timeout, so a busy page still progresses); returns a cancel function. */
  idle(callback: (deadline: { timeRemaining(): number }) => void): () => void;
  /** setTimeout; returns a cancel function. */
  after(ms: number, callback: () => void): () => void;
}

export type Task = () => void;

export interface WorkQueue {
  /** Runs `task` in the next frame, before any idle work. */
  pushUrgent(task: Task): void;
  /** Runs `task` (a DOM change) at a later frame, after the urgent tasks, within the write budget. */
  pushWrite(task: Task): void;
  /** Runs `task` (reading only) when the browser is idle. */
  push(task: Task): void;
  /** Tasks waiting. */
  readonly size: number;
  /** Drops every waiting task and cancels the timers. */
  destroy(): void;
}

export interface WorkQueueOptions {
  budgetMs?: number;
  /** Time for writes in one frame (urgent tasks share it: they run first). Default: `budgetMs`. */
  writeBudgetMs?: number;
  /** Called each time the last waiting task has run. */
  onDrained?: () => void;
  /** Called with a task's error (the queue goes on with the next task). */
  onError?: (error: unknown) => void;
}

/** A FIFO with O(1) take (a plain array's shift is O(n) on long queues). */
class Fifo<T> {
  private items: T[] = [];
  private head = 0;
  get size(): number {
    return this.items.length - this.head;
  }
  push(item: T): void {
    this.items.push(item);
  }
  take(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head++];
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
  clear(): void {
    this.items = [];
    this.head = 0;
  }
}

export function createWorkQueue(clock: SchedulerClock, options: WorkQueueOptions = {}): WorkQueue {
  const budget = options.budgetMs ?? 8;
  const writeBudget = options.writeBudgetMs ?? budget;
  const urgent = new Fifo<Task>();
  const writes = new Fifo<Task>();
  const background = new Fifo<Task>();
  let cancelFrame: (() => void) | null = null;
  let cancelIdle: (() => void) | null = null;
  let destroyed = false;

  const runTask = (task: Task) => {
    try {
      task();
    } catch (error) {
      options.onError?.(error);
    }
  };

  /** Runs tasks from `take` until the budget is spent (always at least one, so work always moves on). */
  const runFor = (limit: number, take: () => Task | undefined) => {
    const start = clock.now();
    do {
      const task = take();
      if (task === undefined) break;
      runTask(task);
      if (destroyed) return;
    } while (clock.now() - start < limit);
  };
  // Urgent tasks may write too: in the idle lane they run first, so what is on screen never waits.
  const takeUrgentOrWrite = () => urgent.take() ?? writes.take();
  const takeAny = () => urgent.take() ?? background.take();

  const afterRun = () => {
    if (destroyed) return;
    schedule();
    if (urgent.size === 0 && writes.size === 0 && background.size === 0 && cancelFrame === null && cancelIdle === null)
      options.onDrained?.();
  };

  const schedule = () => {
    if (urgent.size + writes.size > 0 && cancelFrame === null) {
      cancelFrame = clock.frame(() => {
        cancelFrame = null;
        // A frame with urgent work runs the full budget (urgent first, then writes); else writes get theirs.
        runFor(urgent.size > 0 ? Math.max(budget, writeBudget) : writeBudget, takeUrgentOrWrite);
        afterRun();
      });
    }
    if (background.size > 0 && cancelIdle === null) {
      cancelIdle = clock.idle((deadline) => {
        cancelIdle = null;
        runFor(Math.max(1, Math.min(budget, deadline.timeRemaining())), takeAny);
        afterRun();
      });
    }
  };

  return {
    pushUrgent(task) {
      if (destroyed) return;
      urgent.push(task);
      schedule();
    },
    pushWrite(task) {
      if (destroyed) return;
      writes.push(task);
      schedule();
    },
    push(task) {
      if (destroyed) return;
      background.push(task);
      schedule();
    },
    get size() {
      return urgent.size + writes.size + background.size;
    },
    destroy() {
      destroyed = true;
      urgent.clear();
      writes.clear();
      background.clear();
      cancelFrame?.();
      cancelIdle?.();
      cancelFrame = cancelIdle = null;
    },
  };
}
