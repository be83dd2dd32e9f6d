/**
 * A backup must always be restorable: revisions stay bounded (an imported note cannot push a later
 * export past what import accepts), an export that would not import names the note instead of
 * writing the file, and ids that differ only in case are one note.
 */
import 'fake-indexeddb/auto';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_REVISION } from '../../../lib/notes/note-shape';
import { openNotesDatabase, type NotesDatabase } from '../../../lib/notes/store';
import { exportProblem, readAnnotationCollection, toAnnotationCollection } from '../../../lib/notes/web-annotation';
import { newNote, storedNote, tickingClock } from './note-factory';

const opened: NotesDatabase[] = [];
async function open() {
  const db = await openNotesDatabase(new FakeIDBFactory(), { now: tickingClock() });
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const roundTrip = (notes: Parameters<typeof toAnnotationCollection>[0]) =>
  readAnnotationCollection(JSON.parse(JSON.stringify(toAnnotationCollection(notes))));

describe('revisions are bounded', () => {
  it('an import of a note whose revision is beyond the bound is refused, naming it', () => {
    const huge = storedNote({ revision: Number.MAX_SAFE_INTEGER });
    const read = roundTrip([storedNote(), huge]);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(/^annotation 2: revision/);
  });

  it('a note at the bound, edited, stays at the bound, and the export imports again', async () => {
    const db = await open();
    await db.merge([storedNote({ revision: MAX_REVISION })]);
    const [note] = await db.all();
    const edited = await db.update(note!.id, { text: 'edited once' }, MAX_REVISION);
    expect(edited.ok).toBe(true);
    const all = await db.all();
    expect(all[0]!.revision).toBe(MAX_REVISION);
    expect(exportProblem(all)).toBeNull();
    const read = roundTrip(all);
    expect(read.ok).toBe(true);
  });
});

describe('an export that would not import', () => {
  it('names the bad note (document and id) instead of writing an unusable file', () => {
    const good = storedNote();
    const bad = storedNote({
      revision: Number.MAX_SAFE_INTEGER,
      doc: { kind: 'symbol', symbol: 'S/RES/2231(2015)', lang: 'en' },
      docKey: 'symbol:S/RES/2231(2015)',
    });
    const problem = exportProblem([good, bad]);
    expect(problem).not.toBeNull();
    expect(problem).toContain(bad.id);
    expect(problem).toContain('S/RES/2231(2015)');
    expect(problem).toContain('revision');
    expect(exportProblem([good])).toBeNull();
  });
});

describe('ids that differ only in case', () => {
  it('are the same note in one file', () => {
    const note = storedNote({ id: 'abcdef00-0000-4000-8000-000000000001' });
    const collection = copy(toAnnotationCollection([note, { ...note, text: 'upper' }]));
    collection.first.items[1]!.id = `urn:uuid:${note.id.toUpperCase()}`;
    const read = readAnnotationCollection(collection);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toContain('the same id as annotation 1');
  });

  it('import over a stored note of the other case updates it instead of adding a second', async () => {
    const db = await open();
    const note = storedNote({ id: 'abcdef00-0000-4000-8000-000000000002' });
    await db.merge([note]);
    const collection = copy(toAnnotationCollection([{ ...note, text: 'newer', revision: 2 }]));
    collection.first.items[0]!.id = `urn:uuid:${note.id.toUpperCase()}`;
    const read = readAnnotationCollection(collection);
    expect(read.ok).toBe(true);
    if (read.ok) await db.merge(read.notes);
    const all = await db.all();
    expect(all.map((n) => [n.id, n.text])).toEqual([[note.id, 'newer']]);
  });
});

describe('storage that the browser keeps', () => {
  it('asks for persistent storage when the first note is written, once', async () => {
    let asked = 0;
    const db = await openNotesDatabase(new FakeIDBFactory(), { now: tickingClock(), onFirstNote: () => asked++ });
    opened.push(db);
    await db.create(newNote());
    await db.create(newNote({ text: 'second' }));
    expect(asked).toBe(1);
  });

  it('asks for it too when an import brings the first notes', async () => {
    let asked = 0;
    const db = await openNotesDatabase(new FakeIDBFactory(), { now: tickingClock(), onFirstNote: () => asked++ });
    opened.push(db);
    await db.merge([storedNote(), storedNote()]);
    expect(asked).toBe(1);
  });
});
