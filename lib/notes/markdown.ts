/**
 * Notes as Markdown, for reading and pasting into a report: one section per document, each
 * note with its quote as a blockquote, its text, tags and dates. Note and quote text is the
 * reader's own and may contain anything (`#`, `>`, `*`, backticks, HTML): every line of it is
 * escaped, so it can never turn into a heading, a list, a link or markup.
 */
import { CLAUSE_FRAGMENT } from '../anchoring/types';
import { documentSource } from './web-annotation';
import type { Note } from './types';

/** Escapes Markdown's inline and line-start syntax in one line of text. */
export function escapeMarkdownLine(line: string): string {
  const inline = line.replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`);
  // A line that starts like a list item (`- `, `1. `) or a rule (`---`) would become one.
  return inline.replace(/^(\s*)([-=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function escapedLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map(escapeMarkdownLine);
}

function documentHeading(note: Note): string {
  const name = note.doc.kind === 'symbol' ? `${note.doc.symbol}` : note.doc.url;
  const title = note.docTitle !== undefined && note.docTitle !== '' ? ` — ${note.docTitle}` : '';
  return `## ${escapeMarkdownLine(name + title)}`;
}

function noteBlock(note: Note): string[] {
  const lines: string[] = [];
  const quote = note.selectors.find((s) => s.type === 'TextQuoteSelector');
  const clause = note.selectors.find((s) => s.type === 'FragmentSelector' && s.conformsTo === CLAUSE_FRAGMENT);
  const heading = [note.doc.kind === 'symbol' ? note.doc.lang : '', clause ? `clause ${clause.value}` : '', note.colour].filter(
    (s) => s !== '',
  );
  lines.push(`### ${escapeMarkdownLine(heading.join(' · '))}`, '');
  if (quote?.type === 'TextQuoteSelector') lines.push(...escapedLines(quote.exact).map((l) => `> ${l}`), '');
  if (note.text !== '') {
    // Hard line breaks (two trailing spaces would be invisible; a backslash is explicit).
    const text = escapedLines(note.text);
    lines.push(...text.map((l, i) => (i < text.length - 1 && l !== '' ? `${l}\\` : l)), '');
  }
  if (note.tags.length > 0) lines.push(`Tags: ${note.tags.map((t) => `\`${t.replace(/`/g, 'ʼ')}\``).join(', ')}`, '');
  lines.push(`Created ${note.created} · updated ${note.updated} · <${safeUrl(documentSource(note.doc))}>`, '');
  return lines;
}

export function notesToMarkdown(notes: readonly Note[]): string {
  const byDoc = new Map<string, Note[]>();
  for (const note of notes) {
    const list = byDoc.get(note.docKey) ?? [];
    list.push(note);
    byDoc.set(note.docKey, list);
  }
  const lines = ['# Resolute notes', ''];
  for (const group of byDoc.values()) {
    lines.push(documentHeading(group[0]!), '');
    const ordered = [...group].sort((a, b) => positionOf(a) - positionOf(b) || a.created.localeCompare(b.created));
    for (const note of ordered) lines.push(...noteBlock(note));
  }
  return lines.join('\n');
}

function positionOf(note: Note): number {
  const pos = note.selectors.find((s) => s.type === 'TextPositionSelector');
  return pos?.type === 'TextPositionSelector' ? pos.start : Number.MAX_SAFE_INTEGER;
}

/** An autolink's address with nothing in it that could end the link early. */
function safeUrl(url: string): string {
  return url.replace(/[<>\s`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
