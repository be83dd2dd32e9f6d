/**
 * The page scheduler's clock on a window (lib/page/window-clock.ts), on a fake window whose
 * frames, idle periods and timers the test runs by hand: frame work runs in a task of its own
 * after the frame, idle work waits for idle time at most 500 ms, and every wait can be cancelled.
 */
import { describe, expect, it, vi } from 'vitest';
import { nearViewport, windowClock } from '../../../lib/page/window-clock';

function fakeWindow(options: { idleCallbacks?: boolean } = {}) {
  let now = 0;
  let nextHandle = 1;
  const frames = new Map<number, { run: () => void }>();
  const idles = new Map<number, { run: () => void; timeout: number | undefined }>();
  const timers = new Map<number, { run: () => void; ms: number }>();
  const win = {
    innerHeight: 800,
    performance: { now: () => now },
    requestAnimationFrame: (run: () => void) => (frames.set(nextHandle, { run }), nextHandle++),
    cancelAnimationFrame: (handle: number) => void frames.delete(handle),
    setTimeout: (run: () => void, ms: number) => (timers.set(nextHandle, { run, ms }), nextHandle++),
    clearTimeout: (handle: number) => void timers.delete(handle),
    ...(options.idleCallbacks === false
      ? {}
      : {
          requestIdleCallback: (run: () => void, opts?: { timeout?: number }) => (
            idles.set(nextHandle, { run, timeout: opts?.timeout }),
            nextHandle++
          ),
          cancelIdleCallback: (handle: number) => void idles.delete(handle),
        }),
  };
  const runAll = (queue: Map<number, { run: () => void }>) => {
    const due = [...queue.values()];
    queue.clear();
    for (const item of due) item.run();
  };
  return {
    win: win as unknown as Window,
    frames,
    idles,
    timers,
    advance: (ms: number) => (now += ms),
    runFrames: () => runAll(frames),
    runIdle: () => runAll(idles),
  };
}

/** The clock's own tasks are messages: they run some time after the current task. */
const eventually = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 5 });

describe('windowClock', () => {
  it('runs frame work in a task of its own after the frame, not inside the frame callback', async () => {
    const tab = fakeWindow();
    const ran: string[] = [];
    windowClock(tab.win).frame(() => ran.push('work'));
    tab.runFrames();
    expect(ran).toEqual([]);
    await eventually(() => expect(ran).toEqual(['work']));
  });

  it('cancels frame work before or after its frame', async () => {
    const tab = fakeWindow();
    const ran: string[] = [];
    const clock = windowClock(tab.win);
    clock.frame(() => ran.push('a'))();
    const cancelB = clock.frame(() => ran.push('b'));
    expect(tab.frames.size).toBe(1);
    tab.runFrames();
    cancelB();
    // Work asked for later runs later: once it has run, the cancelled work would have too.
    clock.frame(() => ran.push('control'));
    tab.runFrames();
    await eventually(() => expect(ran).toContain('control'));
    expect(ran).toEqual(['control']);
  });

  it('asks for idle time with a 500 ms timeout, then gives chunks in a 48 ms burst', async () => {
    const tab = fakeWindow();
    const clock = windowClock(tab.win);
    const remaining: number[] = [];
    clock.idle((deadline) => remaining.push(deadline.timeRemaining()));
    expect([...tab.idles.values()].map((i) => i.timeout)).toEqual([500]);
    tab.runIdle();
    expect(remaining).toEqual([48]);
    // Within the burst, the next chunk runs as a task of its own, without waiting for idle time.
    tab.advance(10);
    clock.idle((deadline) => remaining.push(deadline.timeRemaining()));
    expect(tab.idles.size).toBe(0);
    await eventually(() => expect(remaining).toEqual([48, 38]));
    // Past the burst: the page renders, and the next chunk waits for idle time again.
    tab.advance(40);
    clock.idle(() => remaining.push(-1));
    expect(tab.idles.size).toBe(1);
  });

  it('falls back to a short timeout where there are no idle callbacks', () => {
    const tab = fakeWindow({ idleCallbacks: false });
    const remaining: number[] = [];
    const cancel = windowClock(tab.win).idle((deadline) => remaining.push(deadline.timeRemaining()));
    expect([...tab.timers.values()].map((t) => t.ms)).toEqual([16]);
    cancel();
    expect(tab.timers.size).toBe(0);
  });

  it('runs `after` on a timer that can be cleared', () => {
    const tab = fakeWindow();
    const clock = windowClock(tab.win);
    const cancel = clock.after(300, () => undefined);
    expect([...tab.timers.values()].map((t) => t.ms)).toEqual([300]);
    cancel();
    expect(tab.timers.size).toBe(0);
    tab.advance(7);
    expect(clock.now()).toBe(7);
  });
});

describe('nearViewport', () => {
  const at = (top: number, bottom: number) => ({ getBoundingClientRect: () => ({ top, bottom }) }) as unknown as Element;

  it('takes the first screen and one screen above and below it', () => {
    const near = nearViewport(fakeWindow().win);
    expect(near(at(100, 200))).toBe(true);
    expect(near(at(1500, 1700))).toBe(true);
    expect(near(at(-900, -700))).toBe(true);
    expect(near(at(1700, 1800))).toBe(false);
    expect(near(at(-1000, -801))).toBe(false);
  });
});
