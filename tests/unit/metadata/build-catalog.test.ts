import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogueRow } from '../../../lib/metadata/catalogue-format';
import { buildCompactCatalogue, COMPACT_DIR, mergeCatalogueSources } from '../../../scripts/build-catalog';
import { formatConflicts, mergeSources } from '../../../scripts/catalog/merge-sources';
import { DECISION_TEXT_MAX, gaDecisions, hrcVoting } from '../../../scripts/catalog/more-sources';
import { buildShards, CatalogueBuildError, rowsFromCsv } from '../../../scripts/catalog/build-shards';
import { CsvError, parseCsv, readCsvTable } from '../../../scripts/catalog/csv';

const HEADER = 'symbol,date,title_en,title_fr,title_es,title_ru,title_ar,title_zh,yes,no,abstain,agenda,meeting,parts,undl_id,source';

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, with LF or CRLF', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n"multi\nline",,x\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['multi\nline', '', 'x'],
    ]);
    expect(parseCsv('a,b')).toEqual([['a', 'b']]);
    expect(parseCsv('\uFEFFa\n')).toEqual([['a']]);
  });

  it.each([
    ['an unterminated quote', 'a,"b\nc', 'line 2: a quote opened on line 1 is never closed'],
    ['a quote inside an unquoted field', 'a,b"c\n', 'line 1: a quote inside an unquoted field'],
    ['text after a closing quote', 'a,"b"c\n', 'line 1: text after a closing quote'],
  ])('refuses %s, naming the line', (_name, text, message) => {
    expect(() => parseCsv(text, 'ga.csv')).toThrow(CsvError);
    expect(() => parseCsv(text, 'ga.csv')).toThrow(`ga.csv ${message}`);
  });

  it('checks the header and the number of fields of each record', () => {
    expect(() => readCsvTable('a,b\n1\n', ['a'], 'x.csv')).toThrow('x.csv record 2: 1 fields, the header has 2');
    expect(() => readCsvTable('a,b\n', ['a', 'c'], 'x.csv')).toThrow('x.csv: missing column(s) c');
  });
});

describe('the catalogue builder', () => {
  it('keeps symbol, date, English title, votes, agenda and record number', () => {
    const rows = rowsFromCsv(
      `${HEADER}\nA/RES/ES-11/1,2022-03-02,Aggression against Ukraine,,,,,,141,5,35,item 5: Letter | item 6: Other,A/ES-11/PV.5,,3959039,undl\n` +
        `S/RES/704(1991),1991-08-09,Admission of the Marshall Islands,,,,,,,,,,S/PV.3003,,282460,undl\n`,
      'test.csv',
    );
    expect(rows).toEqual([
      {
        symbol: 'A/RES/ES-11/1',
        date: '2022-03-02',
        title: 'Aggression against Ukraine',
        votes: [141, 5, 35],
        undlId: '3959039',
        agenda: ['item 5: Letter', 'item 6: Other'],
      },
      { symbol: 'S/RES/704(1991)', date: '1991-08-09', title: 'Admission of the Marshall Islands', undlId: '282460' },
    ]);
  });

  it.each([
    ['a date that does not exist', 'A/RES/1/1,2021-02-30,T,,,,,,1,2,3,,,,1,undl', 'A/RES/1/1: date "2021-02-30" is not yyyy-mm-dd'],
    ['a partial vote', 'A/RES/1/1,2021-02-03,T,,,,,,1,,3,,,,1,undl', 'votes "1--3" are not three counts'],
    ['a symbol that is not canonical', 'A/RES/217 (III),1948-12-10,T,,,,,,,,,,,,1,undl', 'not canonical'],
    ['a symbol of another body', 'E/RES/2022/14,2022-07-21,T,,,,,,,,,,,,1,undl', 'not a catalogue symbol'],
    ['no title', 'A/RES/1/1,2021-02-03,,,,,,,,,,,,,1,undl', 'no English title'],
    ['a bad record number', 'A/RES/1/1,2021-02-03,T,,,,,,,,,,,,12a,undl', 'record number "12a"'],
  ])('refuses %s, naming the file and symbol', (_name, line, message) => {
    expect(() => rowsFromCsv(`${HEADER}\n${line}\n`, 'test.csv')).toThrow(CatalogueBuildError);
    expect(() => rowsFromCsv(`${HEADER}\n${line}\n`, 'test.csv')).toThrow(message);
  });

  it('refuses a symbol listed twice', () => {
    const row = { symbol: 'A/RES/1/1', date: '2021-01-01', title: 'T' };
    expect(() => buildShards([row, row])).toThrow('A/RES/1/1 is listed twice');
  });

  it('has built the packaged shards and the conflicts list from the current sources (run scripts/build-catalog.ts after editing them)', () => {
    const report = mergeCatalogueSources();
    const built = buildCompactCatalogue(undefined, report);
    expect(built.map((b) => b.file)).toEqual([
      'sc.json',
      'ga-1-30.json',
      'ga-31-60.json',
      'ga-61-on.json',
      'ga-special.json',
      'ga-decisions.json',
      'hrc.json',
      'chr.json',
    ]);
    // The Library's voting records, the session 78–80 resolutions and 72–73 titles they lack, HRC/CHR acts, GA decisions.
    expect(built.reduce((sum, b) => sum + b.rows, 0)).toBe(5825 + 2797 + 706 + 373 + 4719 + 939);
    for (const { file, text } of built) expect(readFileSync(`${COMPACT_DIR}${file}`, 'utf8'), file).toBe(text);
    expect(readFileSync(`${COMPACT_DIR}../conflicts.txt`, 'utf8')).toBe(formatConflicts(report.conflicts));
    // SOURCES.md of the new data: of the 196 session 78–80 resolutions in both, 4 titles differ and no date.
    const late = report.conflicts.filter((c) => /^A\/RES\/(78|79|80)\//.test(c.symbol) && c.other.source === 'ga_78-80_from_pdfs.csv');
    expect(late.map((c) => `${c.symbol} ${c.field}`).sort()).toEqual([
      'A/RES/78/190 title',
      'A/RES/79/135 title',
      'A/RES/79/315 title',
      'A/RES/80/1 title',
    ]);
  });
});

describe('merging the sources', () => {
  const source = (name: string, rows: CatalogueRow[]) => ({ source: name, rows, skipped: [] });

  it('keeps the first source, fills only what it lacks, and reports every date and title that disagree', () => {
    const report = mergeSources([
      source('library', [
        {
          symbol: 'A/RES/78/5',
          date: '2023-10-20',
          title: 'Cooperation between the United Nations and the African Union',
          votes: [100, 1, 2],
        },
      ]),
      source('pdfs', [
        { symbol: 'A/RES/78/5', date: '2023-10-21', title: 'Cooperation between the United Nations and the African Union.' },
        { symbol: 'A/RES/78/6', date: '2023-10-22', title: 'New' },
      ]),
      source('titles', [{ symbol: 'A/RES/78/6', title: 'Another title' }]),
    ]);
    expect(report.rows).toEqual([
      {
        symbol: 'A/RES/78/5',
        date: '2023-10-20',
        title: 'Cooperation between the United Nations and the African Union',
        votes: [100, 1, 2],
      },
      { symbol: 'A/RES/78/6', date: '2023-10-22', title: 'New' },
    ]);
    // Punctuation alone is no conflict; a different date or word is.
    expect(report.conflicts).toEqual([
      {
        symbol: 'A/RES/78/5',
        field: 'date',
        kept: { source: 'library', value: '2023-10-20' },
        other: { source: 'pdfs', value: '2023-10-21' },
      },
      { symbol: 'A/RES/78/6', field: 'title', kept: { source: 'pdfs', value: 'New' }, other: { source: 'titles', value: 'Another title' } },
    ]);
    expect(report.counts.pdfs).toEqual({ added: 1, matched: 1, duplicates: 0, skipped: 0 });
    expect(formatConflicts(report.conflicts)).toBe(
      'A/RES/78/5\tdate\tkept library: "2023-10-20"\tpdfs: "2023-10-21"\nA/RES/78/6\ttitle\tkept pdfs: "New"\ttitles: "Another title"\n',
    );
  });

  it('leaves out a symbol its own source lists twice with different titles, and collapses identical repeats', () => {
    const report = mergeSources([
      source('hrc', [
        { symbol: 'E/CN.4/RES/1984/53', date: '1984-03-14', title: 'Situation of human rights in El Salvador' },
        { symbol: 'E/CN.4/RES/1984/53', date: '1984-03-14', title: 'Situation of human rights in Guatemala' },
        { symbol: 'E/CN.4/RES/1984/54', date: '1984-03-14', title: 'Same' },
        { symbol: 'E/CN.4/RES/1984/54', date: '1984-03-14', title: 'Same' },
      ]),
    ]);
    expect(report.rows.map((row) => row.symbol)).toEqual(['E/CN.4/RES/1984/54']);
    expect(report.conflicts.map((c) => [c.symbol, c.field, c.kept, c.other.value])).toEqual([
      ['E/CN.4/RES/1984/53', 'title', null, 'Situation of human rights in El Salvador'],
      ['E/CN.4/RES/1984/53', 'title', null, 'Situation of human rights in Guatemala'],
    ]);
    expect(report.counts.hrc?.duplicates).toBe(1);
  });

  it('reads HRC acts: the cataloguing tail removed, "without a vote" only where stated, withdrawn drafts left out', () => {
    const header = 'record_id,symbol,title,date,vote_type,yes,no,abstain,record_url';
    const read = hrcVoting(
      `${header}\n1,A/HRC/RES/5/1,Institution-building : resolution /,2007-06-18,ADOPTED WITHOUT VOTE,,,,x\n` +
        `2,A/HRC/RES/5/2,Code of conduct : resolution /,2007-06-18,NON-RECORDED,,,,x\n` +
        `3,A/HRC/RES/6/3,Voted : resolution /,2007-09-28,RECORDED,30,10,7,x\n` +
        `4,A/HRC/6/L.9,Draft : resolution /,2007-09-28,WITHDRAWN,,,,x\n`,
      'hrc.csv',
    );
    expect(read.rows).toEqual([
      { symbol: 'A/HRC/RES/5/1', title: 'Institution-building', date: '2007-06-18', votes: 'without-vote' },
      { symbol: 'A/HRC/RES/5/2', title: 'Code of conduct', date: '2007-06-18' },
      { symbol: 'A/HRC/RES/6/3', title: 'Voted', date: '2007-09-28', votes: [30, 10, 7] },
    ]);
    expect(read.skipped).toEqual([{ what: 'A/HRC/6/L.9', why: 'withdrawn' }]);
  });

  it('files GA decisions under A/DEC/, parts dropped, long texts cut at a word', () => {
    const long = 'word '.repeat(400).trim();
    const read = gaDecisions(
      `decision,date,title_en,text_en\n71/405 A and B,2016-10-01,T,Short text\n72/501,2017-12-01,L,${long}\n`,
      'dec.csv',
    );
    expect(read.rows[0]).toEqual({ symbol: 'A/DEC/71/405', date: '2016-10-01', title: 'T', text: 'Short text' });
    expect(read.rows[1]?.text?.length).toBeLessThanOrEqual(DECISION_TEXT_MAX);
    expect(read.rows[1]?.text).toMatch(/word…$/);
  });
});
