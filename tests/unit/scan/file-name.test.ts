import { describe, expect, it } from 'vitest';
import { factsFromFileName, symbolFromStem } from '../../../lib/scan/file-name';

describe('factsFromFileName', () => {
  it.each([
    ['a-res-76-186.ru.txt', { extension: 'txt', format: 'text', lang: 'ru', pageSymbol: 'A/RES/76/186' }],
    ['tests/fixtures/e-res-2022-14.ru.pdf', { extension: 'pdf', format: 'pdf', lang: 'ru', pageSymbol: 'E/RES/2022/14' }],
    ['/x/a-res-80-173.ru.md', { extension: 'md', format: 'text', lang: 'ru', pageSymbol: 'A/RES/80/173' }],
    ['S-RES-2331(2016).EN.HTML', { extension: 'html', format: 'html', lang: 'en', pageSymbol: 'S/RES/2331(2016)' }],
    ['a-76-263.htm', { extension: 'htm', format: 'html', pageSymbol: 'A/76/263' }],
    ['notes.fr.txt', { extension: 'txt', format: 'text', lang: 'fr' }],
    ['notes-2024.txt', { extension: 'txt', format: 'text' }],
    ['report.de.txt', { extension: 'txt', format: 'text' }],
    ['a-res-76-186.ru.docx', { extension: 'docx', format: null, lang: 'ru', pageSymbol: 'A/RES/76/186' }],
    ['README', { extension: '', format: null }],
  ])('%s', (path, facts) => {
    expect(factsFromFileName(path)).toEqual(facts);
  });
});

describe('symbolFromStem', () => {
  it.each([
    ['a-res-76-186', 'A/RES/76/186'],
    ['a-res-es-10-19', 'A/RES/ES-10/19'],
    ['a-res-s-26-2', 'A/RES/S-26/2'],
    ['s-2019-1', 'S/2019/1'],
    ['e-2002-68-add.1', 'E/2002/68/Add.1'],
    ['ctoc-cop-2020-10', 'CTOC/COP/2020/10'],
    ['a-hrc-res-44-4', 'A/HRC/RES/44/4'],
  ])('%s → %s', (stem, symbol) => {
    expect(symbolFromStem(stem)).toBe(symbol);
  });

  it.each(['notes-2024', 'draft', 'my notes-1', 'tcp-ip-2', ''])('%s is not a symbol', (stem) => {
    expect(symbolFromStem(stem)).toBeNull();
  });
});

describe('factsFromFileName with names of Object properties', () => {
  it('an extension like .constructor or .__proto__ is an unknown format, not an internal', () => {
    for (const name of ['notes.constructor', 'a.__proto__', 'x.tostring', 'y.valueof'])
      expect(factsFromFileName(name).format, name).toBeNull();
  });
});
