/**
 * `npx tsx scripts/build-catalog.ts [--check]`: builds the compact offline catalogue
 * (`assets/catalog/compact/<shard>.json`, format in `lib/metadata/catalogue-format.ts`) from the
 * sources in `assets/catalog/` (SOURCES.md), merged and checked against each other
 * (`catalog/merge-sources.ts`): it prints what each source added and every date or title on which
 * two sources disagree, keeps those in `assets/catalog/conflicts.txt`, and prints each shard's
 * size. With `--check` it writes nothing and exits 1 when the files on disk differ from what the
 * sources give (for CI).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serializeShard, type CatalogueRow } from '../lib/metadata/catalogue-format';
import { buildShards, rowsFromCsv } from './catalog/build-shards';
import { formatConflicts, mergeSources, type MergeReport } from './catalog/merge-sources';
import { gaDecisions, gaFromPdfs, gaTitles, hrcVoting, scDocumentRecords, type SourceRows } from './catalog/more-sources';

export const CATALOG_DIR = fileURLToPath(new URL('../assets/catalog/', import.meta.url));
export const COMPACT_DIR = fileURLToPath(new URL('../assets/catalog/compact/', import.meta.url));

/** The sources in order of trust (the Library's voting records first), and the merge of them. */
export function mergeCatalogueSources(catalogDir = CATALOG_DIR): MergeReport {
  const read = (name: string) => readFileSync(`${catalogDir}${name}`, 'utf8');
  const library = (name: string): SourceRows => ({ source: name, rows: rowsFromCsv(read(name), name), skipped: [] });
  const report = mergeSources([
    library('ga.csv'),
    library('sc.csv'),
    gaFromPdfs(read('more/ga_78-80_from_pdfs.csv')),
    gaTitles(read('more/ga_72-73_titles_partial.csv')),
    hrcVoting(read('more/hrc-voting_resolutions.csv')),
    gaDecisions(read('more/ga_decisions_71-80_igov.csv')),
  ]);
  withScDocumentRecords(report.rows, scDocumentRecords(read('more/cr-unsc_UNSC_Record-Table_2722.csv')));
  return report;
}

/**
 * An SC row's record number becomes its Library *document* record (with the texts in six
 * languages) where CR-UNSC knows it; `sc.csv` gives the voting record, kept where it does not.
 */
function withScDocumentRecords(rows: CatalogueRow[], records: ReadonlyMap<number, string>): void {
  for (const row of rows) {
    const number = /^S\/RES\/(\d+)\(/.exec(row.symbol)?.[1];
    const record = number === undefined ? undefined : records.get(Number(number));
    if (record !== undefined) row.undlId = record;
  }
}

/** Each shard's file name and text, built from the sources in `catalogDir`. */
export function buildCompactCatalogue(
  catalogDir = CATALOG_DIR,
  report = mergeCatalogueSources(catalogDir),
): { file: string; text: string; rows: number }[] {
  return buildShards(report.rows).map((shard) => ({ file: `${shard.shard}.json`, text: serializeShard(shard), rows: shard.rows.length }));
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const report = mergeCatalogueSources();
  for (const [source, c] of Object.entries(report.counts)) {
    console.log(
      `${source.padEnd(40)} added ${String(c.added).padStart(5)}, matched ${String(c.matched).padStart(5)}, duplicates ${c.duplicates}, skipped ${c.skipped}`,
    );
  }
  const conflicts = formatConflicts(report.conflicts);
  console.log(`${report.conflicts.length} conflict(s) (first source kept; all listed in assets/catalog/conflicts.txt):`);
  process.stdout.write(conflicts);
  const built = [
    ...buildCompactCatalogue(CATALOG_DIR, report),
    { file: '../conflicts.txt', text: conflicts, rows: report.conflicts.length },
  ];
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
