/**
 * The bench is a list of named sections; each measures one thing and returns rows for a table.
 * A later issue adds a measurement by adding a section to `scripts/bench.ts`.
 */

import type { Citation, ScanContext } from '../../lib/citations/types';
import { formatTable, type Align } from '../../lib/format/aligned-table';

export type FindCitations = (text: string, context?: ScanContext) => Citation[];

/** One line of a section's table: column name → cell. Numbers are right-aligned. */
export type BenchRow = Record<string, string | number>;

export interface BenchSection {
  name: string;
  run(findCitations: FindCitations): Promise<BenchRow[]>;
}

/** A section's rows as an aligned table under its name; columns in order of first appearance. */
export function formatSection(name: string, rows: readonly BenchRow[]): string {
  const columns: string[] = [];
  for (const row of rows) for (const column of Object.keys(row)) if (!columns.includes(column)) columns.push(column);
  const align: Align[] = columns.map((column) => (rows.some((row) => typeof row[column] === 'number') ? 'right' : 'left'));
  const cells = rows.map((row) => columns.map((column) => cell(row[column])));
  const lines = formatTable([columns, ...cells], { indent: '  ', align });
  return `${name}\n${lines.join('\n')}\n`;
}

function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Number.isInteger(value)) return String(value);
  // Three significant digits are what a timing run can tell apart.
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3);
}
