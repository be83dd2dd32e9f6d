/**
 * Wall-clock timing of synchronous work. Each measurement runs once to warm up (JIT compilation,
 * regex caches) and then several times; the best run is the one least disturbed by GC and the
 * machine, the worst tells how bad a single call can get.
 */

export interface Timing {
  bestMs: number;
  worstMs: number;
}

export function time<T>(runs: number, work: () => T): { timing: Timing; result: T } {
  let result = work();
  let bestMs = Infinity;
  let worstMs = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = work();
    const elapsed = performance.now() - started;
    bestMs = Math.min(bestMs, elapsed);
    worstMs = Math.max(worstMs, elapsed);
  }
  return { timing: { bestMs, worstMs }, result };
}

/** Megabytes (10^6 bytes) per second. */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}
