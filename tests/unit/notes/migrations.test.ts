/**
 * Every earlier schema, opened by today's code. Each tests/fixtures/notes/schema-v{N}.json is a
 * snapshot of a database as version N wrote it: its stores and indexes, and its records. The test
 * builds that database for real (fake-indexeddb, running only the upgrade steps up to N, so the
 * shape must match the snapshot), then opens it with openNotesDatabase and checks that every
 * note is there, valid for today's schema, with nothing it had lost or changed.
 * A new schema version adds one fixture file; nothing here changes.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { wrap, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../../lib/notes/note-shape';
import { NOTES_DB_NAME, NOTES_DB_VERSION, upgradeNotesDatabase } from '../../../lib/notes/schema';
import { openNotesDatabase } from '../../../lib/notes/store';

interface IndexShape {
  keyPath: string;
  multiEntry: boolean;
  unique: boolean;
}
interface Fixture {
  version: number;
  stores: Record<string, { keyPath: string; indexes: Record<string, IndexShape> }>;
  records: Record<string, Record<string, unknown>[]>;
}

const DIR = join(__dirname, '../../fixtures/notes');
const FIXTURES = readdirSync(DIR)
  .filter((f) => /^schema-v\d+\.json$/.test(f))
  .map((file) => ({ file, fixture: JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Fixture }));

/** A database as `version` left it: only that version's upgrade steps, then the records put raw. */
async function buildDatabase(factory: IDBFactory, fixture: Fixture): Promise<void> {
  const request = factory.open(NOTES_DB_NAME, fixture.version);
  request.onupgradeneeded = (event) => {
    void upgradeNotesDatabase(
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      wrap(request.result) as IDBPDatabase<any>,
      event.oldVersion,
      fixture.version,
      wrap(request.transaction!) as never,
    );
  };
  const db = (await wrap(request))!;
  expect(shapeOf(db.objectStoreNames, (name) => db.transaction(name).objectStore(name))).toEqual(fixture.stores);
  for (const [store, records] of Object.entries(fixture.records)) {
    const tx = db.transaction(store, 'readwrite');
    for (const record of records) await tx.store.put(record);
    await tx.done;
  }
  db.close();
}

function shapeOf(
  names: DOMStringList,
  storeOf: (name: string) => {
    keyPath: string | string[] | null;
    indexNames: DOMStringList;
    index(name: string): { keyPath: string | string[]; multiEntry: boolean; unique: boolean };
  },
) {
  const shape: Fixture['stores'] = {};
  for (const name of Array.from(names)) {
    const store = storeOf(name);
    const indexes: Record<string, IndexShape> = {};
    for (const indexName of Array.from(store.indexNames)) {
      const index = store.index(indexName);
      indexes[indexName] = { keyPath: index.keyPath as string, multiEntry: index.multiEntry, unique: index.unique };
    }
    shape[name] = { keyPath: store.keyPath as string, indexes };
  }
  return shape;
}

describe('schema fixtures', () => {
  it('there is a fixture for every earlier version and the current one', () => {
    expect(FIXTURES.map((f) => f.fixture.version).sort()).toEqual(Array.from({ length: NOTES_DB_VERSION }, (_, i) => i + 1));
  });
});

describe.each(FIXTURES)('a database of $file opened by today’s code', ({ fixture }) => {
  it('keeps every note, valid for today’s schema, every old field unchanged', async () => {
    const factory = new FakeIDBFactory();
    await buildDatabase(factory, fixture);
    const db = await openNotesDatabase(factory, { now: () => new Date('2025-05-10T00:00:00.000Z') });
    const notes = await db.all();
    const old = fixture.records.notes ?? [];
    expect(notes).toHaveLength(old.length);
    for (const record of old) {
      const note = await db.get(record.id as string);
      expect(note, `note ${String(record.id)}`).toBeDefined();
      // Everything the old version stored is still there, byte for byte…
      expect(note).toMatchObject(record);
      // …and the note is a valid note of the current schema.
      const checked = checkNote(note);
      expect(checked.ok ? 'valid' : checked.problem).toBe('valid');
    }
    // Deleted notes kept for undo survive too.
    for (const entry of fixture.records.trash ?? []) {
      expect(await db.restore(entry.id as string)).toMatchObject(entry.note as object);
    }
    db.close();
  });
});

describe('version 1 → 2', () => {
  it('gives every version-1 note revision 1 and no tags, and the notes can be edited after', async () => {
    const v1 = FIXTURES.find((f) => f.fixture.version === 1)!.fixture;
    const factory = new FakeIDBFactory();
    await buildDatabase(factory, v1);
    const db = await openNotesDatabase(factory);
    for (const record of v1.records.notes!) {
      expect(await db.get(record.id as string)).toEqual({ ...record, revision: 1, tags: [] });
    }
    const first = v1.records.notes![0]!;
    const result = await db.update(first.id as string, { tags: ['migrated'] }, 1);
    expect(result).toMatchObject({ ok: true, note: { revision: 2, tags: ['migrated'], text: first.text } });
    expect(await db.forDocument('symbol:A/RES/76/186')).toHaveLength(2);
    db.close();
  });

  it('the awkward texts are in the fixture (so the test means something)', () => {
    const texts = FIXTURES[0]!.fixture.records.notes!.map((n) => n.text as string);
    expect(texts.some((t) => /[\u0600-\u06FF]/.test(t))).toBe(true);
    expect(texts.some((t) => /\p{Extended_Pictographic}/u.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('\n'))).toBe(true);
    expect(Math.max(...texts.map((t) => t.length))).toBeGreaterThan(10_000);
  });
});

describe('a database this code cannot open', () => {
  it('a newer version than this code: NotesError unavailable that says to update', async () => {
    const factory = new FakeIDBFactory();
    (await wrap(factory.open(NOTES_DB_NAME, NOTES_DB_VERSION + 1)))!.close();
    await expect(openNotesDatabase(factory)).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/newer version of Resolute/) as unknown,
    });
  });

  it('blocked by an older connection that does not close: unavailable, and the old data stays', async () => {
    const factory = new FakeIDBFactory();
    const v1 = FIXTURES.find((f) => f.fixture.version === 1)!.fixture;
    await buildDatabase(factory, v1);
    const old = (await wrap(factory.open(NOTES_DB_NAME, 1)))!;
    // An old tab that ignores versionchange (as pre-release code did).
    await expect(openNotesDatabase(factory)).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/Close or reload/) as unknown,
    });
    expect(await old.count('notes')).toBe(v1.records.notes!.length);
    old.close();
  });
});
