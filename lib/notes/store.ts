/**
 * The notes database in IndexedDB (through idb), as a NotesStore. Every operation is one
 * transaction: it commits whole or not at all, so a full disk (QuotaExceededError) or any other
 * failure leaves every stored note as it was, and the caller gets a NotesError saying why.
 * The IDBFactory is a parameter: the extension passes `indexedDB`, tests fake-indexeddb.
 */
import { wrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { decideMerge } from './merge-decision';
import { MAX_REVISION, checkNewNote, checkNote, checkNoteChanges } from './note-shape';
import { NOTES_DB_NAME, NOTES_DB_VERSION, TRASH_DAYS, upgradeNotesDatabase, type NotesDbSchema } from './schema';
import {
  NotesError,
  documentKeyOf,
  type ImportResult,
  type NewNote,
  type Note,
  type NoteChanges,
  type NotesChange,
  type NotesStore,
  type UpdateResult,
} from './types';

export interface NotesDatabaseOptions {
  name?: string;
  now?: () => Date;
  newId?: () => string;
  /** Called after each committed write (never for a write that failed). */
  onChange?: (change: NotesChange) => void;
  /**
   * Called once a write has given an empty database its first notes: the moment to ask the browser
   * to keep the storage (`navigator.storage.persist()`), so that notes are never evicted under
   * storage pressure like a cache.
   */
  onFirstNote?: () => void;
}

export type NotesDatabase = NotesStore & { close(): void };

type Db = IDBPDatabase<NotesDbSchema>;
type Stores = StoreNames<NotesDbSchema>;

function errorName(err: unknown): string {
  return typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
}

/** Turns whatever IndexedDB threw into a NotesError the UI can explain. */
function asNotesError(err: unknown): NotesError {
  if (err instanceof NotesError) return err;
  const name = errorName(err);
  if (name === 'QuotaExceededError') {
    return new NotesError(
      'quota',
      'There is no room left to save notes (the disk or the browser’s storage quota is full). Nothing was changed; free some space and try again.',
    );
  }
  const detail = err instanceof Error ? err.message : String(err);
  return new NotesError('unavailable', `The notes database could not be written (${name || 'error'}: ${detail}). Nothing was changed.`);
}

function openFailure(err: unknown): NotesError {
  const name = errorName(err);
  if (name === 'VersionError') {
    return new NotesError(
      'unavailable',
      'Your notes were saved by a newer version of Resolute. Update the extension to open them; they are kept as they are.',
    );
  }
  const detail = err instanceof Error ? err.message : String(err);
  return new NotesError(
    'unavailable',
    `Notes cannot be stored in this browser profile (${name || 'error'}: ${detail}). A private window or a storage setting may block it; open Resolute in a normal window.`,
  );
}

async function openConnection(factory: IDBFactory, name: string): Promise<Db> {
  let gaveUp = false;
  let rejectBlocked: (err: NotesError) => void = () => {};
  const blocked = new Promise<never>((_resolve, reject) => (rejectBlocked = reject));
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(name, NOTES_DB_VERSION);
  } catch (err) {
    throw openFailure(err);
  }
  request.onupgradeneeded = (event) => {
    const tx = request.transaction;
    if (tx === null) return;
    // Any failing step aborts the upgrade: the database stays at its old version, data intact.
    void upgradeNotesDatabase(
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      wrap(request.result) as IDBPDatabase<any>,
      event.oldVersion,
      event.newVersion ?? NOTES_DB_VERSION,
      wrap(tx) as never,
    ).catch(() => tx.abort());
  };
  request.onblocked = () => {
    gaveUp = true;
    rejectBlocked(
      new NotesError(
        'unavailable',
        'Resolute was updated while another of its tabs still has the notes open. Close or reload the other Resolute tabs, then reload this one.',
      ),
    );
  };
  const opening = wrap(request) as unknown as Promise<Db>;
  void opening.then(
    (db) => {
      // A connection that arrives after we gave up must not stay open and block others.
      if (gaveUp) return db.close();
      // A newer version of the extension wants to upgrade: step aside rather than keep it waiting.
      db.addEventListener('versionchange', () => db.close());
    },
    () => undefined,
  );
  try {
    return await Promise.race([opening, blocked]);
  } catch (err) {
    throw err instanceof NotesError ? err : openFailure(err);
  }
}

export async function openNotesDatabase(factory: IDBFactory, options: NotesDatabaseOptions = {}): Promise<NotesDatabase> {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const db = await openConnection(factory, options.name ?? NOTES_DB_NAME);

  const announce = (change: NotesChange) => {
    if (change.written.length + change.deleted.length === 0) return;
    options.onChange?.(change);
  };

  /** One readwrite transaction: aborted on any failure, so nothing of it is kept. */
  async function write<T, S extends Stores>(
    stores: S[],
    body: (tx: IDBPTransaction<NotesDbSchema, S[], 'readwrite'>) => Promise<T>,
  ): Promise<T> {
    let tx: IDBPTransaction<NotesDbSchema, S[], 'readwrite'>;
    try {
      tx = db.transaction(stores, 'readwrite');
    } catch (err) {
      throw asNotesError(err);
    }
    // Observed from the start: when the body fails first, the abort still rejects `done`.
    const done = tx.done;
    done.catch(() => undefined);
    try {
      const result = await body(tx);
      await done;
      return result;
    } catch (err) {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted by the failure itself.
      }
      // An abort caused by the quota reports its reason on the transaction.
      throw asNotesError(tx.error ?? err);
    }
  }

  await purgeTrash(db, now()).catch(() => undefined);

  const firstNote = () => {
    try {
      options.onFirstNote?.();
    } catch {
      // Asking to keep the storage is a kindness; the note is written either way.
    }
  };

  const store: NotesDatabase = {
    async get(id) {
      return db.get('notes', id).catch((err: unknown) => Promise.reject(asNotesError(err)));
    },
    async forDocument(docKey) {
      return db.getAllFromIndex('notes', 'docKey', docKey).catch((err: unknown) => Promise.reject(asNotesError(err)));
    },
    async all() {
      return db.getAll('notes').catch((err: unknown) => Promise.reject(asNotesError(err)));
    },

    async create(draft: NewNote) {
      const checked = checkNewNote(draft);
      if (!checked.ok) throw new NotesError('invalid', `The note cannot be saved: ${checked.problem}.`);
      const time = now().toISOString();
      const note: Note = {
        id: newId(),
        ...checked.value,
        docKey: documentKeyOf(checked.value.doc),
        created: time,
        updated: time,
        revision: 1,
      };
      const first = await write(['notes'], async (tx) => {
        const notes = tx.objectStore('notes');
        const before = await notes.count();
        await notes.add(note);
        return before === 0;
      });
      announce({ written: [note.id], deleted: [], docKeys: [note.docKey] });
      if (first) firstNote();
      return note;
    },

    async update(id: string, changes: NoteChanges, baseRevision: number): Promise<UpdateResult> {
      const checked = checkNoteChanges(changes);
      if (!checked.ok) throw new NotesError('invalid', `The note cannot be saved: ${checked.problem}.`);
      const result = await write(['notes'], async (tx): Promise<UpdateResult> => {
        const notes = tx.objectStore('notes');
        // Read and write in one transaction: no other write can slip in between the check and the put.
        const current = await notes.get(id);
        if (current === undefined) return { ok: false, reason: 'gone' };
        if (current.revision !== baseRevision) return { ok: false, reason: 'conflict', current };
        const note: Note = {
          ...current,
          ...checked.value,
          updated: laterTime(now(), current.updated),
          revision: Math.min(current.revision + 1, MAX_REVISION),
        };
        await notes.put(note);
        return { ok: true, note };
      });
      if (result.ok) announce({ written: [id], deleted: [], docKeys: [result.note.docKey] });
      return result;
    },

    async remove(id) {
      const removed = await write(['notes', 'trash'], async (tx) => {
        const note = await tx.objectStore('notes').get(id);
        if (note === undefined) return undefined;
        await tx.objectStore('trash').put({ id, deletedAt: now().toISOString(), note });
        await tx.objectStore('notes').delete(id);
        return note;
      });
      if (removed) announce({ written: [], deleted: [id], docKeys: [removed.docKey] });
      return removed;
    },

    async restore(id) {
      const restored = await write(['notes', 'trash'], async (tx) => {
        const entry = await tx.objectStore('trash').get(id);
        if (entry === undefined) return undefined;
        await tx.objectStore('trash').delete(id);
        // An import may have brought the note back meanwhile: the live note is not overwritten.
        const live = await tx.objectStore('notes').get(id);
        if (live !== undefined) return live;
        await tx.objectStore('notes').put(entry.note);
        return entry.note;
      });
      if (restored) announce({ written: [id], deleted: [], docKeys: [restored.docKey] });
      return restored;
    },

    async merge(incoming: Note[]): Promise<ImportResult> {
      const checkedNotes: Note[] = [];
      for (const [i, raw] of incoming.entries()) {
        const checked = checkNote(raw);
        if (!checked.ok) throw new NotesError('invalid', `Note ${i + 1} cannot be imported: ${checked.problem}. Nothing was changed.`);
        checkedNotes.push(checked.value);
      }
      const written: string[] = [];
      const docKeys = new Set<string>();
      let wasEmpty = false;
      const result = await write(['notes'], async (tx) => {
        const notes = tx.objectStore('notes');
        const counts: ImportResult = { added: 0, updated: 0, unchanged: 0 };
        wasEmpty = (await notes.count()) === 0;
        // A big import reads the whole store once instead of one get per note (10,000 round trips).
        const stored = checkedNotes.length > 50 ? new Map((await notes.getAll()).map((n) => [n.id, n])) : undefined;
        const storedNote = async (id: string) => (stored ? stored.get(id) : await notes.get(id));
        // Later entries of the same id in one file compete like any other version.
        const pending = new Map<string, Note>();
        const existed = new Set<string>();
        for (const note of checkedNotes) {
          let here = pending.get(note.id);
          if (here === undefined) {
            here = await storedNote(note.id);
            if (here !== undefined) existed.add(note.id);
          }
          if (decideMerge(here, note) === 'keep') continue;
          pending.set(note.id, note);
        }
        for (const note of pending.values()) {
          // Not awaited one by one: the puts queue in the transaction, which commits them together.
          void notes.put(note).catch(() => undefined);
          written.push(note.id);
          docKeys.add(note.docKey);
          if (existed.has(note.id)) counts.updated++;
          else counts.added++;
        }
        counts.unchanged = checkedNotes.length - counts.added - counts.updated;
        return counts;
      });
      announce({ written, deleted: [], docKeys: [...docKeys] });
      if (wasEmpty && written.length > 0) firstNote();
      return result;
    },

    async clear() {
      const all = await store.all();
      await write(['notes', 'trash'], async (tx) => {
        await tx.objectStore('notes').clear();
        await tx.objectStore('trash').clear();
      });
      announce({ written: [], deleted: all.map((n) => n.id), docKeys: [...new Set(all.map((n) => n.docKey))] });
    },

    close() {
      db.close();
    },
  };
  return store;
}

/** An update's time, never before the previous one (a clock set back must not reorder edits). */
function laterTime(now: Date, previous: string): string {
  const time = now.toISOString();
  return time > previous ? time : previous;
}

async function purgeTrash(db: Db, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - TRASH_DAYS * 24 * 3600 * 1000).toISOString();
  const tx = db.transaction('trash', 'readwrite');
  // Oldest first: stop at the first entry young enough to keep (no IDBKeyRange global needed).
  let cursor = await tx.store.index('deletedAt').openCursor();
  while (cursor && cursor.value.deletedAt < cutoff) {
    await cursor.delete();
    cursor = await cursor.continue();
  }
  await tx.done;
}
