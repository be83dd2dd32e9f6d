/**
 * A comparison as the command line prints it: one line per pair (old id, new id, status), the
 * word differences of a changed pair in wdiff's notation ([-deleted-] {+inserted+}), or as JSON.
 */
import type { Comparison, ParagraphPair } from './types';
import type { DiffSegment } from './word-diff';

export interface ComparedFiles {
  old: string;
  new: string;
}

export function summaryLine(comparison: Comparison): string {
  const { changed, new: added, dropped, unchanged, moved } = comparison.counts;
  return `${changed} changed, ${added} new, ${dropped} dropped, ${unchanged} unchanged${moved > 0 ? ` (${moved} moved)` : ''}`;
}

export function wdiff(segments: readonly DiffSegment[]): string {
  return segments.map((s) => (s.kind === 'same' ? s.text : s.kind === 'ins' ? `{+${s.text}+}` : `[-${s.text}-]`)).join(' ');
}

export function formatComparisonText(files: ComparedFiles, comparison: Comparison): string {
  const lines = [`${files.old} → ${files.new}: ${summaryLine(comparison)}`];
  const width = Math.max(6, ...comparison.pairs.map((p) => (p.old?.id ?? '').length));
  for (const pair of comparison.pairs) {
    const status = pair.moved ? `${pair.status}, moved` : pair.status;
    lines.push(`${(pair.old?.id ?? '-').padEnd(width)}  ${(pair.new?.id ?? '-').padEnd(width)}  ${status}`);
    if (pair.status === 'changed') lines.push(`    ${wdiff(pair.diff!)}`);
    if (pair.status === 'new') lines.push(`    {+${pair.new!.text}+}`);
    if (pair.status === 'dropped') lines.push(`    [-${pair.old!.text}-]`);
  }
  return `${lines.join('\n')}\n`;
}

/** JSON: each pair with its old and new paragraph ids, status, and the differences when changed. */
export function formatComparisonJson(files: ComparedFiles, comparison: Comparison): string {
  const pairs = comparison.pairs.map((pair: ParagraphPair) => ({
    old: pair.old?.id ?? null,
    new: pair.new?.id ?? null,
    status: pair.status,
    moved: pair.moved,
    ...(pair.diff !== undefined ? { diff: pair.diff } : {}),
    ...(pair.status === 'new' ? { text: pair.new!.text } : pair.status === 'dropped' ? { text: pair.old!.text } : {}),
  }));
  return `${JSON.stringify({ old: files.old, new: files.new, counts: comparison.counts, pairs }, null, 2)}\n`;
}
