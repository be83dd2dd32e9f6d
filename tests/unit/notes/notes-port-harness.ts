/**
 * The background's notes port host over a fake IndexedDB, with ports played by the test: each
 * connection records what the host sends it, sends requests as its peer would, and closes.
 */
import 'fake-indexeddb/auto';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import type { NotesChangedMessage, NotesResponseMessage } from '../../../lib/messages/notes-port';
import { createNotesPortHost, type NotesPortPeer } from '../../../lib/notes/notes-port-host';
import { openNotesDatabase, type NotesDatabase } from '../../../lib/notes/store';

const databases: NotesDatabase[] = [];
afterEach(() => databases.splice(0).forEach((db) => db.close()));

/** A fresh database and its host; `connect` opens a port whose peer is (or will be) `peer`. */
export async function notesPortHarness() {
  const db = await openNotesDatabase(new FakeIDBFactory(), { onChange: (change) => host.broadcast(change) });
  databases.push(db);
  const host = createNotesPortHost(() => Promise.resolve(db));
  let n = 0;
  const connect = (peer: NotesPortPeer | Promise<NotesPortPeer | null>) => {
    /** Everything the host sent this port: answers and change announcements. */
    const sent: Array<NotesResponseMessage | NotesChangedMessage> = [];
    let onMessage: (m: unknown) => void = () => undefined;
    let onDisconnect: () => void = () => undefined;
    const port = { disconnected: false };
    host.serve(
      {
        postMessage: (m) => sent.push(m),
        onMessage: { addListener: (l) => (onMessage = l) },
        onDisconnect: { addListener: (l) => (onDisconnect = l) },
        disconnect: () => (port.disconnected = true),
      },
      peer,
    );
    /** Sends a request; returns its id. */
    const send = (request: Record<string, unknown>) => {
      const id = String(++n);
      onMessage({ type: 'notes-request', id, ...request });
      return id;
    };
    /** The answer to request `id`, or undefined if none comes within about half a second. */
    const answer = async (id: string) => {
      for (let i = 0; i < 200; i++) {
        const found = sent.find((m): m is NotesResponseMessage => m.type === 'notes-response' && m.id === id);
        if (found !== undefined) return found;
        await new Promise((r) => setTimeout(r, 2));
      }
      return undefined;
    };
    /** Sends a request and waits for its answer. */
    const call = async (request: Record<string, unknown>) => {
      const found = await answer(send(request));
      if (found === undefined) throw new Error('no answer');
      return found;
    };
    /** The answers sent so far. */
    const answers = () => sent.filter((m) => m.type === 'notes-response');
    return { port, sent, answers, send, answer, call, close: () => onDisconnect() };
  };
  return { db, connect };
}
