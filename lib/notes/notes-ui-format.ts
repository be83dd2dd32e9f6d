/**
 * Small pure pieces the note views share: tags typed as "a, b, c", what a note quotes, dates as
 * the reader's locale writes them, and the addresses that open a note at its place or list a
 * document's notes. No browser API here, so they are tested in node.
 */
import { CLAUSE_FRAGMENT, type Selector, type TextQuoteSelector } from '../anchoring/types';
import type { Note } from './types';

/** "treaty, Art. 5 ,, treaty" → ['treaty', 'Art. 5']: trimmed, case kept, duplicates (any case) dropped. */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of input.split(/[,،、，]/)) {
    const tag = part.trim().replace(/\s+/g, ' ');
    if (tag === '' || seen.has(tag.toLocaleLowerCase())) continue;
    seen.add(tag.toLocaleLowerCase());
    tags.push(tag);
  }
  return tags;
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}

export function quoteOf(note: Pick<Note, 'selectors'>): TextQuoteSelector | undefined {
  return note.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

/** The clause id (`op-12-b`) a note sits in or marks, if any. */
export function clauseOf(note: Pick<Note, 'selectors'>): string | undefined {
  return note.selectors.find((s: Selector) => s.type === 'FragmentSelector' && s.conformsTo === CLAUSE_FRAGMENT)?.value;
}

/** `op-12-b` → `12 (b)`, `pp-3` → `3`: how a reader names a paragraph, whatever the language. */
export function clauseLabel(clauseId: string): string {
  const parts = clauseId.split('-');
  const [kind, number, ...rest] = parts;
  if ((kind !== 'op' && kind !== 'pp') || number === undefined) return clauseId;
  return [number, ...rest.map((p) => `(${p})`)].join(' ');
}

export function isPreambular(clauseId: string): boolean {
  return clauseId.startsWith('pp-');
}

/** The symbol of a note's document, or null for a PDF or page known only by address. */
export function symbolOf(note: Pick<Note, 'doc'>): string | null {
  return note.doc.kind === 'symbol' ? note.doc.symbol : null;
}

/** What names the document in a list: its symbol, else its title, else its address. */
export function documentLabel(note: Pick<Note, 'doc' | 'docTitle'>): string {
  switch (note.doc.kind) {
    case 'symbol':
      return note.doc.symbol;
    case 'pdf':
    case 'page':
      return note.docTitle ?? note.doc.url;
  }
}

/**
 * The reader address opening the note at its place: `reader.html?symbol=…&lang=…&note=<id>` (the
 * parameters in the order lib/reader/reader-address.ts writes them), or `src=` for a PDF known by
 * address. Null for an HTML page (opened at its own address).
 */
export function noteAddress(note: Pick<Note, 'doc' | 'id'>): string | null {
  const params = new URLSearchParams();
  if (note.doc.kind === 'symbol') {
    params.set('symbol', note.doc.symbol);
    params.set('lang', note.doc.lang);
    params.set('note', note.id);
  } else if (note.doc.kind === 'pdf') {
    params.set('note', note.id);
    params.set('src', note.doc.url);
  } else {
    return null;
  }
  return `reader.html?${params.toString()}`;
}

/** notes.html showing one document's notes (the popover's link). */
export function notesPageAddress(docKey?: string): string {
  return docKey === undefined ? 'notes.html' : `notes.html?${new URLSearchParams({ doc: docKey }).toString()}`;
}

/** Made once per locale: building a formatter costs far more than using one, and lists show hundreds of dates. */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** A date and time as the reader's locale writes them; the raw string if it is not a date. */
export function formatWhen(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (!formatters.has(locale)) {
    try {
      formatters.set(locale, new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
    } catch {
      formatters.set(locale, null);
    }
  }
  return formatters.get(locale)?.format(date) ?? date.toISOString();
}

/** The first `max` characters of a text, cut at a word when one is near, with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
