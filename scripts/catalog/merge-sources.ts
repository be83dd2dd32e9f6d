/**
 * Merges the catalogue's sources into one row per symbol, checking each against the others.
 *
 * Sources come in order of trust: the first that holds a symbol gives its row, and a later source
 * only fills fields the row lacks (a date, a vote, a record number). Where a later source states a
 * different date or title, the first is kept and the disagreement is reported as a `Conflict`, so
 * the build prints it and `assets/catalog/conflicts.txt` keeps it for review: nothing is silently
 * overwritten. A source that lists one symbol twice with different data is a conflict too; then
 * neither of its rows is trusted for that symbol (a card that says only what the symbol tells is
 * better than a wrong title).
 */
import type { CatalogueRow } from '../../lib/metadata/catalogue-format';
import type { SourceRows } from './more-sources';

export interface Conflict {
  symbol: string;
  field: 'date' | 'title';
  /** The value kept (the earlier source), or null when the row was left out. */
  kept: { source: string; value: string } | null;
  other: { source: string; value: string };
}

export interface MergeReport {
  rows: CatalogueRow[];
  conflicts: Conflict[];
  /** Per source: rows it added, rows it confirmed or completed, rows it listed twice identically. */
  counts: Record<string, { added: number; matched: number; duplicates: number; skipped: number }>;
}

/**
 * Titles compared as words: case, punctuation, quotes and dashes differ between sources that
 * agree ("Fifth Committee" / "Fifth Committee."), so only a different word counts.
 */
export function sameTitle(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return words(a) === words(b);
}

export function mergeSources(sources: readonly SourceRows[]): MergeReport {
  const bySymbol = new Map<string, { row: CatalogueRow; source: string }>();
  const order: string[] = [];
  const conflicts: Conflict[] = [];
  const counts: MergeReport['counts'] = {};

  for (const { source, rows, skipped } of sources) {
    const count = { added: 0, matched: 0, duplicates: 0, skipped: skipped.length };
    counts[source] = count;
    for (const row of withinSource(source, rows, conflicts, count)) {
      const held = bySymbol.get(row.symbol);
      if (held === undefined) {
        bySymbol.set(row.symbol, { row: { ...row }, source });
        order.push(row.symbol);
        count.added++;
        continue;
      }
      count.matched++;
      compare(held, row, source, conflicts);
      fillGaps(held.row, row);
    }
  }
  return { rows: order.map((symbol) => bySymbol.get(symbol)!.row), conflicts, counts };
}

/** A source's rows with its own duplicates resolved: identical ones collapse, differing ones are left out. */
function withinSource(source: string, rows: readonly CatalogueRow[], conflicts: Conflict[], count: { duplicates: number }): CatalogueRow[] {
  const groups = new Map<string, CatalogueRow[]>();
  for (const row of rows) {
    const group = groups.get(row.symbol);
    if (group === undefined) groups.set(row.symbol, [row]);
    else group.push(row);
  }
  const out: CatalogueRow[] = [];
  for (const [symbol, group] of groups) {
    const first = group[0]!;
    const differing = group.slice(1).filter((row) => !sameTitle(row.title, first.title) || row.date !== first.date);
    if (differing.length === 0) {
      count.duplicates += group.length - 1;
      out.push(first);
      continue;
    }
    for (const row of group) {
      const field = group.every((other) => sameTitle(other.title, row.title)) ? 'date' : 'title';
      conflicts.push({ symbol, field, kept: null, other: { source, value: field === 'date' ? (row.date ?? '') : row.title } });
    }
  }
  return out;
}

function compare(held: { row: CatalogueRow; source: string }, row: CatalogueRow, source: string, conflicts: Conflict[]): void {
  if (held.row.date !== undefined && row.date !== undefined && held.row.date !== row.date) {
    conflicts.push({
      symbol: row.symbol,
      field: 'date',
      kept: { source: held.source, value: held.row.date },
      other: { source, value: row.date },
    });
  }
  if (!sameTitle(held.row.title, row.title)) {
    conflicts.push({
      symbol: row.symbol,
      field: 'title',
      kept: { source: held.source, value: held.row.title },
      other: { source, value: row.title },
    });
  }
}

function fillGaps(target: CatalogueRow, row: CatalogueRow): void {
  if (target.date === undefined && row.date !== undefined) target.date = row.date;
  if (target.votes === undefined && row.votes !== undefined) target.votes = row.votes;
  if (target.undlId === undefined && row.undlId !== undefined) target.undlId = row.undlId;
  if (target.agenda === undefined && row.agenda !== undefined) target.agenda = row.agenda;
  if (target.text === undefined && row.text !== undefined) target.text = row.text;
}

/** The conflicts as the build prints and keeps them: one line each, sorted by symbol. */
export function formatConflicts(conflicts: readonly Conflict[]): string {
  const lines = conflicts.map((c) => {
    const kept = c.kept === null ? 'left out (the source disagrees with itself)' : `kept ${c.kept.source}: ${JSON.stringify(c.kept.value)}`;
    return `${c.symbol}\t${c.field}\t${kept}\t${c.other.source}: ${JSON.stringify(c.other.value)}`;
  });
  return lines.sort().join('\n') + (lines.length > 0 ? '\n' : '');
}
