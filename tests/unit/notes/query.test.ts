import { describe, expect, it } from 'vitest';
import { NotesSearchIndex, foldForSearch, queryNotes, searchWords } from '../../../lib/notes/query';
import type { Note } from '../../../lib/notes/types';
import { storedNote } from './note-factory';

const ids = (notes: Note[]) => notes.map((n) => n.text);

const notes: Note[] = [
  storedNote({
    text: 'Élan vital; the Café position',
    tags: ['Climate'],
    colour: 'green',
    updated: '2025-01-03T00:00:00.000Z',
    created: '2025-01-01T00:00:00.000Z',
  }),
  storedNote({
    text: 'Поддерживаем, но ещё обсудим',
    tags: ['позиция'],
    updated: '2025-01-01T00:00:00.000Z',
    created: '2025-01-02T00:00:00.000Z',
  }),
  storedNote({
    text: 'نُؤَيِّد هذه الفقرة',
    tags: [],
    doc: { kind: 'symbol', symbol: 'A/RES/76/9', lang: 'ar' },
    selectors: [
      { type: 'TextQuoteSelector', exact: 'تهيب بجميع الدول', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 50, end: 60 },
    ],
    updated: '2025-01-02T00:00:00.000Z',
    created: '2025-01-03T00:00:00.000Z',
  }),
  storedNote({
    text: '我国代表团支持加强合作',
    tags: [],
    doc: { kind: 'symbol', symbol: 'A/RES/76/10', lang: 'zh' },
    docTitle: 'Ocean Governance',
    colour: 'blue',
    updated: '2025-01-04T00:00:00+05:00',
    created: '2025-01-04T00:00:00.000Z',
  }),
];

describe('folding for search', () => {
  it('drops case and diacritics in every script', () => {
    expect(foldForSearch('Élan CAFÉ')).toBe('elan cafe');
    expect(foldForSearch('ЕЩЁ')).toBe('еще');
    expect(foldForSearch('نُؤَيِّد')).toBe('نويد');
    expect(foldForSearch('ＡＢＣ１')).toBe('abc1');
  });
  it('splits words on spaces and punctuation', () => {
    expect(searchWords('  café, «позиция»  ')).toEqual(['cafe', 'позиция']);
  });
});

describe('queryNotes', () => {
  it('matches text ignoring case and accents, every word required', () => {
    expect(ids(queryNotes(notes, { text: 'cafe ELAN', sort: 'updated-desc' }))).toEqual([notes[0]!.text]);
    expect(queryNotes(notes, { text: 'cafe nothere', sort: 'updated-desc' })).toEqual([]);
  });
  it('finds Cyrillic with ё typed as е, Arabic without vowel marks, Chinese by substring', () => {
    expect(queryNotes(notes, { text: 'еще', sort: 'updated-desc' })).toEqual([notes[1]]);
    expect(queryNotes(notes, { text: 'نؤيد', sort: 'updated-desc' })).toEqual([notes[2]]);
    expect(queryNotes(notes, { text: '加强合作', sort: 'updated-desc' })).toEqual([notes[3]]);
  });
  it('searches the quote, tags, symbol and title too', () => {
    expect(queryNotes(notes, { text: 'الدول', sort: 'updated-desc' })).toEqual([notes[2]]);
    expect(queryNotes(notes, { text: 'climate', sort: 'updated-desc' })).toEqual([notes[0]]);
    expect(queryNotes(notes, { text: 'a/res/76/10', sort: 'updated-desc' })).toEqual([notes[3]]);
    expect(queryNotes(notes, { text: 'ocean governance', sort: 'updated-desc' })).toEqual([notes[3]]);
  });
  it('filters by document, colour and tag (case-insensitive)', () => {
    expect(queryNotes(notes, { docKey: 'symbol:A/RES/76/9', sort: 'updated-desc' })).toEqual([notes[2]]);
    expect(queryNotes(notes, { colour: 'blue', sort: 'updated-desc' })).toEqual([notes[3]]);
    expect(queryNotes(notes, { tag: 'climate', sort: 'updated-desc' })).toEqual([notes[0]]);
    expect(queryNotes(notes, { tag: 'ПОЗИЦИЯ', colour: 'yellow', sort: 'updated-desc' })).toEqual([notes[1]]);
  });
  it('sorts by update, creation and document order', () => {
    // notes[3]'s update time has an offset: 2025-01-04T00:00+05:00 is 2025-01-03T19:00Z, after notes[0]'s.
    expect(queryNotes(notes, { sort: 'updated-desc' })).toEqual([notes[3], notes[0], notes[2], notes[1]]);
    expect(queryNotes(notes, { sort: 'updated-asc' })).toEqual([notes[1], notes[2], notes[0], notes[3]]);
    expect(queryNotes(notes, { sort: 'created-desc' })).toEqual([notes[3], notes[2], notes[1], notes[0]]);
    // 76/9 before 76/10 before 76/186; within 76/186 by position (both at 120), then creation.
    expect(queryNotes(notes, { sort: 'document' })).toEqual([notes[2], notes[3], notes[0], notes[1]]);
  });
  it('sees a new revision of a note, not the cached old text', () => {
    const index = new NotesSearchIndex();
    const note = storedNote({ text: 'before' });
    expect(queryNotes([note], { text: 'before', sort: 'updated-desc' }, index)).toHaveLength(1);
    const edited = { ...note, text: 'after', revision: 2 };
    expect(queryNotes([edited], { text: 'before', sort: 'updated-desc' }, index)).toHaveLength(0);
    expect(queryNotes([edited], { text: 'after', sort: 'updated-desc' }, index)).toHaveLength(1);
  });
});
