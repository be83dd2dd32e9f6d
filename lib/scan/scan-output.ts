/**
 * How the scan command prints what it found: an aligned table for people, JSON for programs.
 */

import type { Citation, UnLang } from '../citations/types';
import { formatTable } from '../format/aligned-table';
import { LineIndex } from '../text/line-col';

/** The scan of one file. */
export interface FileScan {
  file: string;
  /** The language the engine was told (given, or inferred from the file), null if left to it. */
  lang: UnLang | null;
  pageSymbol: string | null;
  /** The symbol as the masthead prints it, when that is more than `pageSymbol`: a joint symbol whole (`A/ES-10/1027-S/2025/173`). */
  printedSymbol?: string;
  /** The title and date (ISO) a PDF's first page prints, when it has a masthead. */
  title?: string;
  date?: string;
  /** The scanned text: citation offsets index it. */
  text: string;
  citations: Citation[];
}

export const NO_OWN_SYMBOL = '— (no own symbol)';

/** Longest surface shown in the table; the JSON forms always carry the whole of it. */
const MAX_SURFACE = 48;

/** A header line for the file, then one aligned line per citation. */
export function formatScanTable(scan: FileScan): string {
  const count = scan.citations.length;
  const facts = [
    scan.lang ? `lang ${scan.lang}` : 'lang not given',
    scan.pageSymbol ? `page ${scan.printedSymbol ?? scan.pageSymbol}` : 'no page symbol',
    `${count} citation${count === 1 ? '' : 's'}`,
  ];
  if (scan.date) facts.splice(2, 0, `dated ${scan.date}`);
  const lines = [`${scan.file}  (${facts.join(', ')})`];
  if (scan.title) lines.push(`  ${scan.title}`);
  if (count === 0) return lines.join('\n') + '\n';

  const index = new LineIndex(scan.text);
  const rows = scan.citations.map((citation) => {
    const { line, col } = index.at(citation.start);
    return [
      `${line}:${col}`,
      showSurface(citation.text),
      citation.symbol ?? NO_OWN_SYMBOL,
      citation.body,
      citation.kind,
      citation.pinpoint ?? '',
    ];
  });
  const header = ['line:col', 'text', 'symbol', 'body', 'kind', 'pinpoint'];
  lines.push(...formatTable([header, ...rows], { indent: '  ', align: ['right'] }));
  return lines.join('\n') + '\n';
}

/** The `--json` form: the citations of one file. */
export function formatScanJson(scan: FileScan): string {
  return JSON.stringify(scan.citations, null, 2) + '\n';
}

/** The `--jsonl` form: one line per file. */
export function formatScanJsonLine(scan: FileScan): string {
  const { file, lang, pageSymbol, printedSymbol, title, date, citations } = scan;
  const printed = printedSymbol ? { printedSymbol } : {};
  return JSON.stringify({ file, lang, pageSymbol, ...printed, ...(title ? { title } : {}), ...(date ? { date } : {}), citations }) + '\n';
}

/** One line, bounded: PDF text breaks lines inside symbols (`A/RES/\n76/186`). */
function showSurface(text: string): string {
  const oneLine = text.replace(/\s*\n\s*/g, '↵').replace(/\s+/g, ' ');
  const chars = [...oneLine];
  return chars.length > MAX_SURFACE ? chars.slice(0, MAX_SURFACE - 1).join('') + '…' : oneLine;
}
