/**
 * Turns the catalogue's CSV files (`assets/catalog/ga.csv`, `sc.csv`; columns in SOURCES.md) into
 * the compact shards of `lib/metadata/catalogue-format.ts`, keeping only what the popover shows:
 * symbol, date, English title, votes, agenda, Library record number. Every row is checked; a row
 * that does not fit is an error naming the file and symbol, never silently dropped.
 */
import { symbolKey } from '../../lib/citations/symbols';
import {
  encodeShard,
  locate,
  SHARD_NAMES,
  type CatalogueRow,
  type CompactShard,
  type ShardName,
} from '../../lib/metadata/catalogue-format';
import { isoDate } from '../../lib/metadata/untrusted';
import { readCsvTable } from './csv';

const REQUIRED = ['symbol', 'date', 'title_en', 'yes', 'no', 'abstain', 'agenda', 'undl_id'] as const;

export class CatalogueBuildError extends Error {
  override name = 'CatalogueBuildError';
}

/** The rows of one catalogue CSV file. `source` names it in errors. */
export function rowsFromCsv(text: string, source: string): CatalogueRow[] {
  return readCsvTable(text, REQUIRED, source).map((record) => rowFromRecord(record, source));
}

function rowFromRecord(record: Record<string, string>, source: string): CatalogueRow {
  const raw = record.symbol ?? '';
  const fail = (what: string): never => {
    throw new CatalogueBuildError(`${source}: ${raw || '(no symbol)'}: ${what}`);
  };
  const symbol = symbolKey(raw);
  if (symbol !== raw) fail('the symbol is not canonical (upper case, no spaces)');
  if (locate(symbol) === null) fail('not a catalogue symbol');
  const date = record.date ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || isoDate(date) !== date) fail(`date "${date}" is not yyyy-mm-dd`);
  const title = (record.title_en ?? '').trim();
  if (title === '') fail('no English title');
  const row: CatalogueRow = { symbol, date, title };

  const counts = [record.yes, record.no, record.abstain].map((value) => value ?? '');
  if (counts.some((value) => value !== '')) {
    // All three or none: a partial vote would be an invented one.
    if (!counts.every((value) => /^\d{1,3}$/.test(value))) fail(`votes "${counts.join('-')}" are not three counts`);
    row.votes = [Number(counts[0]), Number(counts[1]), Number(counts[2])];
  }
  const undlId = record.undl_id ?? '';
  if (undlId !== '') {
    if (!/^[1-9]\d{0,11}$/.test(undlId)) fail(`record number "${undlId}" is not a number`);
    row.undlId = undlId;
  }
  const agenda = (record.agenda ?? '')
    .split(' | ')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (agenda.length > 0) row.agenda = agenda;
  return row;
}

/** Groups rows into shards (in input order), refusing a symbol listed twice. */
export function buildShards(rows: readonly CatalogueRow[]): CompactShard[] {
  const byShard = new Map<ShardName, CatalogueRow[]>(SHARD_NAMES.map((name) => [name, []]));
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.symbol)) throw new CatalogueBuildError(`${row.symbol} is listed twice`);
    seen.add(row.symbol);
    const place = locate(row.symbol);
    if (place === null) throw new CatalogueBuildError(`${row.symbol}: not a catalogue symbol`);
    byShard.get(place.shard)?.push(row);
  }
  return SHARD_NAMES.map((name) => encodeShard(name, byShard.get(name) ?? []));
}
