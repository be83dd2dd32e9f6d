import 'fake-indexeddb/auto';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDraftKeeper, replayDrafts, type StorageLike } from '../../../lib/notes/drafts';
import { openNotesDatabase } from '../../../lib/notes/store';
import { newNote, tickingClock } from './note-factory';

/** localStorage's behaviour over a Map: string values, keys by index, a quota in characters. */
class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const used = [...this.items].reduce((n, [key, value]) => n + (key === k ? 0 : key.length + value.length), 0);
    if (used + k.length + v.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(k, String(v));
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

async function setUp() {
  const db = await openNotesDatabase(new FakeIDBFactory(), { now: tickingClock() });
  const storage = new MemoryStorage();
  return { db, storage, keeper: createDraftKeeper(storage, tickingClock()) };
}

describe('the draft keeper', () => {
  it('keeps the latest changes per note, synchronously, and drops them', () => {
    const storage = new MemoryStorage();
    const keeper = createDraftKeeper(storage, tickingClock());
    keeper.keep('n1', { text: 'H' }, 1);
    keeper.keep('n1', { text: 'Hello\nworld 🙂' }, 1);
    keeper.keep('n2', { colour: 'blue' }, 3);
    expect(keeper.pending()).toMatchObject([
      { noteId: 'n1', changes: { text: 'Hello\nworld 🙂' }, baseRevision: 1 },
      { noteId: 'n2', changes: { colour: 'blue' }, baseRevision: 3 },
    ]);
    keeper.drop('n1');
    expect(keeper.pending().map((d) => d.noteId)).toEqual(['n2']);
  });

  it('a new keeper over the same storage (the tab reopened) sees the drafts', () => {
    const storage = new MemoryStorage();
    createDraftKeeper(storage).keep('n1', { text: 'typed before closing' }, 2);
    expect(createDraftKeeper(storage).pending()).toMatchObject([{ noteId: 'n1', changes: { text: 'typed before closing' } }]);
  });

  it('says false when the storage is full, and skips malformed or foreign entries without deleting them', () => {
    const storage = new MemoryStorage(100);
    const keeper = createDraftKeeper(storage);
    expect(keeper.keep('n1', { text: 'x'.repeat(200) }, 1)).toBe(false);
    storage.items.set('resolute-notes-draft:bad', '{not json');
    storage.items.set(
      'resolute-notes-draft:n3',
      JSON.stringify({ noteId: 'n3', changes: { colour: 'red' }, baseRevision: 1, savedAt: 'x' }),
    );
    storage.items.set('other-app', 'x');
    expect(keeper.pending()).toEqual([]);
    expect(storage.items.size).toBe(3);
  });
});

describe('replaying drafts at start-up', () => {
  it('writes a draft based on the current revision', async () => {
    const { db, keeper } = await setUp();
    const note = await db.create(newNote({ text: 'start' }));
    keeper.keep(note.id, { text: 'start, then more' }, 1);
    expect(await replayDrafts(db, keeper)).toEqual([{ noteId: note.id, outcome: 'saved' }]);
    expect(await db.get(note.id)).toMatchObject({ text: 'start, then more', revision: 2 });
    expect(keeper.pending()).toEqual([]);
  });

  it('a draft the database already has is dropped without a second write', async () => {
    const { db, keeper } = await setUp();
    const note = await db.create(newNote());
    keeper.keep(note.id, { text: 'saved in time' }, 1);
    await db.update(note.id, { text: 'saved in time' }, 1);
    expect(await replayDrafts(db, keeper)).toEqual([{ noteId: note.id, outcome: 'already-saved' }]);
    expect(await db.get(note.id)).toMatchObject({ revision: 2 });
    expect(await db.all()).toHaveLength(1);
  });

  it('a conflict keeps both texts: the draft becomes a new note beside the other', async () => {
    const { db, keeper } = await setUp();
    const note = await db.create(newNote({ text: 'v1', docTitle: 'Title' }));
    keeper.keep(note.id, { text: 'mine, typed in the closed tab' }, 1);
    await db.update(note.id, { text: 'theirs, from another tab' }, 1);
    const [outcome] = await replayDrafts(db, keeper);
    expect(outcome).toMatchObject({ noteId: note.id, outcome: 'copied' });
    const copyId = outcome!.outcome === 'copied' ? outcome!.copyId : '';
    expect((await db.get(note.id))!.text).toBe('theirs, from another tab');
    expect(await db.get(copyId)).toMatchObject({
      text: 'mine, typed in the closed tab',
      doc: note.doc,
      selectors: note.selectors,
      docTitle: 'Title',
    });
    expect(keeper.pending()).toEqual([]);
  });

  it('a note deleted meanwhile comes back from the trash with the draft', async () => {
    const { db, keeper } = await setUp();
    const note = await db.create(newNote());
    keeper.keep(note.id, { text: 'still typing' }, 1);
    await db.remove(note.id);
    expect(await replayDrafts(db, keeper)).toEqual([{ noteId: note.id, outcome: 'restored' }]);
    expect(await db.get(note.id)).toMatchObject({ text: 'still typing' });
  });

  it('keeps the draft when the database refuses (quota) or the note is gone for good', async () => {
    const { db, keeper } = await setUp();
    keeper.keep('00000000-0000-4000-8000-00000000abcd', { text: 'orphan' }, 1);
    const failing = { ...db, update: () => Promise.reject(new Error('The disk is full')) };
    const note = await db.create(newNote());
    keeper.keep(note.id, { text: 'x' }, 1);
    const outcomes = await replayDrafts(failing, keeper);
    expect(outcomes).toContainEqual({ noteId: note.id, outcome: 'kept', problem: 'The disk is full' });
    expect(await replayDrafts(db, keeper)).toContainEqual({
      noteId: '00000000-0000-4000-8000-00000000abcd',
      outcome: 'kept',
      problem: 'the note was deleted and is no longer in the trash',
    });
    expect(keeper.pending().map((d) => d.noteId)).toEqual(['00000000-0000-4000-8000-00000000abcd']);
  });
});

describe('several restored tabs replaying at once', () => {
  /** One lock for every "tab", as the Web Locks API gives the extension's pages. */
  function sharedLock() {
    let tail: Promise<unknown> = Promise.resolve();
    return <T>(run: () => Promise<T>): Promise<T> => {
      const next = tail.then(run, run);
      tail = next.catch(() => undefined);
      return next;
    };
  }

  it('make one copy of a conflicting draft, not one per tab', async () => {
    const { db, storage } = await setUp();
    const note = await db.create(newNote({ text: 'v1' }));
    createDraftKeeper(storage).keep(note.id, { text: 'mine, typed in the closed tab' }, 1);
    await db.update(note.id, { text: 'theirs' }, 1);
    const exclusive = sharedLock();
    const tabs = [createDraftKeeper(storage), createDraftKeeper(storage), createDraftKeeper(storage)];
    const outcomes = (await Promise.all(tabs.map((keeper) => replayDrafts(db, keeper, exclusive)))).flat();
    expect(outcomes.filter((o) => o.outcome === 'copied')).toHaveLength(1);
    expect((await db.all()).map((n) => n.text).sort()).toEqual(['mine, typed in the closed tab', 'theirs']);
    expect(createDraftKeeper(storage).pending()).toEqual([]);
  });

  it('restore a deleted note once, whichever tab gets there first', async () => {
    const { db, storage } = await setUp();
    const note = await db.create(newNote());
    createDraftKeeper(storage).keep(note.id, { text: 'still typing' }, 1);
    await db.remove(note.id);
    const exclusive = sharedLock();
    const outcomes = (await Promise.all([0, 1].map(() => replayDrafts(db, createDraftKeeper(storage), exclusive)))).flat();
    expect(outcomes).toEqual([{ noteId: note.id, outcome: 'restored' }]);
    expect(await db.all()).toHaveLength(1);
  });
});
