/**
 * The notes port: the protocol's validation (lib/messages/notes-port.ts), and a content script's client
 * talking to the background's host over a fake port pair that passes messages the way runtime
 * ports do (asynchronously, as structured clones), with a real database on fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { connectNotesStore, type RuntimeLike } from '../../../lib/notes/notes-port-client';
import { createNotesPortHost, type NotesHostPortLike, type NotesPortPeer } from '../../../lib/notes/notes-port-host';
import { parseNotesChanged, parseNotesPortMessage, parseNotesRequest, parseNotesResult } from '../../../lib/messages/notes-port';
import { openNotesDatabase, type NotesDatabase } from '../../../lib/notes/store';
import { NotesError, type NotesChange } from '../../../lib/notes/types';
import { newNote, storedNote } from './note-factory';

describe('notes port protocol: requests', () => {
  const note = storedNote();
  it.each([
    [{ type: 'notes-request', id: '1', method: 'all' }],
    [{ type: 'notes-request', id: '2', method: 'get', noteId: note.id }],
    [{ type: 'notes-request', id: '3', method: 'forDocument', docKey: 'symbol:A/RES/76/186' }],
    [{ type: 'notes-request', id: '4', method: 'create', draft: newNote() }],
    [{ type: 'notes-request', id: '5', method: 'update', noteId: note.id, changes: { text: 'x', tags: ['a'] }, baseRevision: 3 }],
    [{ type: 'notes-request', id: '6', method: 'merge', notes: [note] }],
    [{ type: 'notes-request', id: '7', method: 'clear' }],
    [{ type: 'notes-request', id: '8', method: 'keepDraft', noteId: note.id, changes: { text: 'typed' }, baseRevision: 2 }],
    [{ type: 'notes-request', id: '9', method: 'dropDraft', noteId: note.id }],
  ])('accepts %o', (raw) => {
    expect(parseNotesRequest(raw)).toEqual(raw);
  });
  it.each([
    ['no id', { type: 'notes-request', method: 'all' }],
    ['an id too long', { type: 'notes-request', id: 'x'.repeat(65), method: 'all' }],
    ['an unknown method', { type: 'notes-request', id: '1', method: 'drop' }],
    ['an extra field', { type: 'notes-request', id: '1', method: 'all', sql: 'x' }],
    ['a draft with an unknown colour', { type: 'notes-request', id: '1', method: 'create', draft: newNote({ colour: 'red' as 'blue' }) }],
    ['a draft with text too long', { type: 'notes-request', id: '1', method: 'create', draft: newNote({ text: 'x'.repeat(100_001) }) }],
    [
      'changes with a field that cannot change',
      { type: 'notes-request', id: '1', method: 'update', noteId: note.id, changes: { revision: 9 }, baseRevision: 1 },
    ],
    ['a base revision of 0', { type: 'notes-request', id: '1', method: 'update', noteId: note.id, changes: {}, baseRevision: 0 }],
    ['a merge with a malformed note', { type: 'notes-request', id: '1', method: 'merge', notes: [{ ...note, created: 'now' }] }],
    ['a merge that is not a list', { type: 'notes-request', id: '1', method: 'merge', notes: note }],
    ['a docKey too long', { type: 'notes-request', id: '1', method: 'forDocument', docKey: 'x'.repeat(5000) }],
    ['not an object', 'all'],
  ])('refuses %s', (_name, raw) => {
    expect(parseNotesRequest(raw)).toBeNull();
  });
});

describe('notes port protocol: answers and changes', () => {
  const note = storedNote();
  it('checks results against the method asked', () => {
    expect(parseNotesResult('get', note)).toEqual({ value: note });
    expect(parseNotesResult('get', null)).toEqual({ value: null });
    expect(parseNotesResult('get', { ...note, colour: 'red' })).toBeNull();
    expect(parseNotesResult('all', [note, note])).toEqual({ value: [note, note] });
    expect(parseNotesResult('all', [note, 5])).toBeNull();
    expect(parseNotesResult('update', { ok: false, reason: 'conflict', current: note })).toEqual({
      value: { ok: false, reason: 'conflict', current: note },
    });
    expect(parseNotesResult('update', { ok: false, reason: 'conflict' })).toBeNull();
    expect(parseNotesResult('merge', { added: 1, updated: 0, unchanged: 2 })).toEqual({ value: { added: 1, updated: 0, unchanged: 2 } });
    expect(parseNotesResult('merge', { added: -1, updated: 0, unchanged: 2 })).toBeNull();
    expect(parseNotesResult('clear', null)).toEqual({ value: null });
  });
  it('reads errors and change events, refuses the malformed', () => {
    expect(parseNotesPortMessage({ type: 'notes-response', id: '1', ok: false, error: { code: 'quota', message: 'full' } })).toEqual({
      type: 'notes-response',
      id: '1',
      ok: false,
      error: { code: 'quota', message: 'full' },
    });
    expect(parseNotesPortMessage({ type: 'notes-response', id: '1', ok: false, error: { code: 'boom', message: 'x' } })).toBeNull();
    expect(parseNotesChanged({ type: 'notes-changed', change: { written: ['a'], deleted: [], docKeys: ['symbol:A/1'] } })).toEqual({
      type: 'notes-changed',
      change: { written: ['a'], deleted: [], docKeys: ['symbol:A/1'] },
    });
    expect(parseNotesChanged({ type: 'notes-changed', change: { written: [1], deleted: [], docKeys: [] } })).toBeNull();
    expect(parseNotesChanged({ type: 'notes-changed', change: { written: [], deleted: [] } })).toBeNull();
  });
});

// ---- A fake runtime: connect() gives the client one end and hands the other to the host ----

type Listener<T> = (value: T) => void;
class FakeEnd {
  readonly messageListeners: Listener<unknown>[] = [];
  readonly disconnectListeners: (() => void)[] = [];
  other!: FakeEnd;
  connected = true;
  readonly onMessage = { addListener: (l: Listener<unknown>) => this.messageListeners.push(l) };
  readonly onDisconnect = { addListener: (l: () => void) => this.disconnectListeners.push(l) };
  postMessage(message: unknown) {
    if (!this.connected) throw new Error('Attempting to use a disconnected port object');
    const copy = structuredClone(message);
    setTimeout(() => this.other.connected && this.other.messageListeners.forEach((l) => l(copy)), 0);
  }
  /** Like a runtime Port: disconnect() notifies the other end only. */
  disconnect() {
    if (!this.connected) return;
    this.connected = false;
    this.other.connected = false;
    setTimeout(() => this.other.disconnectListeners.forEach((l) => l()), 0);
  }
}

function fakeRuntime(serve: (port: NotesHostPortLike) => void) {
  const clientEnds: FakeEnd[] = [];
  const runtime: RuntimeLike = {
    connect: () => {
      const client = new FakeEnd();
      const host = new FakeEnd();
      client.other = host;
      host.other = client;
      clientEnds.push(client);
      serve(host);
      return client;
    },
  };
  return { runtime, clientEnds };
}

const databases: NotesDatabase[] = [];
afterEach(() => databases.splice(0).forEach((db) => db.close()));

// A Digital Library record: its content script may reach the notes of the symbol it shows.
const RECORD_PEER: NotesPortPeer = { fromExtensionPage: false, pageUrl: 'https://digitallibrary.un.org/record/3953797' };

function setUp(peer: NotesPortPeer = RECORD_PEER) {
  const host = createNotesPortHost(async () => {
    const db = await openNotesDatabase(new FakeIDBFactory(), { onChange: (change) => host.broadcast(change) });
    databases.push(db);
    return db;
  });
  const { runtime, clientEnds } = fakeRuntime((port) => host.serve(port, peer));
  return { host, client: connectNotesStore(runtime), clientEnds };
}

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('a content script’s notes over the port', () => {
  it('creates, reads, updates with conflict detection, removes and restores', async () => {
    const { client } = setUp();
    const note = await client.create(newNote({ text: 'над пунктом 3 🙂' }));
    expect(note).toMatchObject({ text: 'над пунктом 3 🙂', revision: 1 });
    expect(await client.get(note.id)).toEqual(note);
    expect(await client.forDocument(note.docKey)).toEqual([note]);
    // Every note is the notes page's to read, not a web page's.
    await expect(client.all()).rejects.toMatchObject({ code: 'invalid' });
    const updated = await client.update(note.id, { colour: 'pink' }, 1);
    expect(updated).toMatchObject({ ok: true, note: { colour: 'pink', revision: 2 } });
    expect(await client.update(note.id, { colour: 'blue' }, 1)).toMatchObject({
      ok: false,
      reason: 'conflict',
      current: { colour: 'pink' },
    });
    expect(await client.remove(note.id)).toMatchObject({ id: note.id });
    expect(await client.get(note.id)).toBeUndefined();
    expect(await client.restore(note.id)).toMatchObject({ id: note.id, colour: 'pink' });
    expect(await client.get('00000000-0000-4000-8000-00000000ffff')).toBeUndefined();
  });

  it('hears changes made through any port', async () => {
    const { client, host } = setUp();
    const { runtime } = fakeRuntime((port) => host.serve(port, RECORD_PEER));
    const other = connectNotesStore(runtime);
    const heard: NotesChange[] = [];
    const stop = new AbortController();
    client.subscribe((c) => heard.push(c), stop.signal);
    const note = await other.create(newNote());
    await waitFor(() => heard.length === 1);
    // A page hears which of its documents changed, never note ids.
    expect(heard[0]).toEqual({ written: [], deleted: [], docKeys: [note.docKey] });
    stop.abort();
    await other.remove(note.id);
    await new Promise((r) => setTimeout(r, 30));
    expect(heard).toHaveLength(1);
  });

  it('refuses a malformed note with a clear NotesError before sending it', async () => {
    const { client } = setUp();
    const err = await client.create(newNote({ colour: 'red' as 'blue' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotesError);
    expect(err).toMatchObject({ code: 'invalid', message: expect.stringMatching(/colour is not one of/) as unknown });
  });

  it('the host answers a malformed request with an error instead of silence', async () => {
    const host = createNotesPortHost(() => Promise.reject(new Error('not reached')));
    const answers: unknown[] = [];
    const port = {
      postMessage: (m: unknown) => answers.push(m),
      onMessage: { addListener: (l: (m: unknown) => void) => l({ type: 'notes-request', id: '9', method: 'create', draft: {} }) },
      onDisconnect: { addListener: () => {} },
      disconnect: () => {},
    };
    host.serve(port, { fromExtensionPage: false });
    await waitFor(() => answers.length === 1);
    expect(answers[0]).toEqual({
      type: 'notes-response',
      id: '9',
      ok: false,
      error: { code: 'invalid', message: 'malformed notes request' },
    });
  });

  it('passes the store’s errors through with their code (a database that cannot open)', async () => {
    const host = createNotesPortHost(() => Promise.reject(new NotesError('unavailable', 'Notes cannot be stored in this browser profile')));
    const { runtime } = fakeRuntime((port) => host.serve(port, RECORD_PEER));
    await expect(connectNotesStore(runtime).forDocument('symbol:A/RES/76/186')).rejects.toMatchObject({
      code: 'unavailable',
      message: 'Notes cannot be stored in this browser profile',
    });
  });

  it('a content script may not import or wipe; an extension page may', async () => {
    const { client } = setUp(RECORD_PEER);
    await expect(client.merge([storedNote()])).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/not open to this page/) as unknown,
    });
    await expect(client.clear()).rejects.toMatchObject({ code: 'invalid' });
    const page = setUp({ fromExtensionPage: true }).client;
    expect(await page.merge([storedNote()])).toEqual({ added: 1, updated: 0, unchanged: 0 });
    await page.clear();
    expect(await page.all()).toEqual([]);
  });

  it('when the port drops: reads are asked again, writes fail plainly, listeners hear "may have changed"', async () => {
    const { client, clientEnds } = setUp();
    const note = await client.create(newNote());
    const heard: NotesChange[] = [];
    client.subscribe((c) => heard.push(c), new AbortController().signal);
    await client.forDocument(note.docKey);
    await new Promise((r) => setTimeout(r, 1100)); // not a "quick" disconnect
    const reading = client.forDocument(note.docKey);
    const writing = client.update(note.id, { text: 'lost?' }, 1);
    // The service worker stops: the background's end goes away.
    clientEnds[0]!.other.disconnect();
    await expect(writing).rejects.toMatchObject({ code: 'unavailable' });
    expect(await reading).toEqual([note]);
    expect(clientEnds).toHaveLength(2);
    expect(heard).toContainEqual({ written: [], deleted: [], docKeys: [note.docKey] });
  });

  it('close() rejects what is pending and later calls', async () => {
    const { client } = setUp();
    const pending = client.all();
    client.close();
    await expect(pending).rejects.toBeInstanceOf(NotesError);
    await expect(client.get('x')).rejects.toMatchObject({ code: 'unavailable' });
  });
});
