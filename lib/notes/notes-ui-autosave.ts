/**
 * Saving a note as the reader types, apart from the editor's view: edits gather into one pending
 * change, written `delayMs` after the last keystroke through `store.update(id, changes, revision)`.
 * One write at a time: edits made while a write is in flight wait and go out together after it.
 * Until a change is committed it is kept synchronously in a draft keeper (localStorage), so a tab
 * closed mid-sentence loses nothing (replayDrafts in drafts.ts writes it at the next start).
 *
 * What can go wrong is a state the view shows, never a silent loss:
 * - `conflict`: another tab wrote the note since our revision. Nothing was written; the reader's
 *   changes stay pending until they choose `keepMine()` (write them over the current revision) or
 *   `takeTheirs()` (drop them).
 * - `quota`: the disk is full. The changes stay pending (and in the draft); the next edit or
 *   `retry()` tries again.
 * - `gone`: the note was deleted meanwhile (another tab). `keepMine()` restores it and writes.
 */
import { NotesError, type Note, type NoteChanges, type NotesStore } from './types';

/** The part of the draft keeper (lib/notes/drafts.ts) the editor uses. */
export interface NoteDraftKeeper {
  keep(noteId: string, changes: NoteChanges, baseRevision: number): void;
  drop(noteId: string): void;
}

export type AutosaveState =
  | { kind: 'saved' }
  /** Changes typed, waiting for the pause (or for the write in flight). */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'conflict'; theirs: Note }
  | { kind: 'quota' }
  | { kind: 'gone' }
  /** The database could not be reached or refused for another reason; changes kept. */
  | { kind: 'failed'; message: string };

export interface NoteAutosave {
  /** The last committed version this editor knows. */
  note(): Note;
  state(): AutosaveState;
  /** Changes not yet committed (typed, in flight, or held by a conflict or a full disk). */
  unsaved(): NoteChanges;
  edit(changes: NoteChanges): void;
  /** Writes the pending changes now (leaving the editor, Ctrl+S); resolves when settled. */
  flush(): Promise<void>;
  /** After a conflict: write the reader's version over theirs. After `gone`: restore and write. */
  keepMine(): Promise<void>;
  /** After a conflict: drop the reader's changes and take the other tab's version. */
  takeTheirs(): Note | undefined;
  retry(): Promise<void>;
  /** A newer version arrived from elsewhere (another tab's broadcast): taken when nothing is pending. */
  adopt(note: Note): boolean;
  subscribe(listener: () => void): () => void;
  /** Stops the timer; pending changes stay in the draft keeper. */
  destroy(): void;
}

export interface NoteAutosaveOptions {
  note: Note;
  store: NotesStore;
  drafts?: NoteDraftKeeper | null;
  delayMs?: number;
  onSaved?: (note: Note) => void;
  /** Timers, for tests. */
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export const AUTOSAVE_DELAY_MS = 300;

export function isEmptyChanges(changes: NoteChanges): boolean {
  return changes.text === undefined && changes.colour === undefined && changes.tags === undefined && changes.selectors === undefined;
}

/** Drops the fields that equal the note's own: nothing left means nothing to write. */
export function effectiveChanges(note: Note, changes: NoteChanges): NoteChanges {
  const out: NoteChanges = {};
  if (changes.text !== undefined && changes.text !== note.text) out.text = changes.text;
  if (changes.colour !== undefined && changes.colour !== note.colour) out.colour = changes.colour;
  if (changes.tags !== undefined && (changes.tags.length !== note.tags.length || changes.tags.some((tag, i) => tag !== note.tags[i])))
    out.tags = changes.tags;
  if (changes.selectors !== undefined) out.selectors = changes.selectors;
  return out;
}

export function createNoteAutosave(options: NoteAutosaveOptions): NoteAutosave {
  const { store } = options;
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const setTimer = options.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const listeners = new Set<() => void>();
  let current = options.note;
  let pending: NoteChanges = {};
  /** The changes of the write in flight: still unsaved until it commits. */
  let inFlight: NoteChanges = {};
  let writing: Promise<void> | null = null;
  let timer: unknown = null;
  let state: AutosaveState = { kind: 'saved' };
  let destroyed = false;

  const publish = () => {
    for (const listener of [...listeners]) listener();
  };
  const setState = (next: AutosaveState) => {
    state = next;
    publish();
  };
  const unsaved = (): NoteChanges => ({ ...inFlight, ...pending });
  // localStorage may be full or missing too: the draft is a safety net, never a reason to fail.
  const keepDraft = () => {
    try {
      const changes = unsaved();
      if (isEmptyChanges(changes)) options.drafts?.drop(current.id);
      else options.drafts?.keep(current.id, changes, current.revision);
    } catch {
      /* the database write is still attempted */
    }
  };
  const dropDraft = () => {
    try {
      options.drafts?.drop(current.id);
    } catch {
      /* nothing kept to drop */
    }
  };
  const cancelTimer = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };
  const blocked = () => state.kind === 'conflict' || state.kind === 'gone';

  const schedule = () => {
    cancelTimer();
    if (destroyed || blocked()) return;
    timer = setTimer(() => {
      timer = null;
      void write();
    }, delay);
  };

  async function write(): Promise<void> {
    if (writing !== null) {
      // Coalesce: the edits wait for the write in flight, then go out together.
      await writing;
      if (writing !== null) return writing;
    }
    if (blocked()) return;
    const changes = effectiveChanges(current, pending);
    if (isEmptyChanges(changes)) {
      pending = {};
      keepDraft();
      if (state.kind !== 'saved') setState({ kind: 'saved' });
      return;
    }
    inFlight = changes;
    pending = {};
    setState({ kind: 'saving' });
    writing = (async () => {
      try {
        const result = await store.update(current.id, changes, current.revision);
        if (result.ok) {
          current = result.note;
          inFlight = {};
          keepDraft();
          setState(isEmptyChanges(pending) ? { kind: 'saved' } : { kind: 'pending' });
          options.onSaved?.(result.note);
        } else {
          pending = { ...inFlight, ...pending };
          inFlight = {};
          setState(result.reason === 'conflict' ? { kind: 'conflict', theirs: result.current } : { kind: 'gone' });
        }
      } catch (error) {
        pending = { ...inFlight, ...pending };
        inFlight = {};
        if (error instanceof NotesError && error.code === 'quota') setState({ kind: 'quota' });
        else setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      } finally {
        writing = null;
      }
    })();
    await writing;
    if (!destroyed && state.kind === 'pending') schedule();
  }

  return {
    note: () => current,
    state: () => state,
    unsaved,
    edit(changes) {
      if (destroyed) return;
      pending = { ...pending, ...changes };
      keepDraft();
      if (blocked()) {
        publish();
        return;
      }
      if (state.kind !== 'saving') setState({ kind: 'pending' });
      schedule();
    },
    async flush() {
      cancelTimer();
      await write();
    },
    async keepMine() {
      if (state.kind === 'conflict') {
        current = state.theirs;
      } else if (state.kind === 'gone') {
        const back = (await store.restore(current.id)) ?? (await store.get(current.id));
        if (back === undefined) {
          setState({ kind: 'failed', message: 'gone' });
          return;
        }
        current = back;
      } else {
        return;
      }
      keepDraft();
      setState({ kind: 'pending' });
      cancelTimer();
      await write();
    },
    takeTheirs() {
      if (state.kind !== 'conflict') return undefined;
      current = state.theirs;
      pending = {};
      dropDraft();
      setState({ kind: 'saved' });
      return current;
    },
    async retry() {
      if (state.kind !== 'quota' && state.kind !== 'failed') return;
      setState({ kind: 'pending' });
      cancelTimer();
      await write();
    },
    adopt(note) {
      if (note.id !== current.id || note.revision <= current.revision) return false;
      if (writing !== null || !isEmptyChanges(pending)) return false;
      current = note;
      publish();
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      destroyed = true;
      cancelTimer();
      listeners.clear();
    },
  };
}
