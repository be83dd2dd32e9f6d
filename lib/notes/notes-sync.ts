/**
 * Notes in extension pages (the reader, the notes page): they share the extension's origin, so
 * each opens the IndexedDB database itself, and every committed write is announced on the
 * BroadcastChannel `resolute-notes`. Every view (all tabs, and the page that wrote) learns of
 * changes the same way, through `subscribeNotesChanges`: a BroadcastChannel delivers to every
 * other channel object of that name, including others in the same page.
 */
import { NOTES_CHANNEL_NAME, parseNotesChanged, type NotesChangedMessage } from '../messages/notes-port';
import { openNotesDatabase, type NotesDatabase } from './store';
import type { NotesChange } from './types';

/** The parts of a window the notes need (a worker's global scope has them too). */
export interface NotesHost {
  indexedDB: IDBFactory;
  BroadcastChannel: typeof BroadcastChannel;
  navigator?: { storage?: { persist?: () => Promise<boolean> } };
}

/**
 * Asks the browser to keep the extension's storage (not evict it under pressure like a cache).
 * Window contexts have `persist()`; Chrome's service worker does not, and installed extensions'
 * storage is kept there anyway. Best effort: a refusal changes nothing for the note.
 */
function requestPersistence(win: NotesHost): void {
  const persist = win.navigator?.storage?.persist;
  if (typeof persist !== 'function') return;
  void persist.call(win.navigator?.storage).catch(() => false);
}

/** Opens the notes database; its writes are announced to every view. Close it with `close()`. */
export async function openSharedNotesStore(win: NotesHost, options: { name?: string } = {}): Promise<NotesDatabase> {
  const channel = new win.BroadcastChannel(NOTES_CHANNEL_NAME);
  try {
    const store = await openNotesDatabase(win.indexedDB, {
      ...options,
      onFirstNote: () => requestPersistence(win),
      onChange: (change) => {
        const message: NotesChangedMessage = { type: 'notes-changed', change };
        channel.postMessage(message);
      },
    });
    return {
      ...store,
      close() {
        store.close();
        channel.close();
      },
    };
  } catch (err) {
    channel.close();
    throw err;
  }
}

/** Calls `listener` on every committed write, in any extension context, until `signal` aborts. */
export function subscribeNotesChanges(
  win: Pick<NotesHost, 'BroadcastChannel'>,
  listener: (change: NotesChange) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const channel = new win.BroadcastChannel(NOTES_CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    // Same origin, but still data from another context: checked before use (ADR 0004).
    const message = parseNotesChanged(event.data);
    if (message !== null) listener(message.change);
  };
  signal.addEventListener('abort', () => channel.close(), { once: true });
}
