/**
 * The reader's way to the notes database: opened on first use (a document that is never read
 * whole never opens it), announcements of writes from every tab, closed with the page.
 */
import type { NotesDatabase } from '../../lib/notes/store';
import { openSharedNotesStore, subscribeNotesChanges, type NotesHost } from '../../lib/notes/notes-sync';
import type { NotesAccess } from './reader-notes';

export function readerNotesAccess(win: NotesHost): NotesAccess & { close(): void } {
  let opening: Promise<NotesDatabase> | null = null;
  return {
    open: () => (opening ??= openSharedNotesStore(win)),
    subscribe: (listener, signal) => subscribeNotesChanges(win, listener, signal),
    close() {
      void opening?.then(
        (db) => db.close(),
        () => undefined,
      );
    },
  };
}
