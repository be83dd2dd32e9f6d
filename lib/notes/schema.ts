/**
 * The notes database's schema, version by version. Each version's upgrade step is code kept
 * forever and run in order, so a profile last opened by any earlier release is brought up to
 * date one step at a time; tests/fixtures/notes/schema-v{N}.json holds a snapshot made by each
 * earlier version and tests/unit/notes/migrations.test.ts opens every one with today's code.
 *
 * To change the schema: add a step at the end of MIGRATIONS (never edit an old one), bump
 * NOTES_DB_VERSION, and add a fixture of the previous version.
 */
import type { IDBPDatabase, IDBPTransaction, DBSchema } from 'idb';
import type { Note } from './types';

export const NOTES_DB_NAME = 'resolute-notes';
export const NOTES_DB_VERSION = 2;

/** A deleted note, kept so that "undo" can put it back; purged after TRASH_DAYS. */
export interface TrashEntry {
  id: string;
  /** ISO time of the deletion. */
  deletedAt: string;
  note: Note;
}

export const TRASH_DAYS = 30;

/** The current (version 2) schema, for idb's typed API. */
export interface NotesDbSchema extends DBSchema {
  notes: { key: string; value: Note; indexes: { docKey: string; updated: string; tags: string } };
  trash: { key: string; value: TrashEntry; indexes: { deletedAt: string } };
}

/**
 * Upgrade steps are written against an untyped database: an old step must keep compiling and
 * working after the current schema type has moved on.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = IDBPDatabase<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type UpgradeTx = IDBPTransaction<any, string[], 'versionchange'>;

export type MigrationStep = (db: AnyDb, tx: UpgradeTx) => Promise<void>;

/** MIGRATIONS[i] takes the database from version i to version i + 1. */
export const MIGRATIONS: readonly MigrationStep[] = [
  // Version 1: one store of notes by id, found by document. Notes had no revision and no tags.
  // eslint-disable-next-line @typescript-eslint/require-await
  async (db) => {
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('docKey', 'docKey');
  },
  // Version 2: revisions (last-writer detection), tags, a trash for undo, sorting by update time.
  async (_db, tx) => {
    const notes = tx.objectStore('notes');
    notes.createIndex('updated', 'updated');
    notes.createIndex('tags', 'tags', { multiEntry: true });
    _db.createObjectStore('trash', { keyPath: 'id' }).createIndex('deletedAt', 'deletedAt');
    let cursor = await notes.openCursor();
    while (cursor) {
      const old = cursor.value as Record<string, unknown>;
      // A version-1 note was written once and never versioned: it is revision 1 of itself.
      await cursor.update({ ...old, revision: 1, tags: [] });
      cursor = await cursor.continue();
    }
  },
];

if (MIGRATIONS.length !== NOTES_DB_VERSION) throw new Error('notes schema: one migration step per version');

/** Runs the steps from `oldVersion` up to `newVersion`, in order, inside the upgrade transaction. */
export async function upgradeNotesDatabase(db: AnyDb, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  for (let version = oldVersion; version < newVersion; version++) {
    const step = MIGRATIONS[version];
    if (step === undefined) throw new Error(`notes schema: no step from version ${version}`);
    await step(db, tx);
  }
}
