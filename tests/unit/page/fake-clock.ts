/**
 * A hand-driven clock for the page scheduler: frames, idle callbacks and timeouts wait until the
 * test runs them, and `now()` moves only when a task says it took time (`spend`).
 */
import type { SchedulerClock } from '../../../lib/page/work-queue';

export interface FakeClock extends SchedulerClock {
  /** Makes the current task take `ms`. */
  spend(ms: number): void;
  /** Runs the frame callbacks waiting now. Returns how many ran. */
  runFrame(): number;
  /** Runs the idle callbacks waiting now, each with `idleMs` to spare. */
  runIdle(idleMs?: number): number;
  /** Moves time on by `ms`, running the timeouts due. */
  advance(ms: number): void;
  /** Runs frames, idle callbacks and timeouts until nothing waits (bounded). */
  runAll(): void;
  pending(): { frames: number; idles: number; timeouts: number };
}

export function fakeClock(): FakeClock {
  let time = 0;
  let frames: Array<() => void> = [];
  let idles: Array<(deadline: { timeRemaining(): number }) => void> = [];
  let timeouts: Array<{ at: number; callback: () => void }> = [];
  const remove =
    <T>(list: () => T[], set: (l: T[]) => void, item: T) =>
    () =>
      set(list().filter((x) => x !== item));
  const clock: FakeClock = {
    now: () => time,
    frame(callback) {
      frames.push(callback);
      return remove(
        () => frames,
        (l) => (frames = l),
        callback,
      );
    },
    idle(callback) {
      idles.push(callback);
      return remove(
        () => idles,
        (l) => (idles = l),
        callback,
      );
    },
    after(ms, callback) {
      const entry = { at: time + ms, callback };
      timeouts.push(entry);
      return remove(
        () => timeouts,
        (l) => (timeouts = l),
        entry,
      );
    },
    spend(ms) {
      time += ms;
    },
    runFrame() {
      const now = frames;
      frames = [];
      now.forEach((f) => f());
      return now.length;
    },
    runIdle(idleMs = 50) {
      const now = idles;
      idles = [];
      const start = time;
      now.forEach((f) => f({ timeRemaining: () => Math.max(0, idleMs - (time - start)) }));
      return now.length;
    },
    advance(ms) {
      const until = time + ms;
      for (;;) {
        const due = timeouts.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (due === undefined) break;
        timeouts = timeouts.filter((t) => t !== due);
        time = Math.max(time, due.at);
        due.callback();
      }
      time = Math.max(time, until);
    },
    runAll() {
      for (let i = 0; i < 100_000; i++) {
        if (clock.runFrame() + clock.runIdle() > 0) continue;
        if (timeouts.length === 0) return;
        clock.advance(Math.min(...timeouts.map((t) => t.at)) - time);
      }
      throw new Error('the clock never settled');
    },
    pending: () => ({ frames: frames.length, idles: idles.length, timeouts: timeouts.length }),
  };
  return clock;
}
