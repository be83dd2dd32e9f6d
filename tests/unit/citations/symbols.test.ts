import { describe, expect, it } from 'vitest';
import { bodyOfSymbol, detectLang, parseSymbol, sameSymbol, scYearOf, symbolUrl } from '../../../lib/citations';

describe('parseSymbol (spec section 2)', () => {
  it('canonicalises written symbols', () => {
    const cases: Array<[string, string]> = [
      ['a/res/76/186', 'A/RES/76/186'],
      ['A / RES / 76 / 186', 'A/RES/76/186'],
      ['E/2002/68/ADD.1', 'E/2002/68/Add.1'],
      ['e/2007/30/rev.1', 'E/2007/30/Rev.1'],
      ['A/C.2/59/3', 'A/C.2/59/3'],
      ['A/CONF.157/24', 'A/CONF.157/24'],
      ['S/RES/2331 (2016)', 'S/RES/2331(2016)'],
      ['A/RES/217 A (III)', 'A/RES/217(III)'],
      ['A/RES/S-26/2', 'A/RES/S-26/2'],
      ['A/RES/ES\u201110/19', 'A/RES/ES-10/19'],
      ['СТОС/СОР/2006/12', 'CTOC/COP/2006/12'],
      ['Ａ／７６／２６３', 'A/76/263'],
      ['A/RES/\n76/186', 'A/RES/76/186'],
      ['E/2002/68/Ad\u00add.1', 'E/2002/68/Add.1'],
      ['A/HRC/RES/44/4', 'A/HRC/RES/44/4'],
    ];
    for (const [written, canonical] of cases) expect(parseSymbol(written), written).toBe(canonical);
  });

  it('rejects what is not a UN symbol', () => {
    for (const s of [
      'A/RES/76/181/Corr.2231',
      'E/2007/30/REV.1999',
      'E/2002/68/add.2020',
      '',
      'A/B',
      'hello',
      '76/186',
      'TCP/IP',
      'HIV/AIDS',
      'X/2019/1',
      'A//1',
      'A/RES/76/',
      'A/RES/76/186/'.repeat(40),
    ]) {
      expect(parseSymbol(s), s).toBeNull();
    }
  });

  it('compares symbols upper-cased and without white space', () => {
    expect(sameSymbol('a/res/76/186', 'A/RES/76/186')).toBe(true);
    expect(sameSymbol('S/RES/2331 (2016)', 'S/RES/2331(2016)')).toBe(true);
    expect(sameSymbol('A/RES/76/186', 'A/RES/76/181')).toBe(false);
  });
});

describe('symbolUrl', () => {
  it('builds the undocs.org address in the page language', () => {
    expect(symbolUrl('A/RES/76/186', 'ru')).toBe('https://undocs.org/ru/A/RES/76/186');
    expect(symbolUrl('S/RES/2331(2016)', 'en')).toBe('https://undocs.org/en/S/RES/2331(2016)');
    expect(symbolUrl('E/2002/68/Add.1', 'zh')).toBe('https://undocs.org/zh/E/2002/68/Add.1');
  });
});

describe('bodyOfSymbol', () => {
  it('reads the issuing body from the series', () => {
    expect(bodyOfSymbol('A/HRC/RES/44/4')).toBe('HRC');
    expect(bodyOfSymbol('A/RES/76/186')).toBe('GA');
    expect(bodyOfSymbol('S/PRST/2019/1')).toBe('SC');
    expect(bodyOfSymbol('E/CN.4/SUB.2/RES/2005/1')).toBe('SUBCOM');
    expect(bodyOfSymbol('E/CN.4/RES/2005/35')).toBe('CHR');
    expect(bodyOfSymbol('E/CN.7/2020/15')).toBe('CND');
    expect(bodyOfSymbol('E/CN.15/2019/1')).toBe('CCPCJ');
    expect(bodyOfSymbol('E/RES/2022/14')).toBe('ECOSOC');
    expect(bodyOfSymbol('CTOC/COP/2020/10')).toBe('COP-UNTOC');
    expect(bodyOfSymbol('ST/SGB/2019/8')).toBe('OTHER-UN');
  });
});

describe('scYearOf (offline catalogue)', () => {
  it('gives the year of a Security Council resolution number', () => {
    expect(scYearOf(1)).toBe(1946);
    expect(scYearOf(242)).toBe(1967);
    expect(scYearOf(2118)).toBe(2013);
    expect(scYearOf(2331)).toBe(2016);
    expect(scYearOf(2798)).toBe(2025);
    expect(scYearOf(2799)).toBeUndefined();
    expect(scYearOf(0)).toBeUndefined();
  });
});

describe('detectLang', () => {
  it('tells the six languages apart', () => {
    expect(detectLang('Генеральная Ассамблея, ссылаясь на свою резолюцию')).toBe('ru');
    expect(detectLang('إن الجمعية العامة، إذ تشير إلى قرارها')).toBe('ar');
    expect(detectLang('大会，回顾其第76/181号决议')).toBe('zh');
    expect(detectLang('The General Assembly, recalling its resolution')).toBe('en');
    expect(detectLang('L’Assemblée générale, rappelant sa résolution et les dispositions')).toBe('fr');
    expect(detectLang('La Asamblea General, recordando su resolución y los principios')).toBe('es');
  });
});
