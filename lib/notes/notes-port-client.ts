/**
 * Notes for content scripts (HTML pages, ADR 0017): a NotesStore over a runtime Port named `notes`
 * to the background, which holds the database (a content script cannot open the extension's
 * IndexedDB). Each call is a request with an id, answered once; every answer and every pushed
 * change is checked (lib/messages/notes-port.ts) before use.
 *
 * The port drops when an MV3 service worker goes idle or the extension reloads. Calls then in
 * flight: reads are asked again on a new port; writes fail with NotesError('unavailable'),
 * because whether they committed is unknown and repeating a create would duplicate the note.
 * While anyone listens for changes the client reconnects at once, and tells its listeners that
 * the documents it asked about may have changed meanwhile.
 */
import {
  NOTES_PORT_NAME,
  parseNotesPortMessage,
  parseNotesResult,
  type NotesCall,
  type NotesMethod,
  type NotesRequestMessage,
  type NotesResultMap,
} from '../messages/notes-port';
import { checkNewNote, checkNoteChanges } from './note-shape';
import { NotesError, type NotesChange, type NotesStore } from './types';
import type { NoteDraftKeeper } from './notes-ui-autosave';

/** The part of a runtime Port the client uses (a fake in unit tests). */
export interface NotesPortLike {
  postMessage(message: NotesRequestMessage): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/** `browser.runtime`, or a fake. */
export interface RuntimeLike {
  connect(info: { name: string }): NotesPortLike;
}

export interface NotesPortClient extends NotesStore {
  /**
   * Drafts kept by the background (what the notes frame uses: it has no storage of its own in a
   * web page's tab). Each keystroke's changes leave at once, so a tab closed right after typing
   * loses nothing: the background writes what was not saved when the port closes.
   */
  readonly drafts: NoteDraftKeeper;
  /** Calls `listener` after every committed write in any context, until `signal` aborts. */
  subscribe(listener: (change: NotesChange) => void, signal: AbortSignal): void;
  /** Closes the port; later calls fail with NotesError('unavailable'). */
  close(): void;
}

interface Pending {
  method: NotesMethod;
  call: NotesCall;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

const READS: readonly NotesMethod[] = ['get', 'forDocument', 'all'];
/** Disconnects this soon after connecting, repeatedly, mean the background refuses us: stop trying. */
const QUICK_DISCONNECT_MS = 1000;
const MAX_QUICK_DISCONNECTS = 3;

/** `name`: the port's name (the notes frame's carries its token, lib/notes-frame-messages.ts). */
export function connectNotesStore(runtime: RuntimeLike, name: string = NOTES_PORT_NAME): NotesPortClient {
  const pending = new Map<string, Pending>();
  const listeners = new Set<(change: NotesChange) => void>();
  const askedDocKeys = new Set<string>();
  let port: NotesPortLike | undefined;
  let nextId = 1;
  let closed = false;
  let quickDisconnects = 0;

  const lost = () =>
    new NotesError(
      'unavailable',
      'The connection to Resolute’s background was lost before the note was saved. Check the note and try again.',
    );

  const onPortMessage = (raw: unknown) => {
    const message = parseNotesPortMessage(raw);
    if (message === null) return;
    if (message.type === 'notes-changed') {
      for (const listener of [...listeners]) listener(message.change);
      return;
    }
    const entry = pending.get(message.id);
    if (entry === undefined) return;
    pending.delete(message.id);
    if (!message.ok) return entry.reject(new NotesError(message.error.code, message.error.message));
    const result = parseNotesResult(entry.method, message.result);
    if (result === null)
      return entry.reject(
        new NotesError('unavailable', `Resolute’s background answered ${entry.method} with something that is not a valid answer.`),
      );
    entry.resolve(result.value);
  };

  const connect = (): NotesPortLike => {
    const opened = runtime.connect({ name });
    const connectedAt = Date.now();
    opened.onMessage.addListener(onPortMessage);
    opened.onDisconnect.addListener(() => {
      if (port !== opened) return;
      port = undefined;
      quickDisconnects = Date.now() - connectedAt < QUICK_DISCONNECT_MS ? quickDisconnects + 1 : 0;
      const retry = !closed && quickDisconnects < MAX_QUICK_DISCONNECTS;
      for (const [id, entry] of [...pending]) {
        pending.delete(id);
        if (retry && READS.includes(entry.method)) send(entry);
        else entry.reject(lost());
      }
      if (retry && listeners.size > 0) {
        ensurePort();
        const change: NotesChange = { written: [], deleted: [], docKeys: [...askedDocKeys] };
        for (const listener of [...listeners]) listener(change);
      }
    });
    return opened;
  };

  const ensurePort = (): NotesPortLike => (port ??= connect());

  const send = (entry: Pending) => {
    const id = String(nextId++);
    pending.set(id, entry);
    try {
      ensurePort().postMessage({ type: 'notes-request', id, ...entry.call });
    } catch {
      pending.delete(id);
      port = undefined;
      entry.reject(lost());
    }
  };

  function call<M extends NotesMethod>(c: NotesCall & { method: M }): Promise<NotesResultMap[M]> {
    if (closed) return Promise.reject(new NotesError('unavailable', 'The notes connection is closed.'));
    return new Promise((resolve, reject) => send({ method: c.method, call: c, resolve: resolve as (v: unknown) => void, reject }));
  }

  /** A call whose answer nobody waits for (a draft kept or dropped). */
  const post = (c: NotesCall) => void call(c).catch(() => undefined);

  return {
    drafts: {
      keep: (noteId, changes, baseRevision) => post({ method: 'keepDraft', noteId, changes, baseRevision }),
      drop: (noteId) => post({ method: 'dropDraft', noteId }),
    },
    get: async (noteId) => (await call({ method: 'get', noteId })) ?? undefined,
    forDocument: (docKey) => {
      askedDocKeys.add(docKey);
      return call({ method: 'forDocument', docKey });
    },
    all: () => call({ method: 'all' }),
    create: (draft) => {
      // Checked here too, so a mistake gets the same clear message as from the database itself.
      const checked = checkNewNote(draft);
      if (!checked.ok) return Promise.reject(new NotesError('invalid', `The note cannot be saved: ${checked.problem}.`));
      return call({ method: 'create', draft: checked.value });
    },
    update: (noteId, changes, baseRevision) => {
      const checked = checkNoteChanges(changes);
      if (!checked.ok) return Promise.reject(new NotesError('invalid', `The note cannot be saved: ${checked.problem}.`));
      return call({ method: 'update', noteId, changes: checked.value, baseRevision });
    },
    remove: async (noteId) => (await call({ method: 'remove', noteId })) ?? undefined,
    restore: async (noteId) => (await call({ method: 'restore', noteId })) ?? undefined,
    merge: (notes) => call({ method: 'merge', notes }),
    clear: async () => {
      await call({ method: 'clear' });
    },
    subscribe(listener, signal) {
      if (signal.aborted || closed) return;
      listeners.add(listener);
      // The background pushes changes only to connected ports: connect now to hear them.
      ensurePort();
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    close() {
      closed = true;
      for (const entry of pending.values()) entry.reject(new NotesError('unavailable', 'The notes connection is closed.'));
      pending.clear();
      listeners.clear();
      port?.disconnect();
      port = undefined;
    },
  };
}
