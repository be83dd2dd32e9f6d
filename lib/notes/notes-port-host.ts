/**
 * The background's side of the notes port: answers each request of a connected page (content
 * script or extension page) from the database, and pushes every committed change to every
 * connected port. The database opens on the first request, not at start-up, so a service worker
 * woken for something else does not touch IndexedDB. No extension API here (tests run it in node
 * with fake ports); `notes-background.ts` wires it to `runtime.onConnect`.
 */
import { parseNotesRequest, type NotesChangedMessage, type NotesRequestMessage, type NotesResponseMessage } from '../messages/notes-port';
import { NotesError, type NotesChange, type NotesStore } from './types';

export interface NotesHostPortLike {
  postMessage(message: NotesResponseMessage | NotesChangedMessage): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/** What the host knows of who is on the other end (from the port's MessageSender). */
export interface NotesPortPeer {
  /** One of the extension's own pages, not a content script on a web page. */
  fromExtensionPage: boolean;
}

export interface NotesPortHost {
  serve(port: NotesHostPortLike, peer: NotesPortPeer): void;
  /** Tells every connected port about a committed write (from any context). */
  broadcast(change: NotesChange): void;
  /** Disconnects every port. */
  close(): void;
}

export function createNotesPortHost(openStore: () => Promise<NotesStore>): NotesPortHost {
  const ports = new Set<NotesHostPortLike>();
  let opening: Promise<NotesStore> | undefined;

  const store = (): Promise<NotesStore> => {
    // A failed open is tried again on the next request (the other tab that blocked it may be gone).
    opening ??= openStore().catch((err: unknown) => {
      opening = undefined;
      throw err;
    });
    return opening;
  };

  const post = (port: NotesHostPortLike, message: NotesResponseMessage | NotesChangedMessage) => {
    try {
      port.postMessage(message);
    } catch {
      ports.delete(port); // Closed under us; its onDisconnect may not have run yet.
    }
  };

  async function answer(request: NotesRequestMessage, peer: NotesPortPeer): Promise<unknown> {
    // Importing and wiping are the notes page's business; a content script runs on a web page
    // that may be hostile, so it gets the calls that a page showing notes needs and no more.
    if ((request.method === 'merge' || request.method === 'clear') && !peer.fromExtensionPage) {
      throw new NotesError('invalid', `${request.method} is only for Resolute's own pages`);
    }
    const notes = await store();
    switch (request.method) {
      case 'get':
        return (await notes.get(request.noteId)) ?? null;
      case 'forDocument':
        return notes.forDocument(request.docKey);
      case 'all':
        return notes.all();
      case 'create':
        return notes.create(request.draft);
      case 'update':
        return notes.update(request.noteId, request.changes, request.baseRevision);
      case 'remove':
        return (await notes.remove(request.noteId)) ?? null;
      case 'restore':
        return (await notes.restore(request.noteId)) ?? null;
      case 'merge':
        return notes.merge(request.notes);
      case 'clear':
        await notes.clear();
        return null;
    }
  }

  const onRequest = async (port: NotesHostPortLike, peer: NotesPortPeer, raw: unknown) => {
    const request = parseNotesRequest(raw);
    if (request === null) {
      // Answer what can be answered, so the sender does not wait forever on a typo.
      const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
      if (typeof id === 'string' && id.length > 0 && id.length <= 64) {
        post(port, { type: 'notes-response', id, ok: false, error: { code: 'invalid', message: 'malformed notes request' } });
      }
      return;
    }
    try {
      const result = await answer(request, peer);
      post(port, { type: 'notes-response', id: request.id, ok: true, result });
    } catch (err) {
      const error = err instanceof NotesError ? { code: err.code, message: err.message } : { code: 'unavailable' as const, message: err instanceof Error ? err.message : String(err) };
      post(port, { type: 'notes-response', id: request.id, ok: false, error });
    }
  };

  return {
    serve(port, peer) {
      ports.add(port);
      port.onMessage.addListener((raw) => void onRequest(port, peer, raw));
      port.onDisconnect.addListener(() => ports.delete(port));
    },
    broadcast(change) {
      for (const port of [...ports]) post(port, { type: 'notes-changed', change });
    },
    close() {
      for (const port of [...ports]) port.disconnect();
      ports.clear();
    },
  };
}
