/**
 * The page scheduler's clock on a real window: "frame" work (the first screen, wrapping) runs in
 * a task of its own just after a frame, idle callbacks (with a timeout, so a page that is never
 * idle is still linked) carry the reading.
 */
import type { SchedulerClock } from './work-queue';

/** Longest wait for an idle moment before the work runs anyway (still in small chunks). */
const IDLE_TIMEOUT_MS = 500;
/** How long chunks follow each other after an idle callback before the page may render. */
const BURST_MS = 48;

export function windowClock(win: Window): SchedulerClock {
  /**
   * Bursts of chunks. An idle callback asked for inside another runs only in the NEXT
   * idle period (up to 50 ms later on a quiet page), and each frame the page has to render after
   * a change costs time in proportion to the page's size: 8 ms of linking per period left most
   * of the time to rendering (a 1.5 MB page took 3× longer). So after an idle callback, further
   * 8 ms chunks run as tasks of their own (messages: no 4 ms timer clamp, input handled between
   * them) for up to `BURST_MS`, then the page renders and the next idle period is awaited.
   */
  let burstStart = -Infinity;
  const channel = new MessageChannel();
  const waiting = new Set<() => void>();
  channel.port1.onmessage = () => {
    const next = waiting.values().next();
    if (next.done === true) return;
    waiting.delete(next.value);
    next.value();
  };
  /** Runs `run` in a task of its own, soon (a message: no 4 ms timer clamp). */
  const soon = (run: () => void) => {
    waiting.add(run);
    channel.port2.postMessage(null);
    return () => waiting.delete(run);
  };
  return {
    now: () => win.performance.now(),
    frame(callback) {
      // Not inside the animation frame callback: that runs in the same task as the render that
      // follows, and on a big page the render alone costs 30–45 ms; the work added to it would
      // make a long task. A message posted from the frame callback runs right after the render,
      // so our DOM changes are laid out by the NEXT frame, in a task of their own.
      let cancelSoon: (() => void) | null = null;
      const handle = win.requestAnimationFrame(() => {
        cancelSoon = soon(callback);
      });
      return () => {
        win.cancelAnimationFrame(handle);
        cancelSoon?.();
      };
    },
    idle(callback) {
      if (win.performance.now() - burstStart < BURST_MS) {
        return soon(() => callback({ timeRemaining: () => Math.max(0, BURST_MS - (win.performance.now() - burstStart)) }));
      }
      if (typeof win.requestIdleCallback === 'function') {
        const handle = win.requestIdleCallback(
          () => {
            burstStart = win.performance.now();
            callback({ timeRemaining: () => Math.max(0, BURST_MS - (win.performance.now() - burstStart)) });
          },
          { timeout: IDLE_TIMEOUT_MS },
        );
        return () => win.cancelIdleCallback(handle);
      }
      // No idle callbacks (older engines): a short timeout and a fixed share of time.
      const handle = win.setTimeout(() => callback({ timeRemaining: () => 8 }), 16);
      return () => win.clearTimeout(handle);
    },
    after(ms, callback) {
      const handle = win.setTimeout(callback, ms);
      return () => win.clearTimeout(handle);
    },
  };
}

/** Whether an element is on the first screen or the next one (above or below). */
export function nearViewport(win: Window): (element: Element) => boolean {
  return (element) => {
    const box = element.getBoundingClientRect();
    const margin = win.innerHeight;
    return box.bottom >= -margin && box.top <= win.innerHeight + margin;
  };
}
