/**
 * Drafts: a note being typed survives the tab closing. The editor saves to IndexedDB as it types
 * (debounced, asynchronous), and a write still in flight when the tab closes is lost with it;
 * so each keystroke is also kept synchronously in a Storage (localStorage in extension pages),
 * and dropped once IndexedDB has the text. At start-up `replayDrafts` writes whatever is left.
 */
import { isRecord } from '../messages/check';
import { checkNoteChanges } from './note-shape';
import { NotesError, type NewNote, type NoteChanges, type NotesStore } from './types';

/** The part of the Web Storage API the keeper uses (localStorage, or a Map-backed fake). */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Draft {
  noteId: string;
  changes: NoteChanges;
  baseRevision: number;
  /** ISO time the draft was last kept. */
  savedAt: string;
}

export interface DraftKeeper {
  /** Keeps the latest unsaved changes of a note. False when the storage refused (full, disabled). */
  keep(noteId: string, changes: NoteChanges, baseRevision: number): boolean;
  /** Forgets the draft once the database has it. */
  drop(noteId: string): void;
  /** Every draft left, oldest first (malformed entries are skipped and left in place). */
  pending(): Draft[];
}

const PREFIX = 'resolute-notes-draft:';

export function createDraftKeeper(storage: StorageLike, now: () => Date = () => new Date()): DraftKeeper {
  return {
    keep(noteId, changes, baseRevision) {
      const draft: Draft = { noteId, changes, baseRevision, savedAt: now().toISOString() };
      try {
        storage.setItem(PREFIX + noteId, JSON.stringify(draft));
        return true;
      } catch {
        return false;
      }
    },
    drop(noteId) {
      try {
        storage.removeItem(PREFIX + noteId);
      } catch {
        // A storage that cannot remove cannot have kept either.
      }
    },
    pending() {
      const drafts: Draft[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key === null || !key.startsWith(PREFIX)) continue;
        const draft = readDraft(key.slice(PREFIX.length), storage.getItem(key));
        if (draft !== null) drafts.push(draft);
      }
      return drafts.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    },
  };
}

function readDraft(noteId: string, raw: string | null): Draft | null {
  if (raw === null) return null;
  let x: unknown;
  try {
    x = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(x) || x.noteId !== noteId || typeof x.savedAt !== 'string') return null;
  if (!Number.isSafeInteger(x.baseRevision) || (x.baseRevision as number) < 1) return null;
  const changes = checkNoteChanges(x.changes);
  if (!changes.ok) return null;
  return { noteId, changes: changes.value, baseRevision: x.baseRevision as number, savedAt: x.savedAt };
}

/**
 * What became of one draft:
 * - `saved`: written on top of the revision it was typed on;
 * - `already-saved`: the database had this very text (the tab closed after the write committed);
 * - `copied`: someone else changed the note meanwhile; the draft became a new note (`copyId`)
 *   beside theirs, on the same place, so neither text is lost;
 * - `restored`: the note had been deleted meanwhile; it was brought back from the trash with the draft;
 * - `kept`: could not be written now (`problem` says why); the draft stays for next time.
 */
export type DraftOutcome =
  | { noteId: string; outcome: 'saved' | 'already-saved' | 'restored' }
  | { noteId: string; outcome: 'copied'; copyId: string }
  | { noteId: string; outcome: 'kept'; problem: string };

function sameContent(changes: NoteChanges, note: Record<string, unknown>): boolean {
  return Object.entries(changes).every(([key, value]) => JSON.stringify(note[key]) === JSON.stringify(value));
}

/**
 * Runs `run` while no other page of the extension runs a replay (the Web Locks API in a browser).
 * Several tabs restored at once all find the same drafts; replayed together, a conflicting draft
 * would become one copy per tab.
 */
export type Exclusive = <T>(run: () => Promise<T>) => Promise<T>;

/**
 * Writes the drafts left by tabs that closed before their text reached the database. The drafts
 * are read inside the lock: a tab that waited finds what the first one replayed already dropped.
 */
export function replayDrafts(store: NotesStore, keeper: DraftKeeper, exclusive: Exclusive = (run) => run()): Promise<DraftOutcome[]> {
  return exclusive(() => replayPending(store, keeper));
}

async function replayPending(store: NotesStore, keeper: DraftKeeper): Promise<DraftOutcome[]> {
  const outcomes: DraftOutcome[] = [];
  for (const draft of keeper.pending()) {
    try {
      outcomes.push(await replayOne(store, keeper, draft));
    } catch (err) {
      const problem = err instanceof NotesError || err instanceof Error ? err.message : String(err);
      outcomes.push({ noteId: draft.noteId, outcome: 'kept', problem });
    }
  }
  return outcomes;
}

async function replayOne(store: NotesStore, keeper: DraftKeeper, draft: Draft): Promise<DraftOutcome> {
  const { noteId, changes, baseRevision } = draft;
  const result = await store.update(noteId, changes, baseRevision);
  if (result.ok) {
    keeper.drop(noteId);
    return { noteId, outcome: 'saved' };
  }
  if (result.reason === 'conflict') {
    const current = result.current;
    if (sameContent(changes, current as unknown as Record<string, unknown>)) {
      keeper.drop(noteId);
      return { noteId, outcome: 'already-saved' };
    }
    const copy: NewNote = {
      doc: current.doc,
      selectors: changes.selectors ?? current.selectors,
      text: changes.text ?? current.text,
      colour: changes.colour ?? current.colour,
      tags: changes.tags ?? current.tags,
    };
    if (current.docTitle !== undefined) copy.docTitle = current.docTitle;
    const created = await store.create(copy);
    keeper.drop(noteId);
    return { noteId, outcome: 'copied', copyId: created.id };
  }
  // Deleted while the draft waited: the typed text outweighs the deletion; the reader can delete again.
  const restored = await store.restore(noteId);
  if (restored === undefined) return { noteId, outcome: 'kept', problem: 'the note was deleted and is no longer in the trash' };
  const again = await store.update(noteId, changes, restored.revision);
  if (!again.ok) return { noteId, outcome: 'kept', problem: 'the note changed while it was being restored' };
  keeper.drop(noteId);
  return { noteId, outcome: 'restored' };
}
