/**
 * Search, filter and sort notes, for the reader's notes list and the all-notes page. Pure.
 *
 * Full text: every word of the query must occur in the note's text, quote, tags, or its
 * document's symbol, title or address. Matching ignores case and diacritics (é = e, ё = е,
 * Arabic vowel marks and tatweel, full-width forms) and is by substring, which is also how
 * Chinese (written without spaces) is searched. Each note's normalized text is computed once
 * per revision and kept, so searching 10,000 notes as the reader types is a scan of strings.
 */
import type { Note, NoteColour } from './types';

export type NotesSort = 'updated-desc' | 'updated-asc' | 'created-desc' | 'document';

export interface NotesQuery {
  text?: string;
  docKey?: string;
  colour?: NoteColour;
  /** Compared case-insensitively. */
  tag?: string;
  sort: NotesSort;
}

/** Folds case and diacritics away (NFKD then drop combining marks), the same for notes and queries. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{M}\u0640]/gu, '')
    .toLowerCase();
}

/** The query's words, folded; punctuation separates words like spaces do. */
export function searchWords(query: string): string[] {
  return foldForSearch(query)
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((w) => w !== '');
}

interface Indexed {
  stamp: string;
  haystack: string;
  created: number;
  updated: number;
  position: number;
  tagsFolded: string[];
}

/** The per-note cache; one per view is plenty (the default is shared by the module). */
export class NotesSearchIndex {
  private readonly entries = new Map<string, Indexed>();

  entry(note: Note): Indexed {
    const stamp = `${note.revision}|${note.updated}`;
    const cached = this.entries.get(note.id);
    if (cached !== undefined && cached.stamp === stamp) return cached;
    const quote = note.selectors.map((s) => (s.type === 'TextQuoteSelector' ? s.exact : '')).join(' ');
    const doc = note.doc.kind === 'symbol' ? note.doc.symbol : note.doc.url;
    // Fields joined by a newline, which no query word contains: a word never matches across two fields.
    const haystack = foldForSearch([note.text, quote, note.tags.join('\n'), doc, note.docTitle ?? ''].join('\n'));
    const position = note.selectors.find((s) => s.type === 'TextPositionSelector');
    const fresh: Indexed = {
      stamp,
      haystack,
      created: Date.parse(note.created),
      updated: Date.parse(note.updated),
      position: position?.type === 'TextPositionSelector' ? position.start : Number.MAX_SAFE_INTEGER,
      tagsFolded: note.tags.map(foldForSearch),
    };
    this.entries.set(note.id, fresh);
    return fresh;
  }

  /** Forgets notes no longer in `ids` (after deletions), so the cache does not grow forever. */
  retainOnly(ids: Iterable<string>): void {
    const keep = new Set(ids);
    for (const id of this.entries.keys()) if (!keep.has(id)) this.entries.delete(id);
  }
}

const sharedIndex = new NotesSearchIndex();

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function queryNotes(notes: readonly Note[], query: NotesQuery, index: NotesSearchIndex = sharedIndex): Note[] {
  const words = query.text === undefined ? [] : searchWords(query.text);
  const tag = query.tag === undefined ? undefined : foldForSearch(query.tag.trim());
  const hits: { note: Note; entry: Indexed }[] = [];
  for (const note of notes) {
    if (query.docKey !== undefined && note.docKey !== query.docKey) continue;
    if (query.colour !== undefined && note.colour !== query.colour) continue;
    const entry = index.entry(note);
    if (tag !== undefined && !entry.tagsFolded.includes(tag)) continue;
    if (!words.every((w) => entry.haystack.includes(w))) continue;
    hits.push({ note, entry });
  }
  hits.sort(comparator(query.sort));
  return hits.map((h) => h.note);
}

type Hit = { note: Note; entry: Indexed };

function comparator(sort: NotesSort): (a: Hit, b: Hit) => number {
  // Ties are broken by id so that the order is the same on every call.
  const byId = (a: Hit, b: Hit) => (a.note.id < b.note.id ? -1 : a.note.id > b.note.id ? 1 : 0);
  switch (sort) {
    case 'updated-desc':
      return (a, b) => b.entry.updated - a.entry.updated || byId(a, b);
    case 'updated-asc':
      return (a, b) => a.entry.updated - b.entry.updated || byId(a, b);
    case 'created-desc':
      return (a, b) => b.entry.created - a.entry.created || byId(a, b);
    case 'document':
      // Documents in symbol order (A/RES/76/9 before A/RES/76/10), notes in reading order within.
      return (a, b) =>
        collator.compare(a.note.docKey, b.note.docKey) ||
        a.entry.position - b.entry.position ||
        a.entry.created - b.entry.created ||
        byId(a, b);
  }
}
