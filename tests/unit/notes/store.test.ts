/**
 * The notes database on fake-indexeddb (a real IndexedDB implementation in node; `idb` wraps the
 * global IDB classes, which `fake-indexeddb/auto` installs). Each test gets a fresh factory.
 */
import 'fake-indexeddb/auto';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { openNotesDatabase, type NotesDatabase } from '../../../lib/notes/store';
import { NotesError, type NotesChange } from '../../../lib/notes/types';
import { newNote, storedNote, tickingClock } from './note-factory';

const opened: NotesDatabase[] = [];
async function open(factory = new FakeIDBFactory(), changes: NotesChange[] = [], now = tickingClock()) {
  const db = await openNotesDatabase(factory, { now, onChange: (c) => changes.push(c) });
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('notes database: basic operations', () => {
  it('creates a note with id, docKey, times and revision 1, and finds it again', async () => {
    const changes: NotesChange[] = [];
    const db = await open(undefined, changes);
    const note = await db.create(newNote({ tags: [' climate ', 'Climate', 'oceans', ''] }));
    expect(note.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(note.docKey).toBe('symbol:A/RES/76/186');
    expect(note.revision).toBe(1);
    expect(note.created).toBe(note.updated);
    expect(note.tags).toEqual(['climate', 'oceans']);
    expect(await db.get(note.id)).toEqual(note);
    expect(await db.forDocument('symbol:A/RES/76/186')).toEqual([note]);
    expect(await db.forDocument('symbol:A/RES/76/181')).toEqual([]);
    expect(await db.all()).toEqual([note]);
    expect(changes).toEqual([{ written: [note.id], deleted: [], docKeys: [note.docKey] }]);
  });

  it('finds the notes of every language version of a document together', async () => {
    const db = await open();
    const ru = await db.create(newNote());
    const fr = await db.create(newNote({ doc: { kind: 'symbol', symbol: 'A/RES/76/186', lang: 'fr' } }));
    await db.create(newNote({ doc: { kind: 'pdf', fingerprint: 'abc123', url: 'https://example.org/x.pdf' } }));
    expect((await db.forDocument('symbol:A/RES/76/186')).map((n) => n.id).sort()).toEqual([ru.id, fr.id].sort());
    expect(await db.forDocument('pdf:abc123')).toHaveLength(1);
  });

  it('refuses a malformed note with NotesError invalid and stores nothing', async () => {
    const db = await open();
    await expect(db.create(newNote({ colour: 'red' as 'yellow' }))).rejects.toMatchObject({ code: 'invalid' });
    await expect(db.create(newNote({ text: 'x'.repeat(100_001) }))).rejects.toBeInstanceOf(NotesError);
    await expect(db.create(newNote({ selectors: [] }))).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.all()).toEqual([]);
  });
});

describe('notes database: last-writer detection', () => {
  it('writes an update based on the current revision and bumps it', async () => {
    const changes: NotesChange[] = [];
    const db = await open(undefined, changes);
    const note = await db.create(newNote());
    const result = await db.update(note.id, { text: 'Edited\nline two', colour: 'green' }, 1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.note).toMatchObject({ id: note.id, text: 'Edited\nline two', colour: 'green', revision: 2, created: note.created });
    expect(result.note.updated > note.updated).toBe(true);
    expect(await db.get(note.id)).toEqual(result.note);
    expect(changes.at(-1)).toEqual({ written: [note.id], deleted: [], docKeys: [note.docKey] });
  });

  it('refuses a stale base revision, writes nothing and returns the current note', async () => {
    const factory = new FakeIDBFactory();
    const tabA = await open(factory);
    const tabB = await open(factory);
    const note = await tabA.create(newNote());
    const a = await tabA.update(note.id, { text: 'from tab A' }, 1);
    expect(a.ok).toBe(true);
    const b = await tabB.update(note.id, { text: 'from tab B' }, 1);
    expect(b).toEqual({ ok: false, reason: 'conflict', current: (await tabA.get(note.id))! });
    expect((await tabB.get(note.id))!.text).toBe('from tab A');
  });

  it('says gone for an update of a deleted note', async () => {
    const db = await open();
    const note = await db.create(newNote());
    await db.remove(note.id);
    expect(await db.update(note.id, { text: 'late' }, 1)).toEqual({ ok: false, reason: 'gone' });
    expect(await db.get(note.id)).toBeUndefined();
  });

  it('two concurrent updates on the same revision: exactly one wins', async () => {
    const factory = new FakeIDBFactory();
    const tabA = await open(factory);
    const tabB = await open(factory);
    const note = await tabA.create(newNote());
    const results = await Promise.all([tabA.update(note.id, { text: 'A' }, 1), tabB.update(note.id, { text: 'B' }, 1)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(1);
    const winner = results.find((r) => r.ok);
    expect((await tabA.get(note.id))!.text).toBe(winner!.ok ? winner!.note.text : '');
  });
});

describe('notes database: delete with undo, trash', () => {
  it('removes to the trash and restores the note as it was', async () => {
    const changes: NotesChange[] = [];
    const db = await open(undefined, changes);
    const note = await db.create(newNote());
    expect(await db.remove(note.id)).toEqual(note);
    expect(await db.get(note.id)).toBeUndefined();
    expect(changes.at(-1)).toEqual({ written: [], deleted: [note.id], docKeys: [note.docKey] });
    expect(await db.restore(note.id)).toEqual(note);
    expect(await db.get(note.id)).toEqual(note);
    expect(await db.restore(note.id)).toBeUndefined();
    expect(await db.remove('00000000-0000-4000-8000-999999999999')).toBeUndefined();
  });

  it('purges trash older than 30 days when the database opens, keeps younger', async () => {
    const factory = new FakeIDBFactory();
    let clock = Date.parse('2025-01-01T00:00:00.000Z');
    const now = () => new Date(clock);
    const db = await open(factory, [], now);
    const old = await db.create(newNote({ text: 'old' }));
    const young = await db.create(newNote({ text: 'young' }));
    await db.remove(old.id);
    clock += 20 * 86_400_000;
    await db.remove(young.id);
    db.close();
    clock += 11 * 86_400_000; // old: 31 days in the trash, young: 11
    const reopened = await open(factory, [], now);
    expect(await reopened.restore(old.id)).toBeUndefined();
    expect(await reopened.restore(young.id)).toMatchObject({ text: 'young' });
  });
});

describe('notes database: merge (import)', () => {
  it('adds new ids, replaces only with newer versions, and importing twice changes nothing', async () => {
    const db = await open();
    const here = await db.create(newNote({ text: 'here' }));
    const older = { ...here, text: 'older', revision: 1, updated: '2000-01-01T00:00:00.000Z' };
    const newer = { ...here, text: 'newer', revision: 5 };
    const fresh = storedNote({ text: 'fresh' });
    expect(await db.merge([fresh, older])).toEqual({ added: 1, updated: 0, unchanged: 1 });
    expect((await db.get(here.id))!.text).toBe('here');
    expect(await db.merge([fresh, newer])).toEqual({ added: 0, updated: 1, unchanged: 1 });
    expect(await db.get(here.id)).toEqual(newer);
    expect(await db.merge([fresh, newer])).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await db.all()).toHaveLength(2);
  });

  it('same revision: the later updated time wins', async () => {
    const db = await open();
    const a = storedNote({ text: 'a', updated: '2025-01-01T00:00:00.000Z' });
    await db.merge([a]);
    expect(await db.merge([{ ...a, text: 'b', updated: '2025-01-02T00:00:00.000Z' }])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect((await db.get(a.id))!.text).toBe('b');
  });

  it('refuses the whole batch when one note is malformed', async () => {
    const db = await open();
    const good = storedNote();
    await expect(db.merge([good, { ...storedNote(), created: 'yesterday' }])).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.all()).toEqual([]);
  });

  it('clear deletes every note and announces it', async () => {
    const changes: NotesChange[] = [];
    const db = await open(undefined, changes);
    const note = await db.create(newNote());
    await db.clear();
    expect(await db.all()).toEqual([]);
    expect(changes.at(-1)).toEqual({ written: [], deleted: [note.id], docKeys: [note.docKey] });
  });
});
