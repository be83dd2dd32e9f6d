/**
 * The compact form of the offline resolution catalogue, shared by the builder
 * (`scripts/build-catalog.ts`, which writes it) and the loader (`catalogue.ts`, which reads it), so
 * the two cannot disagree.
 *
 * The catalogue is split into shards that load independently: Security Council, and the General
 * Assembly by era. A page citing recent resolutions loads only the shard it needs. Each shard is
 * one JSON file:
 *
 *   { "format": "resolute-catalogue/1", "shard": "ga-61-on",
 *     "agendas": ["item 71b: Human rights questions …", …],
 *     "rows": [["76/186", "2021-12-16", "Title", [yes, no, abstain] | null, undlId | null, agenda?], …] }
 *
 * A row's key is its symbol without `A/RES/` or `S/RES/`; agenda items are indexes into the
 * shard's `agendas` (the same item recurs for dozens of resolutions), one number or an array.
 */
import { symbolKey } from '../citations/symbols';
import { isoDate } from './untrusted';

export const CATALOGUE_FORMAT = 'resolute-catalogue/1';

export const SHARD_NAMES = ['sc', 'ga-1-30', 'ga-31-60', 'ga-61-on', 'ga-special'] as const;
export type ShardName = (typeof SHARD_NAMES)[number];

/** One resolution as the catalogue knows it. */
export interface CatalogueRow {
  symbol: string;
  /** ISO `yyyy-mm-dd`: the date of adoption (of the vote). */
  date: string;
  /** English title (for the Security Council, the Library's description). */
  title: string;
  votes?: [yes: number, no: number, abstain: number];
  undlId?: string;
  agenda?: string[];
}

export type CompactRow =
  | [key: string, date: string, title: string, votes: [number, number, number] | null, undlId: number | null]
  | [key: string, date: string, title: string, votes: [number, number, number] | null, undlId: number | null, agenda: number | number[]];

export interface CompactShard {
  format: typeof CATALOGUE_FORMAT;
  shard: ShardName;
  agendas: string[];
  rows: CompactRow[];
}

export class CatalogueFormatError extends Error {
  override name = 'CatalogueFormatError';
}

const PREFIX: Record<'A' | 'S', string> = { A: 'A/RES/', S: 'S/RES/' };

/**
 * Where a symbol would be in the catalogue: its shard and key, or null when the catalogue cannot
 * hold it (not a GA or SC resolution symbol). Takes any spelling `symbolKey` folds together.
 */
export function locate(symbol: string): { shard: ShardName; key: string } | null {
  const s = symbolKey(symbol);
  let match = /^S\/RES\/(\d{1,4}\(\d{4}\))$/.exec(s);
  if (match?.[1] !== undefined) return { shard: 'sc', key: match[1] };
  match = /^A\/RES\/((?:ES|S)-\d{1,2}\/\d{1,4})$/.exec(s);
  if (match?.[1] !== undefined) return { shard: 'ga-special', key: match[1] };
  match = /^A\/RES\/((\d{1,3})\/\d{1,4})$/.exec(s);
  if (match?.[1] !== undefined) return { shard: Number(match[2]) <= 60 ? 'ga-31-60' : 'ga-61-on', key: match[1] };
  // Before 1976: `217(III)`, `104(S-I)`, `996(ES-I)`.
  match = /^A\/RES\/(\d{1,4}\((?:E?S-)?[IVXLC]{1,8}\))$/.exec(s);
  if (match?.[1] !== undefined) return { shard: 'ga-1-30', key: match[1] };
  return null;
}

/** The full symbol of a row key in a shard. */
export function symbolOf(shard: ShardName, key: string): string {
  return (shard === 'sc' ? PREFIX.S : PREFIX.A) + key;
}

/** Builds a shard from rows (which must all belong to it), in the given order. */
export function encodeShard(shard: ShardName, rows: readonly CatalogueRow[]): CompactShard {
  const agendas: string[] = [];
  const agendaIndex = new Map<string, number>();
  const compact = rows.map((row): CompactRow => {
    const place = locate(row.symbol);
    if (place === null || place.shard !== shard) throw new CatalogueFormatError(`${row.symbol} does not belong in shard "${shard}"`);
    const base: CompactRow = [place.key, row.date, row.title, row.votes ?? null, row.undlId === undefined ? null : Number(row.undlId)];
    if (row.agenda === undefined || row.agenda.length === 0) return base;
    const indexes = row.agenda.map((item) => {
      let index = agendaIndex.get(item);
      if (index === undefined) {
        index = agendas.push(item) - 1;
        agendaIndex.set(item, index);
      }
      return index;
    });
    return [...base, indexes.length === 1 ? (indexes[0] as number) : indexes];
  });
  return { format: CATALOGUE_FORMAT, shard, agendas, rows: compact };
}

/** JSON with one row per line: small, and a rebuilt shard diffs line by line. */
export function serializeShard(shard: CompactShard): string {
  const agendas = shard.agendas.map((item) => JSON.stringify(item)).join(',\n');
  const rows = shard.rows.map((row) => JSON.stringify(row)).join(',\n');
  return `{"format":${JSON.stringify(shard.format)},"shard":${JSON.stringify(shard.shard)},\n"agendas":[\n${agendas}\n],\n"rows":[\n${rows}\n]}\n`;
}

/** A shard checked row by row, indexed by key. Throws `CatalogueFormatError` saying what is wrong where. */
export interface LoadedShard {
  shard: ShardName;
  agendas: readonly string[];
  rows: ReadonlyMap<string, CompactRow>;
}

export function decodeShard(data: unknown, expected: ShardName): LoadedShard {
  const fail = (what: string): never => {
    throw new CatalogueFormatError(`catalogue shard "${expected}": ${what}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('not a JSON object');
  const shard = data as Record<string, unknown>;
  if (shard.format !== CATALOGUE_FORMAT) return fail(`format is ${JSON.stringify(shard.format)}, expected "${CATALOGUE_FORMAT}"`);
  if (shard.shard !== expected) return fail(`the file holds shard ${JSON.stringify(shard.shard)}`);
  const { agendas, rows } = shard;
  if (!Array.isArray(agendas) || !agendas.every((item) => typeof item === 'string')) return fail('"agendas" is not a list of strings');
  if (!Array.isArray(rows)) return fail('"rows" is not a list');
  const byKey = new Map<string, CompactRow>();
  rows.forEach((row: unknown, index) => {
    const problem = rowProblem(row, expected, agendas.length);
    if (problem !== undefined) fail(`row ${index}${Array.isArray(row) && typeof row[0] === 'string' ? ` (${row[0]})` : ''}: ${problem}`);
    const key = (row as CompactRow)[0];
    if (byKey.has(key)) fail(`row ${index}: ${key} appears twice`);
    byKey.set(key, row as CompactRow);
  });
  return { shard: expected, agendas, rows: byKey };
}

function rowProblem(row: unknown, shard: ShardName, agendaCount: number): string | undefined {
  if (!Array.isArray(row) || (row.length !== 5 && row.length !== 6)) return 'not a list of 5 or 6 fields';
  const [key, date, title, votes, undlId, agenda] = row as unknown[];
  if (typeof key !== 'string') return 'the key is not a string';
  const place = locate(symbolOf(shard, key));
  if (place === null || place.shard !== shard || place.key !== key) return `"${key}" is not a symbol of this shard`;
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || isoDate(date) !== date) return `date ${JSON.stringify(date)} is not yyyy-mm-dd`;
  if (typeof title !== 'string' || title.trim() === '' || title.length > 2000) return 'the title is empty or not a string';
  if (votes !== null && !(Array.isArray(votes) && votes.length === 3 && votes.every(isCount))) return 'votes are neither null nor [yes, no, abstain]';
  if (undlId !== null && !(Number.isSafeInteger(undlId) && (undlId as number) > 0)) return 'the record number is neither null nor a positive integer';
  if (row.length === 6) {
    const indexes: unknown[] = Array.isArray(agenda) ? agenda : [agenda];
    if (indexes.length === 0 || !indexes.every((i) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < agendaCount)) {
      return 'agenda refers to no item of the shard';
    }
  }
  return undefined;
}

function isCount(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 999;
}

/** A stored row back as a `CatalogueRow`. */
export function expandRow(shard: LoadedShard, row: CompactRow): CatalogueRow {
  const [key, date, title, votes, undlId] = row;
  const out: CatalogueRow = { symbol: symbolOf(shard.shard, key), date, title };
  if (votes !== null) out.votes = [votes[0], votes[1], votes[2]];
  if (undlId !== null) out.undlId = String(undlId);
  if (row.length === 6) {
    const indexes = Array.isArray(row[5]) ? row[5] : [row[5]];
    out.agenda = indexes.map((i) => shard.agendas[i] ?? '').filter((item) => item !== '');
  }
  return out;
}
