/**
 * A comparison to take away: a standalone HTML file (insertions underlined, deletions struck
 * through, in inline styles a word processor keeps when the page is pasted or opened) and
 * Markdown (deletions ~~struck~~, insertions **bold**, which Markdown tools and word processors
 * that read Markdown keep). The words around them come from the caller, in the reader's language.
 */
import { paragraphName } from './names';
import type { Comparison, PairStatus, ParagraphPair } from './types';
import type { DiffSegment } from './word-diff';

export interface ExportLabels {
  /** "A/RES/78/228 → A/RES/80/228" or a localized form of it. */
  title: string;
  /** "37 changed, 8 new, 2 dropped, 48 unchanged". */
  summary: string;
  status: Record<PairStatus | 'moved', string>;
  /** "was $1": the old paragraph's name. */
  was: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

const INS_STYLE = 'text-decoration:underline;color:#1a5e20;background:#e6f4e6';
const DEL_STYLE = 'text-decoration:line-through;color:#8e1b1b;background:#fbe9e9';

export function comparisonToHtml(comparison: Comparison, labels: ExportLabels): string {
  const body = comparison.pairs.map((pair) => pairToHtml(pair, labels)).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(labels.lang)}" dir="${labels.dir}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(labels.title)}</title>
<style>
body { font: 16px/1.5 Georgia, 'Times New Roman', serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
.pair { margin: 0 0 1em; }
.name { font-weight: bold; margin-inline-end: .5em; }
.status { font: 12px/1 sans-serif; color: #555; margin-inline-start: .5em; }
.dropped .text { text-decoration: line-through; color: #8e1b1b; }
.new .text { text-decoration: underline; color: #1a5e20; }
</style>
</head>
<body>
<h1>${escapeHtml(labels.title)}</h1>
<p><strong>${escapeHtml(labels.summary)}</strong></p>
${body}
</body>
</html>
`;
}

function pairToHtml(pair: ParagraphPair, labels: ExportLabels): string {
  const { name, note } = nameAndNote(pair, labels);
  let text: string;
  if (pair.status === 'changed') text = pair.diff!.map(segmentToHtml).join(' ');
  else if (pair.status === 'dropped') text = `<del style="${DEL_STYLE}">${escapeHtml(pair.old!.text)}</del>`;
  else if (pair.status === 'new') text = `<ins style="${INS_STYLE}">${escapeHtml(pair.new!.text)}</ins>`;
  else text = escapeHtml(pair.new!.text);
  return `<p class="pair ${pair.status}" id="${escapeHtml(pair.new?.id ?? `old-${pair.old!.id}`)}"><span class="name">${escapeHtml(name)}</span><span class="text">${text}</span><span class="status">${escapeHtml(note)}</span></p>`;
}

function segmentToHtml(segment: DiffSegment): string {
  if (segment.kind === 'same') return escapeHtml(segment.text);
  const tag = segment.kind === 'ins' ? 'ins' : 'del';
  return `<${tag} style="${segment.kind === 'ins' ? INS_STYLE : DEL_STYLE}">${escapeHtml(segment.text)}</${tag}>`;
}

export function comparisonToMarkdown(comparison: Comparison, labels: ExportLabels): string {
  const lines = [`# ${labels.title}`, '', `**${labels.summary}**`, ''];
  for (const pair of comparison.pairs) {
    const { name, note } = nameAndNote(pair, labels);
    let text: string;
    if (pair.status === 'changed') text = pair.diff!.map(segmentToMarkdown).join(' ');
    else if (pair.status === 'dropped') text = `~~${escapeMarkdown(pair.old!.text)}~~`;
    else if (pair.status === 'new') text = `**${escapeMarkdown(pair.new!.text)}**`;
    else text = escapeMarkdown(pair.new!.text);
    lines.push(`${name}. ${text} _(${note})_`, '');
  }
  return lines.join('\n');
}

function segmentToMarkdown(segment: DiffSegment): string {
  if (segment.kind === 'same') return escapeMarkdown(segment.text);
  return segment.kind === 'ins' ? `**${escapeMarkdown(segment.text)}**` : `~~${escapeMarkdown(segment.text)}~~`;
}

/** The pair's name (the newer paragraph's, or the dropped one's) and what happened to it. */
function nameAndNote(pair: ParagraphPair, labels: ExportLabels): { name: string; note: string } {
  const name = paragraphName((pair.new ?? pair.old)!.id);
  const notes = [labels.status[pair.status]];
  if (pair.moved) notes.push(labels.status.moved);
  if (pair.old !== undefined && pair.new !== undefined && pair.old.id !== pair.new.id)
    notes.push(labels.was.replace('$1', paragraphName(pair.old.id)));
  return { name, note: notes.join('; ') };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** Characters Markdown would read as markup are escaped, so a paragraph's text stays text. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_~[\]<>#|]/gu, (c) => `\\${c}`);
}
