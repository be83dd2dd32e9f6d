/**
 * A NotesStore in memory with the contract's behaviour (revisions, conflicts, trash, merge), for
 * testing the views in node without IndexedDB. `failNext` makes the next write throw, to show
 * what the views do with a full disk.
 */
/* eslint-disable @typescript-eslint/require-await -- an in-memory double answers at once, behind the store's async interface */
import { documentKeyOf, NotesError, type ImportResult, type NewNote, type Note, type NotesStore } from '../../../lib/notes/types';

export interface MemoryNotesStore extends NotesStore {
  failNext(error: Error): void;
  /** Writes as another tab would: bumps the revision. */
  writeElsewhere(id: string, changes: Partial<Note>): Note;
  writes: number;
}

let counter = 0;

export function memoryNotesStore(initial: Note[] = []): MemoryNotesStore {
  const notes = new Map(initial.map((n) => [n.id, structuredClone(n)]));
  const trash = new Map<string, Note>();
  let failure: Error | null = null;
  let clock = Date.parse('2025-01-01T00:00:00Z');
  const now = () => new Date((clock += 1000)).toISOString();
  const guard = () => {
    const error = failure;
    failure = null;
    if (error !== null) throw error;
  };
  const store: MemoryNotesStore = {
    writes: 0,
    failNext(error) {
      failure = error;
    },
    writeElsewhere(id, changes) {
      const note = notes.get(id)!;
      const next = { ...note, ...changes, revision: note.revision + 1, updated: now() };
      notes.set(id, next);
      return structuredClone(next);
    },
    async get(id) {
      const note = notes.get(id);
      return note && structuredClone(note);
    },
    async forDocument(docKey) {
      return [...notes.values()].filter((n) => n.docKey === docKey).map((n) => structuredClone(n));
    },
    async all() {
      return [...notes.values()].map((n) => structuredClone(n));
    },
    async create(draft: NewNote) {
      guard();
      const when = now();
      const note: Note = {
        ...draft,
        id: `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
        docKey: documentKeyOf(draft.doc),
        created: when,
        updated: when,
        revision: 1,
      };
      notes.set(note.id, note);
      store.writes++;
      return structuredClone(note);
    },
    async update(id, changes, baseRevision) {
      const note = notes.get(id);
      if (note === undefined) return { ok: false, reason: 'gone' };
      if (note.revision !== baseRevision) return { ok: false, reason: 'conflict', current: structuredClone(note) };
      guard();
      const next = { ...note, ...changes, revision: note.revision + 1, updated: now() };
      notes.set(id, next);
      store.writes++;
      return { ok: true, note: structuredClone(next) };
    },
    async remove(id) {
      guard();
      const note = notes.get(id);
      if (note === undefined) return undefined;
      notes.delete(id);
      trash.set(id, note);
      return structuredClone(note);
    },
    async restore(id) {
      const note = trash.get(id);
      if (note === undefined) return undefined;
      trash.delete(id);
      notes.set(id, note);
      return structuredClone(note);
    },
    async merge(incoming) {
      guard();
      const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
      for (const note of incoming) {
        const here = notes.get(note.id);
        if (here === undefined) result.added++;
        else if (note.revision > here.revision || (note.revision === here.revision && note.updated > here.updated)) result.updated++;
        else {
          result.unchanged++;
          continue;
        }
        notes.set(note.id, structuredClone(note));
      }
      return result;
    },
    async clear() {
      notes.clear();
      trash.clear();
    },
  };
  return store;
}

export function quotaError(): NotesError {
  return new NotesError('quota', 'QuotaExceededError');
}

export function sampleNote(overrides: Partial<Note> = {}): Note {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    doc: { kind: 'symbol', symbol: 'A/RES/76/186', lang: 'en' },
    docKey: 'symbol:A/RES/76/186',
    selectors: [{ type: 'TextQuoteSelector', exact: 'Reaffirming its resolution', prefix: '', suffix: ' 75/1' }],
    text: 'first',
    colour: 'yellow',
    tags: [],
    created: '2024-05-01T10:00:00.000Z',
    updated: '2024-05-01T10:00:00.000Z',
    revision: 1,
    ...overrides,
  };
}
