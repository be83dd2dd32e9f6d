import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCompactCatalogue, COMPACT_DIR } from '../../../scripts/build-catalog';
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
      { symbol: 'A/RES/ES-11/1', date: '2022-03-02', title: 'Aggression against Ukraine', votes: [141, 5, 35], undlId: '3959039', agenda: ['item 5: Letter', 'item 6: Other'] },
      { symbol: 'S/RES/704(1991)', date: '1991-08-09', title: 'Admission of the Marshall Islands', undlId: '282460' },
    ]);
  });

  it.each([
    ['a date that does not exist', 'A/RES/1/1,2021-02-30,T,,,,,,1,2,3,,,,1,undl', 'A/RES/1/1: date "2021-02-30" is not yyyy-mm-dd'],
    ['a partial vote', 'A/RES/1/1,2021-02-03,T,,,,,,1,,3,,,,1,undl', 'votes "1--3" are not three counts'],
    ['a symbol that is not canonical', 'A/RES/217 (III),1948-12-10,T,,,,,,,,,,,,1,undl', 'not canonical'],
    ['a symbol of another body', 'E/RES/2022/14,2022-07-21,T,,,,,,,,,,,,1,undl', 'not a General Assembly or Security Council resolution symbol'],
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

  it('has built the packaged shards from the current CSVs (run scripts/build-catalog.ts after editing them)', () => {
    const built = buildCompactCatalogue();
    expect(built.map((b) => b.file)).toEqual(['sc.json', 'ga-1-30.json', 'ga-31-60.json', 'ga-61-on.json', 'ga-special.json']);
    expect(built.reduce((sum, b) => sum + b.rows, 0)).toBe(5825 + 2797);
    for (const { file, text } of built) expect(readFileSync(`${COMPACT_DIR}${file}`, 'utf8'), file).toBe(text);
  });
});
