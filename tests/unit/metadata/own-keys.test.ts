/**
 * Names read from the Library's answers (language labels, MARC tags) are looked up in Resolute's
 * own tables only: `constructor` or `__proto__` in a record must never reach JavaScript internals.
 */
import { describe, expect, it } from 'vitest';
import { langFromLabel, langsFromMarcCode } from '../../../lib/metadata/languages';
import { readMarcXml } from '../../../lib/metadata/marc-record';

const INTERNALS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'];

describe('lookups of names from fetched records', () => {
  it('a file label that names an Object property is not a language', () => {
    for (const name of INTERNALS) expect(langFromLabel(name), name).toBeUndefined();
    expect(langFromLabel(' Русский ')).toBe('ru');
  });

  it('a MARC code is read only from the MARC table', () => {
    expect(langsFromMarcCode('araeng')).toEqual(['ar', 'en']);
    for (const code of ['__proto__', 'constructor', 'tostring']) expect(langsFromMarcCode(code), code).toEqual([]);
  });

  it('control fields named like Object properties are kept as data', () => {
    const read = readMarcXml(
      '<record><controlfield tag="__proto__">p</controlfield><controlfield tag="constructor">c</controlfield><controlfield tag="001">1</controlfield></record>',
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const control = read.records[0]?.control ?? {};
    expect(Object.keys(control).sort()).toEqual(['001', '__proto__', 'constructor']);
    expect(control.constructor).toBe('c');
  });
});
