/**
 * Inputs built to make a regex engine backtrack or a scanner loop: the best and the slowest of a
 * few runs on each (the slowest shows what a single call can cost, GC pauses included), and how
 * many citations the engine claims to find in it.
 */

import type { BenchRow, BenchSection } from './bench-section';
import { seededRandom, utf8Length } from './corpus';
import { mbPerSecond, time } from './timing';

const SIZE = 1_000_000;
const RUNS = 3;

/** Repeats `unit` to about `SIZE` characters. */
function fill(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length));
}

function randomOf(alphabet: string, seed: number): string {
  const random = seededRandom(seed);
  let text = '';
  for (let i = 0; i < SIZE; i++) text += alphabet[Math.floor(random() * alphabet.length)] ?? '';
  return text;
}

export const ADVERSARIAL_INPUTS: readonly { name: string; make: () => string }[] = [
  { name: "'A/' repeated", make: () => 'A/'.repeat(500_000) },
  { name: "'1/1, ' repeated", make: () => '1/1, '.repeat(200_000) },
  { name: "'резолюции ' repeated", make: () => 'резолюции '.repeat(100_000) },
  { name: "'(' repeated", make: () => '('.repeat(SIZE) },
  { name: 'random digits and slashes', make: () => randomOf('0123456789/', 1) },
  { name: 'random digits, slashes, spaces', make: () => randomOf('0123456789/ ', 2) },
  { name: "'resolution 1/1 and ' (one line)", make: () => fill('resolution 1/1 and ') },
  // Pinpoints written first are read backwards from every head word (leading-pinpoint.ts).
  {
    name: "'paragraphs 1 (a), (b) and 2 of resolution 1/1, '",
    make: () => fill('paragraphs 1 (a), (b) and 2 of resolution 1/1, ').slice(0, SIZE),
  },
  { name: "'paragraph 1, 1 (a) ' then a head word", make: () => fill(`${'paragraph 1, 1 (a) '.repeat(30)}resolution 1/1 `).slice(0, SIZE) },
];

export const adversarialSection: BenchSection = {
  name: `Adversarial inputs of about 1 MB (${RUNS} runs after a warm-up)`,
  run(findCitations) {
    const rows: BenchRow[] = ADVERSARIAL_INPUTS.map(({ name, make }) => {
      const text = make();
      const bytes = utf8Length(text);
      const { timing, result } = time(RUNS, () => findCitations(text, { lang: 'en' }).length);
      return {
        input: name,
        'size (kB)': Math.round(bytes / 1000),
        'best (ms)': timing.bestMs,
        'slowest (ms)': timing.worstMs,
        'MB/s (best)': mbPerSecond(bytes, timing.bestMs),
        citations: result,
      };
    });
    return Promise.resolve(rows);
  },
};
