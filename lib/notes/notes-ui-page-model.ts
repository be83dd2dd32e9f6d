/**
 * The notes page's bookkeeping, apart from its view: the choices its filters offer (documents,
 * tags), what the address preselects (`?doc=<docKey>`), how a change from another tab is folded
 * into the notes held, and the names of exported files. Pure, tested in node.
 */
import type { Note, NotesChange, NoteColour } from './types';
import { NOTE_COLOURS } from './types';
import { documentLabel } from './notes-ui-format';

export type NotesSort = 'updated-desc' | 'updated-asc' | 'created-desc' | 'document';
export const NOTES_SORTS: readonly NotesSort[] = ['updated-desc', 'updated-asc', 'created-desc', 'document'];

export interface NotesPageFilters {
  text: string;
  docKey: string | null;
  colour: NoteColour | null;
  tag: string | null;
  sort: NotesSort;
}

export const NO_FILTERS: NotesPageFilters = { text: '', docKey: null, colour: null, tag: null, sort: 'updated-desc' };

/** How many notes are drawn at first and added by each "show more": the list stays quick at 10,000. */
export const PAGE_SIZE = 100;

export interface DocumentChoice {
  docKey: string;
  label: string;
  title?: string;
  count: number;
}

/** The documents the notes are on, by label, each with its number of notes. */
export function documentChoices(notes: readonly Note[]): DocumentChoice[] {
  const byKey = new Map<string, DocumentChoice>();
  for (const note of notes) {
    const known = byKey.get(note.docKey);
    if (known !== undefined) {
      known.count++;
      if (known.title === undefined && note.docTitle !== undefined) known.title = note.docTitle;
    } else {
      byKey.set(note.docKey, {
        docKey: note.docKey,
        label: documentLabel(note),
        ...(note.docTitle !== undefined ? { title: note.docTitle } : {}),
        count: 1,
      });
    }
  }
  return [...byKey.values()].sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true }));
}

/** Every tag once (the first spelling met), alphabetically. */
export function tagChoices(notes: readonly Note[]): string[] {
  const seen = new Map<string, string>();
  for (const note of notes) for (const tag of note.tags) if (!seen.has(tag.toLocaleLowerCase())) seen.set(tag.toLocaleLowerCase(), tag);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

/** The filters an address asks for: `?doc=symbol:A/RES/76/186&colour=green&tag=x&q=words`. */
export function filtersFromSearch(search: string): NotesPageFilters {
  const params = new URLSearchParams(search);
  const colour = params.get('colour');
  const sort = params.get('sort');
  return {
    text: params.get('q') ?? '',
    docKey: params.get('doc') || null,
    colour: colour !== null && (NOTE_COLOURS as readonly string[]).includes(colour) ? (colour as NoteColour) : null,
    tag: params.get('tag') || null,
    sort: sort !== null && (NOTES_SORTS as readonly string[]).includes(sort) ? (sort as NotesSort) : 'updated-desc',
  };
}

/** The filters as an address query, so a filtered view can be bookmarked or reloaded. */
export function filtersToSearch(filters: NotesPageFilters): string {
  const params = new URLSearchParams();
  if (filters.docKey !== null) params.set('doc', filters.docKey);
  if (filters.colour !== null) params.set('colour', filters.colour);
  if (filters.tag !== null) params.set('tag', filters.tag);
  if (filters.text !== '') params.set('q', filters.text);
  if (filters.sort !== 'updated-desc') params.set('sort', filters.sort);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * A change announced by some tab, applied to the notes held: the written notes as `fetch` reads
 * them now, the deleted ones dropped. Returns a new array (the views compare by identity).
 */
export async function applyChange(
  notes: readonly Note[],
  change: NotesChange,
  fetch: (id: string) => Promise<Note | undefined>,
): Promise<Note[]> {
  const byId = new Map(notes.map((n) => [n.id, n]));
  for (const id of change.deleted) byId.delete(id);
  const written = await Promise.all(change.written.map(async (id) => [id, await fetch(id)] as const));
  for (const [id, note] of written) {
    if (note === undefined) byId.delete(id);
    else byId.set(id, note);
  }
  return [...byId.values()];
}

/** Past this many ids in one change (an import, a wipe), reading everything again is simpler and quicker. */
export const RELOAD_ALL_OVER = 200;

export function exportFileName(kind: 'jsonld' | 'md', scope: string | null, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  const slug =
    scope === null
      ? 'all'
      : scope
          .replace(/^[a-z]+:/, '')
          .replace(/[^A-Za-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 60) || 'document';
  return `resolute-notes-${slug}-${day}.${kind}`;
}
