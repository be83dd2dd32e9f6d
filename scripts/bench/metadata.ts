/**
 * The metadata core's costs: loading each shard of the offline catalogue (read, parse, check,
 * index) and the heap it keeps, lookups per second once loaded, and reading a Library answer and
 * a resolution's text. Heap figures are `process.memoryUsage().heapUsed` before and after, each
 * after a full GC (node's `gc`, switched on at run time; without it they include garbage and are
 * marked "~").
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createCatalogue } from '../../lib/metadata/catalogue';
import { SHARD_NAMES, symbolOf, decodeShard, type ShardName } from '../../lib/metadata/catalogue-format';
import { summariseDocument } from '../../lib/metadata/document-summary';
import { readLibraryAnswer } from '../../lib/metadata/marcxml';
import type { BenchRow, BenchSection } from './bench-section';
import { time } from './timing';

const COMPACT = new URL('../../assets/catalog/compact/', import.meta.url);
const UNDL_ANSWER = new URL('../../tests/fixtures/metadata/undl/a-res-76-186.xml', import.meta.url);
const SEED = new URL('../../tests/fixtures/a-res-76-186.ru.txt', import.meta.url);
const RUNS = 5;

const gc = exposeGc();

/** `global.gc` without restarting node with `--expose-gc`: set the flag, then take `gc` from a new context. */
function exposeGc(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing !== undefined) return existing;
  try {
    setFlagsFromString('--expose-gc');
    const fromContext: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
    return typeof fromContext === 'function' ? (fromContext as () => void) : undefined;
  } catch {
    return undefined;
  }
}

function heapUsed(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

function readShard(shard: ShardName): unknown {
  return JSON.parse(readFileSync(new URL(`${shard}.json`, COMPACT), 'utf8')) as unknown;
}

function mib(bytes: number): string {
  return `${gc === undefined ? '~' : ''}${(bytes / 1024 / 1024).toFixed(2)}`;
}

export const metadataSection: BenchSection = {
  name: `Metadata: offline catalogue and readers (best of ${RUNS} after a warm-up)`,
  async run() {
    const rows: BenchRow[] = [];
    let totalMs = 0;
    let totalHeap = 0;
    const keep: unknown[] = [];
    for (const shard of SHARD_NAMES) {
      const bytes = readFileSync(new URL(`${shard}.json`, COMPACT)).length;
      const { timing, result } = time(RUNS, () => decodeShard(readShard(shard), shard));
      // The heap a loaded shard keeps: measured on a fresh load held while measuring.
      const before = heapUsed();
      keep.push(decodeShard(readShard(shard), shard));
      const kept = heapUsed() - before;
      totalMs += timing.bestMs;
      totalHeap += kept;
      rows.push({
        measure: `load shard ${shard}`,
        rows: result.rows.size,
        'file (KiB)': bytes / 1024,
        'best (ms)': timing.bestMs,
        'heap (MiB)': mib(kept),
      });
    }
    rows.push({ measure: 'load all shards', 'best (ms)': totalMs, 'heap (MiB)': mib(totalHeap) });
    keep.length = 0;

    // Lookups once loaded: every symbol of the catalogue, plus as many it does not have.
    const catalogue = createCatalogue((shard) => Promise.resolve(readShard(shard)));
    const keys = SHARD_NAMES.flatMap((shard) => [...decodeShard(readShard(shard), shard).rows.keys()].map((key) => ({ shard, key })));
    const symbols = keys.map(({ shard, key }) => symbolOf(shard, key));
    // Misses in the same shards: the resolution number moved past any real one.
    const misses = keys.map(({ shard, key }) =>
      symbolOf(
        shard,
        key.replace(/(\d+)(?=\(|$)/, (n) => String(Number(n) + 5000)),
      ),
    );
    for (const symbol of symbols.slice(0, 50)) await catalogue.lookup(symbol);
    await Promise.all(SHARD_NAMES.map((shard) => catalogue.lookup(symbolOf(shard, '1/1'))));
    const started = performance.now();
    let hits = 0;
    for (const symbol of [...symbols, ...misses]) if ((await catalogue.lookup(symbol)).kind === 'found') hits++;
    const elapsed = performance.now() - started;
    rows.push({
      measure: `lookups (${symbols.length} hits, ${misses.length} misses)`,
      rows: hits,
      'best (ms)': elapsed,
      'per second': Math.round(((symbols.length + misses.length) / elapsed) * 1000),
    });

    const xml = readFileSync(UNDL_ANSWER, 'utf8');
    const marc = time(RUNS * 20, () => readLibraryAnswer(xml, 'A/RES/76/186', 0).kind);
    rows.push({
      measure: `read a Library answer (${(xml.length / 1024).toFixed(1)} KiB)`,
      'best (ms)': marc.timing.bestMs,
      'per second': Math.round(1000 / marc.timing.bestMs),
    });
    const seed = readFileSync(SEED, 'utf8');
    const summary = time(RUNS, () => summariseDocument(seed, { symbol: 'A/RES/76/186' }).summary.length);
    rows.push({ measure: `summarise A/RES/76/186 (${summary.result} paragraphs)`, 'best (ms)': summary.timing.bestMs });
    return rows;
  },
};
