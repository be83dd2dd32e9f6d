/**
 * `npx tsx scripts/build-catalog.ts [--check]`: builds the compact offline catalogue
 * (`assets/catalog/compact/<shard>.json`, format in `lib/metadata/catalogue-format.ts`) from
 * `assets/catalog/ga.csv` and `sc.csv`, and prints each shard's size. With `--check` it writes
 * nothing and exits 1 when the files on disk differ from what the CSVs give (for CI).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serializeShard } from '../lib/metadata/catalogue-format';
import { buildShards, rowsFromCsv } from './catalog/build-shards';

export const CATALOG_DIR = fileURLToPath(new URL('../assets/catalog/', import.meta.url));
export const COMPACT_DIR = fileURLToPath(new URL('../assets/catalog/compact/', import.meta.url));

/** Each shard's file name and text, built from the CSVs in `catalogDir`. */
export function buildCompactCatalogue(catalogDir = CATALOG_DIR): { file: string; text: string; rows: number }[] {
  const rows = ['ga.csv', 'sc.csv'].flatMap((name) => rowsFromCsv(readFileSync(`${catalogDir}${name}`, 'utf8'), name));
  return buildShards(rows).map((shard) => ({ file: `${shard.shard}.json`, text: serializeShard(shard), rows: shard.rows.length }));
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const built = buildCompactCatalogue();
  if (!check) mkdirSync(COMPACT_DIR, { recursive: true });
  let total = 0;
  let stale = 0;
  for (const { file, text, rows } of built) {
    const path = `${COMPACT_DIR}${file}`;
    const bytes = Buffer.byteLength(text);
    total += bytes;
    if (check) {
      const same = existsSync(path) && readFileSync(path, 'utf8') === text;
      if (!same) stale++;
      console.log(`${same ? 'ok   ' : 'STALE'} ${file.padEnd(16)} ${String(rows).padStart(5)} rows ${kb(bytes)}`);
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${file.padEnd(16)} ${String(rows).padStart(5)} rows ${kb(bytes)}`);
    }
  }
  console.log(`total ${kb(total)}`);
  if (stale > 0) console.error(`build-catalog: ${stale} shard(s) differ from the CSVs; run npx tsx scripts/build-catalog.ts`);
  return stale > 0 ? 1 : 0;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1).padStart(7)} KiB`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`build-catalog: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
