/**
 * `npm run bench -- metadata`, coverage part: the share of distinct resolutions cited in the real
 * UN PDFs of tests/fixtures that a card titles offline, against the baseline of the Library's
 * voting records alone (the catalogue before the other sources were merged, rebuilt in this run
 * from `ga.csv` and `sc.csv`); the catalogue's size, raw and gzipped; and an offline lookup's time.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createCatalogue } from '../../lib/metadata/catalogue';
import { serializeShard } from '../../lib/metadata/catalogue-format';
import { CATALOG_DIR } from '../build-catalog';
import { buildShards, rowsFromCsv } from '../catalog/build-shards';
import type { BenchRow, BenchSection } from './bench-section';
import { catalogueSize, citedResolutions, coverage, lookUp, offlineSources } from './catalogue-coverage';

/** The Library's voting records alone, as shards in memory. */
function libraryOnly(): { shards: Map<string, unknown>; raw: number; gzip: number } {
  const rows = ['ga.csv', 'sc.csv'].flatMap((name) => rowsFromCsv(readFileSync(`${CATALOG_DIR}${name}`, 'utf8'), name));
  const shards = new Map<string, unknown>();
  let raw = 0;
  let gzip = 0;
  for (const shard of buildShards(rows)) {
    const text = serializeShard(shard);
    shards.set(shard.shard, JSON.parse(text));
    raw += Buffer.byteLength(text);
    gzip += gzipSync(text, { level: 9 }).length;
  }
  return { shards, raw, gzip };
}

const kib = (bytes: number) => Math.round(bytes / 102.4) / 10;
const pct = (part: number, whole: number) => `${whole === 0 ? 0 : ((part / whole) * 100).toFixed(1)}%`;

export const metadataCoverageSection: BenchSection = {
  name: 'Metadata coverage: resolutions cited in the real UN PDFs, titled offline (baseline: the Library voting records alone)',
  async run() {
    const { files, symbols } = await citedResolutions();
    const before = libraryOnly();
    const baseline = await coverage(symbols, files, { catalogue: createCatalogue((shard) => Promise.resolve(before.shards.get(shard))) });
    const now = await coverage(symbols, files);
    const size = catalogueSize();

    const sources = offlineSources();
    const firstStart = performance.now();
    await lookUp('A/RES/78/1', sources);
    const first = performance.now() - firstStart;
    const warmStart = performance.now();
    for (const symbol of symbols) await lookUp(symbol, sources);
    const warm = (performance.now() - warmStart) / Math.max(1, symbols.length);

    const rows: BenchRow[] = [
      { measure: `distinct resolutions cited in ${files} PDFs`, count: symbols.length },
      {
        measure: 'titled offline: Library voting records alone',
        count: baseline.titled,
        share: pct(baseline.titled, baseline.cited),
        'raw (KiB)': kib(before.raw),
        'gzip (KiB)': kib(before.gzip),
      },
      {
        measure: 'titled offline: the catalogue now',
        count: now.titled,
        share: pct(now.titled, now.cited),
        'raw (KiB)': kib(size.raw),
        'gzip (KiB)': kib(size.gzip),
      },
      { measure: 'offline lookup, first (shard loaded)', 'time (ms)': Math.round(first * 10) / 10 },
      { measure: `offline lookup, warm (mean of ${symbols.length})`, 'time (ms)': Math.round(warm * 100) / 100 },
    ];
    return rows;
  },
};
