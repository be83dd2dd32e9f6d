import { describe, expect, it } from 'vitest';
import type { UnLang } from '../../../lib/citations/types';
import { describeSymbol, ordinal } from '../../../lib/metadata/describe-symbol';
import { symbolFacts } from '../../../lib/metadata/symbol-facts';
import { localeMessage } from '../../../scripts/lookup/locale-messages';

const say = (symbol: string, lang: UnLang) => describeSymbol(symbol, lang, (key, subs) => localeMessage(lang, key, subs));

describe('what a symbol tells by itself', () => {
  it.each([
    ['A/RES/64/293', { body: 'GA', kind: 'resolution', session: 64, years: [2009, 2010] }],
    ['A/RES/217(III)', { body: 'GA', kind: 'resolution', session: 3, years: [1948] }],
    ['A/RES/1874(S-IV)', { body: 'GA', kind: 'resolution', session: 4, special: 'special' }],
    ['A/RES/ES-11/1', { body: 'GA', kind: 'resolution', session: 11, special: 'emergency' }],
    ['A/DEC/78/548', { body: 'GA', kind: 'decision', session: 78, years: [2023, 2024] }],
    ['A/78/L.41', { body: 'GA', kind: 'document', session: 78, years: [2023, 2024] }],
    ['S/RES/2331(2016)', { body: 'SC', kind: 'resolution', years: [2016] }],
    ['S/PRST/2023/1', { body: 'SC', kind: 'statement', years: [2023] }],
    ['A/HRC/RES/5/1', { body: 'HRC', kind: 'resolution', session: 5, years: [2007] }],
    ['A/HRC/RES/58/3', { body: 'HRC', kind: 'resolution', session: 58, years: [2025] }],
    ['A/HRC/RES/S-30/1', { body: 'HRC', kind: 'resolution', session: 30, special: 'special' }],
    ['A/HRC/17/31', { body: 'HRC', kind: 'document', session: 17, years: [2011] }],
    ['E/RES/2022/14', { body: 'ECOSOC', kind: 'resolution', years: [2022] }],
    ['E/CN.4/RES/2005/69', { body: 'CHR', kind: 'resolution', years: [2005] }],
    ['E/CN.15/2019/L.3', { body: 'CCPCJ', kind: 'document', years: [2019] }],
    ['CTOC/COP/2020/10', { body: 'COP-UNTOC', kind: 'document' }],
  ])('%s', (symbol, facts) => {
    expect(symbolFacts(symbol)).toEqual(facts);
  });

  it('says "General Assembly resolution, 64th session (2009–2010)" for A/RES/64/293, in all six languages', () => {
    expect(say('A/RES/64/293', 'en')).toBe('General Assembly resolution, 64th session (2009–2010)');
    expect(say('A/RES/64/293', 'ru')).toBe('Резолюция Генеральной Ассамблеи, 64-я сессия (2009–2010)');
    expect(say('A/RES/64/293', 'fr')).toBe('Résolution de l’Assemblée générale, 64e session (2009–2010)');
    expect(say('A/RES/64/293', 'es')).toBe('Resolución de la Asamblea General, 64º período de sesiones (2009–2010)');
    expect(say('A/RES/64/293', 'ar')).toBe('قرار الجمعية العامة، الدورة 64 (2009–2010)');
    expect(say('A/RES/64/293', 'zh')).toBe('大会决议，第64届会议（2009–2010）');
  });

  it('names the year, the special sessions and the statements', () => {
    expect(say('S/RES/2331(2016)', 'en')).toBe('Security Council resolution of 2016');
    expect(say('S/RES/2331(2016)', 'ru')).toBe('Резолюция Совета Безопасности 2016 года');
    expect(say('S/RES/2331(2016)', 'zh')).toBe('2016年安全理事会决议');
    expect(say('A/RES/ES-11/1', 'en')).toBe('General Assembly resolution, 11th emergency special session');
    expect(say('A/HRC/PRST/5/1', 'en')).toBe('Statement by the President of the Human Rights Council, 5th session (2007)');
    expect(say('E/CN.4/RES/2005/69', 'fr')).toBe('Résolution de la Commission des droits de l’homme de 2005');
    expect(say('A/DEC/78/548', 'es')).toBe('Decisión de la Asamblea General, 78º período de sesiones (2023–2024)');
  });

  it('writes ordinals as each language does', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 64, 101, 111].map((n) => ordinal(n, 'en'))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '64th',
      '101st',
      '111th',
    ]);
    expect([ordinal(1, 'fr'), ordinal(2, 'fr'), ordinal(64, 'es'), ordinal(64, 'ru')]).toEqual(['1re', '2e', '64º', '64']);
  });
});
