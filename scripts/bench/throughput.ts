/**
 * Throughput on real text, beside the cheapest pass that looks at every character for what a
 * citation needs (a digit, a slash, a digit): the engine should cost at most a few such passes.
 */

import type { BenchRow, BenchSection } from './bench-section';
import { buildCorpus, loadSeeds } from './corpus';
import { mbPerSecond, time } from './timing';

const CORPUS_BYTES = 10_000_000;
const RUNS = 5;
/** Targets: engine time within 3× the floor's, and at least 20 MB/s. */
const MAX_RATIO = 3;
const MIN_MB_PER_S = 20;

/** The floor: one regex over the whole text, as simple a scan as there can be. */
export function floorPass(text: string): number {
  const digitSlashDigit = /\d\/\d/g;
  let count = 0;
  while (digitSlashDigit.exec(text) !== null) count++;
  return count;
}

export const throughputSection: BenchSection = {
  name: `Throughput on the seed texts (best of ${RUNS} runs after a warm-up; MB = 10^6 UTF-8 bytes)`,
  run(findCitations) {
    const corpus = buildCorpus(loadSeeds(), CORPUS_BYTES);
    const engine = time(RUNS, () => findCitations(corpus.text, { lang: 'ru' }).length);
    const floor = time(RUNS, () => floorPass(corpus.text));
    const engineRate = mbPerSecond(corpus.bytes, engine.timing.bestMs);
    const floorRate = mbPerSecond(corpus.bytes, floor.timing.bestMs);
    const ratio = engine.timing.bestMs / floor.timing.bestMs;
    const rows: BenchRow[] = [
      { measure: 'corpus', value: `${(corpus.bytes / 1e6).toFixed(1)} MB (seed texts × ${corpus.copies})` },
      {
        measure: 'engine findCitations',
        value: `${engineRate.toFixed(1)} MB/s (${engine.timing.bestMs.toFixed(0)} ms, ${engine.result} citations)`,
      },
      {
        measure: 'floor /\\d\\/\\d/g exec loop',
        value: `${floorRate.toFixed(1)} MB/s (${floor.timing.bestMs.toFixed(0)} ms, ${floor.result} matches)`,
      },
      { measure: 'engine time ÷ floor time', value: `${ratio.toFixed(1)}×`, target: `≤ ${MAX_RATIO}×`, met: verdict(ratio <= MAX_RATIO) },
      {
        measure: 'engine throughput',
        value: `${engineRate.toFixed(1)} MB/s`,
        target: `≥ ${MIN_MB_PER_S} MB/s`,
        met: verdict(engineRate >= MIN_MB_PER_S),
      },
    ];
    return Promise.resolve(rows);
  },
};

function verdict(met: boolean): string {
  return met ? 'yes' : 'NO';
}
