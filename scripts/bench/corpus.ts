/**
 * Text to measure on: the seed documents (real UN text, with real citation density) repeated up
 * to a size where timer noise no longer matters.
 */

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_FILES = ['a-res-76-186.ru.txt', 'e-res-2022-14.ru.txt', 'a-res-80-173.ru.md'];

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));

export function loadSeeds(dir: string = FIXTURES): string[] {
  return SEED_FILES.map((name) => {
    const path = `${dir}${name}`;
    if (!existsSync(path)) throw new Error(`bench: seed text ${path} is missing (copy it into tests/fixtures/)`);
    return readFileSync(path, 'utf8');
  });
}

export interface Corpus {
  text: string;
  /** UTF-8 size, the unit throughput is given in. */
  bytes: number;
  /** How many times the seed set was repeated. */
  copies: number;
}

/** The seeds in turn, separated like documents, until the text has at least `minBytes`. */
export function buildCorpus(seeds: readonly string[], minBytes: number): Corpus {
  const round = seeds.join('\n\n') + '\n\n';
  const roundBytes = utf8Length(round);
  if (roundBytes === 0) throw new Error('bench: the seed texts are empty');
  const copies = Math.ceil(minBytes / roundBytes);
  const text = round.repeat(copies);
  return { text, bytes: roundBytes * copies, copies };
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** A small fixed-seed generator (mulberry32): the "random" input is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
