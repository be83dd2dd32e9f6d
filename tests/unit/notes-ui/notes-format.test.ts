/** The small pure pieces the note views share, and the notes page's bookkeeping. */
import { describe, expect, it } from 'vitest';
import {
  annexOf,
  clauseLabel,
  clauseOf,
  isPreambular,
  documentLabel,
  excerpt,
  formatWhen,
  noteAddress,
  notesPageAddress,
  parseTags,
  quoteOf,
} from '../../../lib/notes/notes-ui-format';
import {
  applyChange,
  documentChoices,
  exportFileName,
  filtersFromSearch,
  filtersToSearch,
  NO_FILTERS,
  tagChoices,
} from '../../../lib/notes/notes-ui-page-model';
import { parseReaderAddress } from '../../../lib/reader/reader-address';
import { sampleNote } from './memory-notes-store';

describe('note formatting', () => {
  it('reads tags typed with commas in any script, trimmed, duplicates dropped whatever their case', () => {
    expect(parseTags(' treaty ,Art.  5,,TREATY, права человека،عربي，中文 ')).toEqual([
      'treaty',
      'Art. 5',
      'права человека',
      'عربي',
      '中文',
    ]);
    expect(parseTags('  ,  ')).toEqual([]);
  });

  it('names what a note marks: its quote, or the paragraph of a clause mark', () => {
    const clause = sampleNote({
      selectors: [{ type: 'FragmentSelector', conformsTo: 'https://resolute.invalid/ns/clause', value: 'op-12-b' }],
    });
    expect(quoteOf(clause)).toBeUndefined();
    expect(clauseOf(clause)).toBe('op-12-b');
    expect(clauseLabel('op-12-b')).toBe('12 (b)');
    expect(clauseLabel('pp-3')).toBe('3');
    expect(clauseLabel('weird')).toBe('weird');
    expect(clauseLabel('annex-1-op-7-b')).toBe('7 (b)');
    expect(isPreambular('annex-2-pp-3')).toBe(true);
    expect([annexOf('annex-2-pp-3'), annexOf('annex-1-op-7'), annexOf('op-7')]).toEqual(['II', 'I', null]);
    expect(quoteOf(sampleNote())!.exact).toBe('Reaffirming its resolution');
  });

  it('builds the reader address that opens a note, in the order the reader writes it', () => {
    const note = sampleNote({ doc: { kind: 'symbol', symbol: 'A/RES/76/186', lang: 'ru' } });
    const address = noteAddress(note)!;
    expect(address).toBe(`reader.html?symbol=A%2FRES%2F76%2F186&lang=ru&note=${note.id}`);
    const parsed = parseReaderAddress(address);
    expect(parsed.ok && parsed.address.symbol).toBe('A/RES/76/186');
    expect(noteAddress(sampleNote({ doc: { kind: 'page', url: 'https://www.un.org/x' } }))).toBeNull();
    expect(
      noteAddress(sampleNote({ doc: { kind: 'pdf', fingerprint: 'ab', url: 'https://documents.un.org/doc/undoc/gen/x.pdf' } })),
    ).toContain('src=https%3A%2F%2Fdocuments.un.org');
    expect(notesPageAddress('symbol:A/RES/76/186')).toBe('notes.html?doc=symbol%3AA%2FRES%2F76%2F186');
  });

  it('labels documents by symbol, else title, else address', () => {
    expect(documentLabel(sampleNote())).toBe('A/RES/76/186');
    expect(documentLabel(sampleNote({ doc: { kind: 'page', url: 'https://www.un.org/x' }, docTitle: 'A page' }))).toBe('A page');
    expect(documentLabel(sampleNote({ doc: { kind: 'page', url: 'https://www.un.org/x' } }))).toBe('https://www.un.org/x');
  });

  it('shortens at a word and writes dates in the locale, leaving a non-date as it is', () => {
    expect(excerpt('one two three four five', 15)).toBe('one two three…');
    expect(excerpt('abcdefghijklmnop qr', 10)).toBe('abcdefghij…');
    expect(excerpt('short', 12)).toBe('short');
    expect(formatWhen('2024-05-01T10:00:00.000Z', 'en')).toMatch(/2024/);
    expect(formatWhen('not a date', 'en')).toBe('not a date');
  });
});

describe('notes page bookkeeping', () => {
  const a1 = sampleNote({ id: 'a1', tags: ['Follow-up'], docTitle: 'Title A' });
  const a2 = sampleNote({ id: 'a2', tags: ['follow-up', 'vote'] });
  const b = sampleNote({ id: 'b', doc: { kind: 'symbol', symbol: 'A/RES/10/2', lang: 'en' }, docKey: 'symbol:A/RES/10/2' });

  it('offers each document once with its count, in natural order, and each tag once', () => {
    expect(documentChoices([a1, a2, b])).toEqual([
      { docKey: 'symbol:A/RES/10/2', label: 'A/RES/10/2', count: 1 },
      { docKey: 'symbol:A/RES/76/186', label: 'A/RES/76/186', title: 'Title A', count: 2 },
    ]);
    expect(tagChoices([a1, a2, b])).toEqual(['Follow-up', 'vote']);
  });

  it('keeps the filters in the address and reads them back; unknown values are ignored', () => {
    const filters = {
      ...NO_FILTERS,
      docKey: 'symbol:A/RES/76/186',
      colour: 'green' as const,
      tag: 'x y',
      text: 'право',
      sort: 'document' as const,
    };
    expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters);
    expect(filtersToSearch(NO_FILTERS)).toBe('');
    expect(filtersFromSearch('?colour=red&sort=random')).toEqual(NO_FILTERS);
  });

  it('applies another tab’s change: written notes read again, deleted ones dropped', async () => {
    const newer = { ...a2, text: 'newer', revision: 2 };
    const created = sampleNote({ id: 'c' });
    const fetched = new Map([
      ['a2', newer],
      ['c', created],
    ]);
    const next = await applyChange([a1, a2, b], { written: ['a2', 'c'], deleted: ['b'], docKeys: [] }, (id) =>
      Promise.resolve(fetched.get(id)),
    );
    expect(next.map((n) => n.id).sort()).toEqual(['a1', 'a2', 'c']);
    expect(next.find((n) => n.id === 'a2')!.text).toBe('newer');
  });

  it('names exported files by scope and day', () => {
    const day = new Date('2025-03-04T12:00:00Z');
    expect(exportFileName('jsonld', null, day)).toBe('resolute-notes-all-2025-03-04.jsonld');
    expect(exportFileName('md', 'symbol:A/RES/76/186', day)).toBe('resolute-notes-A-RES-76-186-2025-03-04.md');
  });
});
