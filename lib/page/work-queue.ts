/**
 * Runs many small tasks on a page's main thread without long tasks: urgent ones (the first
 * screen) in the next animation frames, the rest when the browser is idle, each run stopping
 * after `budgetMs` so that no task the page sees lasts much longer than that (the "long task"
 * threshold is 50 ms; the default budget is 8 ms). The clock is handed in, so tests drive it.
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
  /** Runs `task` when the browser is idle. */
  push(task: Task): void;
  /** Tasks waiting. */
  readonly size: number;
  /** Drops every waiting task and cancels the timers. */
  destroy(): void;
}

export interface WorkQueueOptions {
  budgetMs?: number;
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
  const urgent = new Fifo<Task>();
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

  /** Runs tasks until the budget is spent (always at least one, so work always moves on). */
  const runFor = (limit: number, includeBackground: boolean) => {
    const start = clock.now();
    do {
      const task = urgent.take() ?? (includeBackground ? background.take() : undefined);
      if (task === undefined) break;
      runTask(task);
      if (destroyed) return;
    } while (clock.now() - start < limit);
  };

  const afterRun = () => {
    if (destroyed) return;
    schedule();
    if (urgent.size === 0 && background.size === 0 && cancelFrame === null && cancelIdle === null) options.onDrained?.();
  };

  const schedule = () => {
    if (urgent.size > 0 && cancelFrame === null) {
      cancelFrame = clock.frame(() => {
        cancelFrame = null;
        runFor(budget, false);
        afterRun();
      });
    }
    if (background.size > 0 && cancelIdle === null) {
      cancelIdle = clock.idle((deadline) => {
        cancelIdle = null;
        runFor(Math.max(1, Math.min(budget, deadline.timeRemaining())), true);
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
    push(task) {
      if (destroyed) return;
      background.push(task);
      schedule();
    },
    get size() {
      return urgent.size + background.size;
    },
    destroy() {
      destroyed = true;
      urgent.clear();
      background.clear();
      cancelFrame?.();
      cancelIdle?.();
      cancelFrame = cancelIdle = null;
    },
  };
}
