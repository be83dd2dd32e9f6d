/**
 * The compact form of the offline resolution catalogue, shared by the builder
 * (`scripts/build-catalog.ts`, which writes it) and the loader (`catalogue.ts`, which reads it), so
 * the two cannot disagree.
 *
 * The catalogue is split into shards that load independently: Security Council, and the General
 * Assembly by era, the Human Rights Council, the Commission on Human Rights, and General Assembly
 * decisions. A page citing recent resolutions loads only the shard it needs. Each shard is one
 * JSON file:
 *
 *   { "format": "resolute-catalogue/2", "shard": "ga-61-on",
 *     "agendas": ["item 71b: Human rights questions …", …],
 *     "rows": [["76/186", "2021-12-16" | null, "Title", [yes, no, abstain] | 0 | null, undlId | null, agenda | null?, text?], …] }
 *
 * A row's key is its symbol without the shard's prefix (`A/RES/`, `S/RES/`, `A/HRC/`, `E/CN.4/`,
 * `A/DEC/`); the vote is the counts, `0` for "adopted without a vote" (a fact the source states,
 * never inferred), or null when unknown; the date is null when the source gives none; agenda
 * items are indexes into the shard's `agendas` (the same item recurs for dozens of resolutions),
 * one number or an array; `text` is a General Assembly decision's own text (decisions are short
 * and have no document of their own to fetch).
 *
 * General Assembly decisions have no document symbol; the catalogue files them under `A/DEC/78/548`,
 * the form the UN Digital Library uses for them.
 */
import { symbolKey } from '../citations/symbols';
import { isoDate } from './untrusted';

export const CATALOGUE_FORMAT = 'resolute-catalogue/2';

export const SHARD_NAMES = ['sc', 'ga-1-30', 'ga-31-60', 'ga-61-on', 'ga-special', 'ga-decisions', 'hrc', 'chr'] as const;
export type ShardName = (typeof SHARD_NAMES)[number];

/** One resolution as the catalogue knows it. */
export interface CatalogueRow {
  symbol: string;
  /** ISO `yyyy-mm-dd`: the date of adoption (of the vote); absent when the source gives none. */
  date?: string;
  /** English title (for the Security Council, the Library's description). */
  title: string;
  votes?: [yes: number, no: number, abstain: number] | 'without-vote';
  undlId?: string;
  agenda?: string[];
  /** A General Assembly decision's text. */
  text?: string;
}

type CompactVotes = [number, number, number] | 0 | null;

export type CompactRow =
  | [key: string, date: string | null, title: string, votes: CompactVotes, undlId: number | null]
  | [key: string, date: string | null, title: string, votes: CompactVotes, undlId: number | null, agenda: number | number[] | null]
  | [
      key: string,
      date: string | null,
      title: string,
      votes: CompactVotes,
      undlId: number | null,
      agenda: number | number[] | null,
      text: string,
    ];

export interface CompactShard {
  format: typeof CATALOGUE_FORMAT;
  shard: ShardName;
  agendas: string[];
  rows: CompactRow[];
}

export class CatalogueFormatError extends Error {
  override name = 'CatalogueFormatError';
}

const PREFIX: Record<ShardName, string> = {
  sc: 'S/RES/',
  'ga-1-30': 'A/RES/',
  'ga-31-60': 'A/RES/',
  'ga-61-on': 'A/RES/',
  'ga-special': 'A/RES/',
  'ga-decisions': 'A/DEC/',
  hrc: 'A/HRC/',
  chr: 'E/CN.4/',
};

/**
 * Where a symbol would be in the catalogue: its shard and key, or null when the catalogue cannot
 * hold it (not a GA, SC, HRC or CHR resolution, nor a GA decision). Takes any spelling `symbolKey`
 * folds together.
 */
export function locate(symbol: string): { shard: ShardName; key: string } | null {
  const s = symbolKey(symbol);
  let hr = /^A\/HRC\/((?:RES|DEC|PRST)\/(?:S-)?\d{1,2}\/\d{1,4})$/.exec(s);
  if (hr?.[1] !== undefined) return { shard: 'hrc', key: hr[1] };
  hr = /^E\/CN\.4\/((?:RES|DEC)\/(?:19[4-9]\d|200\d)\/\d{1,4})$/.exec(s);
  if (hr?.[1] !== undefined) return { shard: 'chr', key: hr[1] };
  hr = /^A\/DEC\/(\d{1,3}\/\d{1,4})$/.exec(s);
  if (hr?.[1] !== undefined) return { shard: 'ga-decisions', key: hr[1] };
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
  return PREFIX[shard] + key;
}

/** Builds a shard from rows (which must all belong to it), in the given order. */
export function encodeShard(shard: ShardName, rows: readonly CatalogueRow[]): CompactShard {
  const agendas: string[] = [];
  const agendaIndex = new Map<string, number>();
  const compact = rows.map((row): CompactRow => {
    const place = locate(row.symbol);
    if (place === null || place.shard !== shard) throw new CatalogueFormatError(`${row.symbol} does not belong in shard "${shard}"`);
    const votes: CompactVotes = row.votes === 'without-vote' ? 0 : (row.votes ?? null);
    const base: CompactRow = [place.key, row.date ?? null, row.title, votes, row.undlId === undefined ? null : Number(row.undlId)];
    const indexes = (row.agenda ?? []).map((item) => {
      let index = agendaIndex.get(item);
      if (index === undefined) {
        index = agendas.push(item) - 1;
        agendaIndex.set(item, index);
      }
      return index;
    });
    const agenda = indexes.length === 0 ? null : indexes.length === 1 ? (indexes[0] as number) : indexes;
    if (row.text !== undefined) return [...base, agenda, row.text];
    return agenda === null ? base : [...base, agenda];
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
  if (!Array.isArray(row) || row.length < 5 || row.length > 7) return 'not a list of 5 to 7 fields';
  const [key, date, title, votes, undlId, agenda, text] = row as unknown[];
  if (typeof key !== 'string') return 'the key is not a string';
  const place = locate(symbolOf(shard, key));
  if (place === null || place.shard !== shard || place.key !== key) return `"${key}" is not a symbol of this shard`;
  if (date !== null && (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || isoDate(date) !== date)) {
    return `date ${JSON.stringify(date)} is neither null nor yyyy-mm-dd`;
  }
  if (typeof title !== 'string' || title.trim() === '' || title.length > 2000) return 'the title is empty or not a string';
  if (votes !== null && votes !== 0 && !(Array.isArray(votes) && votes.length === 3 && votes.every(isCount)))
    return 'votes are neither null, 0 nor [yes, no, abstain]';
  if (undlId !== null && !(Number.isSafeInteger(undlId) && (undlId as number) > 0))
    return 'the record number is neither null nor a positive integer';
  if (row.length === 7 && (typeof text !== 'string' || text.length > 50000)) return 'the text is not a string';
  if (row.length >= 6 && agenda !== null) {
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
  const out: CatalogueRow = { symbol: symbolOf(shard.shard, key), title };
  if (date !== null) out.date = date;
  if (votes === 0) out.votes = 'without-vote';
  else if (votes !== null) out.votes = [votes[0], votes[1], votes[2]];
  if (undlId !== null) out.undlId = String(undlId);
  const agenda = row[5];
  if (agenda !== undefined && agenda !== null) {
    const indexes = Array.isArray(agenda) ? agenda : [agenda];
    out.agenda = indexes.map((i) => shard.agendas[i] ?? '').filter((item) => item !== '');
  }
  if (row.length === 7) out.text = row[6];
  return out;
}
