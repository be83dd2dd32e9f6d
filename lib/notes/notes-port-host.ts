/**
 * The background's side of the notes port: answers each request of a connected page (content
 * script or extension page) from the database, and pushes every committed change to every
 * connected port. The database opens on the first request, not at start-up, so a service worker
 * woken for something else does not touch IndexedDB. No extension API here (tests run it in node
 * with fake ports); `notes-background.ts` wires it to `runtime.onConnect`.
 */
import { parseNotesRequest, type NotesChangedMessage, type NotesRequestMessage, type NotesResponseMessage } from '../messages/notes-port';
import { NotesError, documentKeyOf, type NoteChanges, type NotesChange, type NotesStore } from './types';
import { createDraftKeeper, replayDrafts, type StorageLike } from './drafts';
import { pageDocumentsOf, type PageDocuments } from '../security/page-documents';

export interface NotesHostPortLike {
  postMessage(message: NotesResponseMessage | NotesChangedMessage): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/**
 * What the host knows of who is on the other end (from the port's MessageSender, never from the
 * messages): one of the extension's own pages, or a content script on the web page `pageUrl`
 * (its tab's address), which reaches only that page's document (lib/security/page-documents.ts).
 */
export type NotesPortPeer = { fromExtensionPage: true } | { fromExtensionPage: false; pageUrl?: string | undefined };

/** What one port may do: everything (an extension page), or its page's documents only. */
interface PortScope {
  documents: PageDocuments | null;
  /** Notes this port moved to the trash: the only ones it may restore (the trash is not readable by document). */
  removed: Set<string>;
  /** Unsaved changes the port's editor kept here, by note id: written if the port closes first. */
  drafts: Map<string, { changes: NoteChanges; baseRevision: number }>;
}

/** A Storage over a Map: the draft keeper (drafts.ts) for drafts held in memory. */
function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

export interface NotesPortHost {
  /**
   * Serves `port` as `peer`. A promise: the peer is still being checked (the notes frame's token);
   * requests wait for it, and the port is disconnected unanswered if it resolves to null.
   */
  serve(port: NotesHostPortLike, peer: NotesPortPeer | Promise<NotesPortPeer | null>): void;
  /** Tells every connected port about a committed write (from any context). */
  broadcast(change: NotesChange): void;
  /** Disconnects every port. */
  close(): void;
}

export function createNotesPortHost(openStore: () => Promise<NotesStore>): NotesPortHost {
  const ports = new Map<NotesHostPortLike, PortScope>();
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

  async function answer(request: NotesRequestMessage, scope: PortScope): Promise<unknown> {
    const notes = await store();
    if (scope.documents !== null) return answerPage(request, scope, scope.documents, notes);
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
      case 'keepDraft':
      case 'dropDraft':
        return holdDraft(request, scope);
    }
  }

  /** Keeps (or forgets) a draft of the port's editor; checked against the page when written. */
  function holdDraft(request: NotesRequestMessage & { method: 'keepDraft' | 'dropDraft' }, scope: PortScope): null {
    if (request.method === 'dropDraft') scope.drafts.delete(request.noteId);
    else scope.drafts.set(request.noteId, { changes: request.changes, baseRevision: request.baseRevision });
    return null;
  }

  /**
   * The port closed (its tab too, perhaps) with drafts not yet saved: they are written now, as a
   * restarted page replays its own (drafts.ts), but only on notes the port could write itself.
   */
  async function writeHeldDrafts(scope: PortScope): Promise<void> {
    // After the store is open: drafts still on their way in (behind the same open) are held by then.
    const notes = await store();
    if (scope.drafts.size === 0) return;
    const held = [...scope.drafts];
    scope.drafts.clear();
    const keeper = createDraftKeeper(memoryStorage());
    for (const [noteId, { changes, baseRevision }] of held) {
      const note = await notes.get(noteId);
      if (note !== undefined && (scope.documents === null || scope.documents.allows(note.docKey)))
        keeper.keep(noteId, changes, baseRevision);
    }
    await replayDrafts(notes, keeper);
  }

  /**
   * A content script's calls: those a page showing its own document's notes needs, and no more.
   * Importing, wiping and reading every note are the notes page's business; a note of another
   * document is answered as if it did not exist, so that a page learns nothing of it.
   */
  async function answerPage(request: NotesRequestMessage, scope: PortScope, documents: PageDocuments, notes: NotesStore): Promise<unknown> {
    const own = async (noteId: string) => {
      const note = await notes.get(noteId);
      return note !== undefined && documents.allows(note.docKey) ? note : undefined;
    };
    const refuse = (): never => {
      throw new NotesError('invalid', `${request.method} is not open to this page`);
    };
    switch (request.method) {
      case 'get':
        return (await own(request.noteId)) ?? null;
      case 'forDocument':
        return documents.allows(request.docKey) ? notes.forDocument(request.docKey) : refuse();
      case 'create':
        return documents.allows(documentKeyOf(request.draft.doc)) ? notes.create(request.draft) : refuse();
      case 'update':
        return (await own(request.noteId)) !== undefined ? notes.update(request.noteId, request.changes, request.baseRevision) : refuse();
      case 'remove': {
        if ((await own(request.noteId)) === undefined) return refuse();
        const removed = await notes.remove(request.noteId);
        if (removed !== undefined) scope.removed.add(request.noteId);
        return removed ?? null;
      }
      case 'restore':
        return scope.removed.has(request.noteId) ? ((await notes.restore(request.noteId)) ?? null) : refuse();
      case 'keepDraft':
      case 'dropDraft':
        return holdDraft(request, scope);
      case 'all':
      case 'merge':
      case 'clear':
        return refuse();
    }
  }

  const onRequest = async (port: NotesHostPortLike, peer: PortScope, raw: unknown) => {
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
      const error =
        err instanceof NotesError
          ? { code: err.code, message: err.message }
          : { code: 'unavailable' as const, message: err instanceof Error ? err.message : String(err) };
      post(port, { type: 'notes-response', id: request.id, ok: false, error });
    }
  };

  return {
    serve(port, peer) {
      // Listening at once: a message sent before the check is over would otherwise be dropped.
      let scope: PortScope | null = null;
      let waiting: unknown[] | null = [];
      let gone = false;
      port.onMessage.addListener((raw) => {
        if (scope !== null) void onRequest(port, scope, raw);
        else waiting?.push(raw);
      });
      port.onDisconnect.addListener(() => {
        gone = true;
        ports.delete(port);
        if (scope !== null) void writeHeldDrafts(scope).catch(() => undefined);
      });
      const start = (checked: NotesPortPeer | null) => {
        const queued = waiting ?? [];
        waiting = null;
        if (gone) return;
        if (checked === null) return port.disconnect();
        const ready: PortScope = {
          documents: checked.fromExtensionPage ? null : pageDocumentsOf(checked.pageUrl),
          removed: new Set(),
          drafts: new Map(),
        };
        scope = ready;
        ports.set(port, ready);
        for (const raw of queued) void onRequest(port, ready, raw);
      };
      if (peer instanceof Promise) peer.then(start, () => start(null));
      else start(peer);
    },
    broadcast(change) {
      for (const [port, scope] of [...ports]) {
        if (scope.documents === null) {
          post(port, { type: 'notes-changed', change });
          continue;
        }
        // A page hears only that its own documents changed: not the ids, nor which other
        // documents (the addresses of every page the reader annotates) were written.
        const docKeys = change.docKeys.filter((key) => scope.documents?.allows(key) === true);
        if (docKeys.length > 0) post(port, { type: 'notes-changed', change: { written: [], deleted: [], docKeys } });
      }
    },
    close() {
      for (const port of [...ports.keys()]) port.disconnect();
      ports.clear();
    },
  };
}
