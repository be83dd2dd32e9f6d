import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openNotesDatabase } from '../../../lib/notes/store';
import type { Note } from '../../../lib/notes/types';
import { RESOLUTE_NOTE_KEY, readAnnotationCollection, toAnnotationCollection } from '../../../lib/notes/web-annotation';
import { storedNote } from './note-factory';

/** The awkward notes of the current-schema fixture: RTL, emoji, CRLF, a 19k-character memo, a PDF, a plain highlight. */
const fixtureNotes = (
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/notes/schema-v2.json'), 'utf8')) as { records: { notes: Note[] } }
).records.notes;

describe('export as a W3C Web Annotation collection', () => {
  it('writes the standard fields other tools read', () => {
    const [commented, , , pdf, highlight] = fixtureNotes;
    const collection = toAnnotationCollection(fixtureNotes);
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(fixtureNotes.length);
    const [first] = collection.first.items;
    expect(first).toMatchObject({
      id: `urn:uuid:${commented!.id}`,
      type: 'Annotation',
      created: commented!.created,
      modified: commented!.updated,
      motivation: 'commenting',
      body: [{ type: 'TextualBody', value: commented!.text, format: 'text/plain', purpose: 'commenting' }],
      target: { source: 'https://undocs.org/ru/A/RES/76/186', selector: commented!.selectors },
    });
    expect(first![RESOLUTE_NOTE_KEY]).toEqual({
      colour: 'yellow',
      revision: 1,
      docKey: 'symbol:A/RES/76/186',
      doc: commented!.doc,
      docTitle: commented!.docTitle,
    });
    const second = collection.first.items[1]!;
    expect(second.body!.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual(['позиция', 'к обсуждению']);
    expect(collection.first.items[3]!.target.source).toBe(pdf!.doc.kind === 'pdf' ? pdf!.doc.url : '');
    const plain = collection.first.items[4]!;
    expect(plain.motivation).toBe('highlighting');
    expect(plain.body!.every((b) => b.purpose === 'tagging')).toBe(true);
    expect(highlight!.text).toBe('');
  });

  it('round trip through JSON text is lossless', () => {
    const text = JSON.stringify(toAnnotationCollection(fixtureNotes));
    expect(readAnnotationCollection(JSON.parse(text))).toEqual({ ok: true, notes: fixtureNotes });
  });

  it('export, wipe, import: the database is identical', async () => {
    const db = await openNotesDatabase(new FakeIDBFactory());
    await db.merge(fixtureNotes);
    const before = await db.all();
    const file = JSON.stringify(toAnnotationCollection(before), null, 2);
    await db.clear();
    expect(await db.all()).toEqual([]);
    const read = readAnnotationCollection(JSON.parse(file));
    if (!read.ok) throw new Error(read.problem);
    expect(await db.merge(read.notes)).toEqual({ added: before.length, updated: 0, unchanged: 0 });
    expect(await db.all()).toEqual(before);
    // Importing the same file again adds nothing.
    expect(await db.merge(read.notes)).toEqual({ added: 0, updated: 0, unchanged: before.length });
    expect(await db.all()).toEqual(before);
    db.close();
  });
});

describe('reading a file refuses anything not right, saying where', () => {
  const good = () =>
    JSON.parse(JSON.stringify(toAnnotationCollection(fixtureNotes))) as ReturnType<typeof toAnnotationCollection> & Record<string, unknown>;
  type Mutate = (file: ReturnType<typeof good>) => void;
  const item = (file: ReturnType<typeof good>, i: number) => file.first.items[i] as unknown as Record<string, unknown>;
  const cases: [string, Mutate, RegExp][] = [
    ['a date that is not a date', (f) => (item(f, 1).created = 'yesterday'), /^annotation 2: created is not a date$/],
    ['a modified date out of range', (f) => (item(f, 0).modified = '2025-13-45T00:00:00Z'), /^annotation 1: modified is not a date$/],
    [
      'an unknown colour',
      (f) => ((item(f, 2)[RESOLUTE_NOTE_KEY] as Record<string, unknown>).colour = 'red'),
      /^annotation 3: colour is not one of/,
    ],
    ['an id that is not a uuid', (f) => (item(f, 0).id = 'urn:uuid:1234'), /^annotation 1: id is not urn:uuid/],
    [
      'a selector with negative offsets',
      (f) =>
        (item(f, 0).target = {
          source: 'https://undocs.org/ru/A/RES/76/186',
          selector: [{ type: 'TextPositionSelector', start: -1, end: 3 }],
        }),
      /^annotation 1: selector 1: TextPositionSelector/,
    ],
    [
      'a selector of an unknown type',
      (f) => (item(f, 1).target as { selector: unknown[] }).selector.push({ type: 'CssSelector', value: 'p' }),
      /^annotation 2: selector 3: type "CssSelector"/,
    ],
    [
      'text over 100,000 characters',
      (f) => (f.first.items[0]!.body![0]!.value = 'x'.repeat(100_001)),
      /^annotation 1: body 1 has 100001 characters/,
    ],
    [
      'a body that is HTML',
      (f) =>
        (f.first.items[0]!.body![0] = {
          type: 'TextualBody',
          value: '<b>x</b>',
          format: 'text/html' as 'text/plain',
          purpose: 'commenting',
        }),
      /^annotation 1: body 1 is not text\/plain$/,
    ],
    ['a repeated id', (f) => (item(f, 3).id = item(f, 0).id), /^annotation 4: the same id as annotation 1$/],
    [
      'a docKey that does not match the doc',
      (f) => ((item(f, 0)[RESOLUTE_NOTE_KEY] as Record<string, unknown>).docKey = 'symbol:A/RES/1'),
      /^annotation 1: docKey does not match doc$/,
    ],
    ['a revision of zero', (f) => ((item(f, 0)[RESOLUTE_NOTE_KEY] as Record<string, unknown>).revision = 0), /^annotation 1: revision/],
    ['an annotation from another tool', (f) => delete item(f, 4)[RESOLUTE_NOTE_KEY], /^annotation 5: was not made by Resolute/],
    ['an unexpected field', (f) => (item(f, 0).script = 'alert(1)'), /^annotation 1: has unexpected field\(s\) script$/],
    [
      'a source that is not the document',
      (f) => ((item(f, 0).target as { source: string }).source = 'https://evil.example/'),
      /^annotation 1: target.source does not match/,
    ],
    ['a wrong total', (f) => (f.total = 99), /total says 99/],
    ['a wrong context', (f) => ((f as Record<string, unknown>)['@context'] = 'http://schema.org'), /not a Web Annotation collection/],
  ];
  it.each(cases)('%s', (_name, mutate, problem) => {
    const file = good();
    mutate(file);
    const read = readAnnotationCollection(file);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(problem);
  });

  it('refuses what is not a collection at all', () => {
    for (const json of [null, [], 'notes', 42, {}, { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection' }]) {
      expect(readAnnotationCollection(json).ok).toBe(false);
    }
  });

  it('refuses more than 100,000 annotations', () => {
    const note = storedNote();
    const one = toAnnotationCollection([note]).first.items[0]!;
    const file = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', startIndex: 0, items: new Array(100_001).fill(one) },
    };
    expect(readAnnotationCollection(file)).toEqual({ ok: false, problem: 'the file has 100001 annotations; the limit is 100000' });
  });

  it('an empty collection is fine', () => {
    expect(readAnnotationCollection(toAnnotationCollection([]))).toEqual({ ok: true, notes: [] });
  });
});
