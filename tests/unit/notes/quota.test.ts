/**
 * A full disk: IndexedDB refuses a put with QuotaExceededError. fake-indexeddb has no quota, so
 * the test makes its object store's `put`/`add` throw the way a browser reports it, after
 * letting some writes through, and checks that every stored note is exactly as before.
 */
import 'fake-indexeddb/auto';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openNotesDatabase } from '../../../lib/notes/store';
import { NotesError } from '../../../lib/notes/types';
import { newNote, storedNote, tickingClock } from './note-factory';

/** Lets `allowed` writes through, then throws QuotaExceededError on every put/add. */
function fillTheDiskAfter(allowed: number) {
  let left = allowed;
  for (const method of ['put', 'add'] as const) {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the store as `this`
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (left-- <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    });
  }
}

afterEach(() => vi.restoreAllMocks());

async function seeded() {
  const db = await openNotesDatabase(new FakeIDBFactory(), { now: tickingClock() });
  const a = await db.create(newNote({ text: 'first' }));
  const b = await db.create(newNote({ text: 'second', colour: 'blue' }));
  return { db, before: await db.all(), a, b };
}

describe('a write that hits the quota', () => {
  it('create: NotesError quota, nothing changed', async () => {
    const { db, before } = await seeded();
    fillTheDiskAfter(0);
    const err = await db.create(newNote({ text: 'third' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotesError);
    expect((err as NotesError).code).toBe('quota');
    expect((err as NotesError).message).toMatch(/Nothing was changed/);
    vi.restoreAllMocks();
    expect(await db.all()).toEqual(before);
    db.close();
  });

  it('update: quota, the note keeps its text and revision', async () => {
    const { db, before, a } = await seeded();
    fillTheDiskAfter(0);
    await expect(db.update(a.id, { text: 'changed' }, 1)).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await db.all()).toEqual(before);
    db.close();
  });

  it('remove: quota on the trash write, the note stays', async () => {
    const { db, before, a } = await seeded();
    fillTheDiskAfter(0);
    await expect(db.remove(a.id)).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await db.all()).toEqual(before);
    db.close();
  });

  it('merge: the third of five puts fails, none of the five is kept (all or nothing)', async () => {
    const { db, before, a } = await seeded();
    const incoming = [{ ...a, text: 'newer', revision: 9 }, storedNote(), storedNote(), storedNote(), storedNote()];
    fillTheDiskAfter(2);
    await expect(db.merge(incoming)).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await db.all()).toEqual(before);
    // The database still works once there is room again.
    expect(await db.merge(incoming)).toEqual({ added: 4, updated: 1, unchanged: 0 });
    db.close();
  });
});
