/**
 * The spec's rules (spec/citations.md), section by section, with its own examples and the same
 * constructions in the other five languages.
 */
import { describe, expect, it } from 'vitest';
import { findCitations, type Citation, type ScanContext } from '../../../lib/citations';

type Row = [text: string, symbol: string | null, body: string, kind?: string, pinpoint?: string];

function rows(text: string, context?: ScanContext): Row[] {
  return findCitations(text, context).map((c: Citation) => {
    const row: Row = [c.text, c.symbol, c.body];
    if (c.kind !== 'resolution' || c.pinpoint !== undefined) row.push(c.kind);
    if (c.pinpoint !== undefined) row.push(c.pinpoint);
    return row;
  });
}

const GA_PAGE: ScanContext = { pageSymbol: 'A/RES/76/186' };

describe('3.1 written symbols', () => {
  it("finds the spec's symbols with their bodies", () => {
    const text =
      'A/RES/76/186, E/2018/30, A/76/263, A/HRC/17/31, A/C.2/59/3, E/2002/68/Add.1, A/80/L.41, S/PRST/2019/1, ST/SGB/2019/8, CRC/C/GC/25, CTOC/COP/2020/10, A/HRC/RES/44/4, E/2007/30/Rev.1, E/CN.15/2019/1';
    expect(rows(text)).toEqual([
      ['A/RES/76/186', 'A/RES/76/186', 'GA', 'symbol'],
      ['E/2018/30', 'E/2018/30', 'ECOSOC', 'symbol'],
      ['A/76/263', 'A/76/263', 'GA', 'symbol'],
      ['A/HRC/17/31', 'A/HRC/17/31', 'HRC', 'symbol'],
      ['A/C.2/59/3', 'A/C.2/59/3', 'GA', 'symbol'],
      ['E/2002/68/Add.1', 'E/2002/68/Add.1', 'ECOSOC', 'symbol'],
      ['A/80/L.41', 'A/80/L.41', 'GA', 'symbol'],
      ['S/PRST/2019/1', 'S/PRST/2019/1', 'SC', 'symbol'],
      ['ST/SGB/2019/8', 'ST/SGB/2019/8', 'OTHER-UN', 'symbol'],
      ['CRC/C/GC/25', 'CRC/C/GC/25', 'OTHER-UN', 'symbol'],
      ['CTOC/COP/2020/10', 'CTOC/COP/2020/10', 'COP-UNTOC', 'symbol'],
      ['A/HRC/RES/44/4', 'A/HRC/RES/44/4', 'HRC', 'symbol'],
      ['E/2007/30/Rev.1', 'E/2007/30/Rev.1', 'ECOSOC', 'symbol'],
      ['E/CN.15/2019/1', 'E/CN.15/2019/1', 'CCPCJ', 'symbol'],
    ]);
  });

  it('reads symbols through the damage real text carries', () => {
    expect(rows('См. СТОС/СОР/2006/12.')).toEqual([['СТОС/СОР/2006/12', 'CTOC/COP/2006/12', 'COP-UNTOC', 'symbol']]);
    expect(rows('A/RES/\n76/186')).toEqual([['A/RES/\n76/186', 'A/RES/76/186', 'GA', 'symbol']]);
    expect(rows('S\n/PRST/2007/31')).toEqual([['S\n/PRST/2007/31', 'S/PRST/2007/31', 'SC', 'symbol']]);
    expect(rows('A/RES/76\u00a0/\u00a0186')).toEqual([['A/RES/76\u00a0/\u00a0186', 'A/RES/76/186', 'GA', 'symbol']]);
    expect(rows('A/HRC/RES/S\u20114/1')).toEqual([['A/HRC/RES/S\u20114/1', 'A/HRC/RES/S-4/1', 'HRC', 'symbol']]);
    expect(rows('见Ａ／７６／２６３号文件')).toEqual([['Ａ／７６／２６３', 'A/76/263', 'GA', 'symbol']]);
    expect(rows('A/76/ 462/Add. 2')).toEqual([['A/76/ 462/Add. 2', 'A/76/462/Add.2', 'GA', 'symbol']]);
  });

  it('keeps a soft hyphen inside the surface and still resolves it', () => {
    const text = 'E/2002/68/Ad\u00add.1 и резо\u00adлюция 70/1';
    const got = findCitations(text);
    expect(got.map((c) => [c.text, c.symbol])).toEqual([
      ['E/2002/68/Ad\u00add.1', 'E/2002/68/Add.1'],
      ['резо\u00adлюция 70/1', 'A/RES/70/1'],
    ]);
    for (const c of got) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('finds symbols glued to the text before and after them (PDF extraction)', () => {
    expect(rows('ДополнениеA/75/53 и A/RES/76/186Улучшение, NumberA/RES/76/159, 18日S/PRST/2014/28号').map((r) => r[1])).toEqual([
      'A/75/53',
      'A/RES/76/186',
      'A/RES/76/159',
      'S/PRST/2014/28',
    ]);
  });

  it('canonicalises year and session parentheses of resolution symbols', () => {
    expect(rows('S/RES/2331 (2016), A/RES/217 A (III) and A/RES/1514(XV)').map((r) => r[1])).toEqual([
      'S/RES/2331(2016)',
      'A/RES/217(III)',
      'A/RES/1514(XV)',
    ]);
  });

  it('finds both halves of a double symbol', () => {
    expect(rows('the report of the Commission (E/2022/30-E/CN.15/2022/14)').map((r) => [r[1], r[2]])).toEqual([
      ['E/2022/30', 'ECOSOC'],
      ['E/CN.15/2022/14', 'CCPCJ'],
    ]);
  });

  it('does not take a year in parentheses after a report symbol into the symbol', () => {
    expect(rows('the report A/76/263 (2021) says')).toEqual([['A/76/263', 'A/76/263', 'GA', 'symbol']]);
  });

  it('expands abbreviated lists of written symbols', () => {
    expect(rows('A/51/620 and Corr.1').map((r) => [r[0], r[1]])).toEqual([
      ['A/51/620', 'A/51/620'],
      ['Corr.1', 'A/51/620/Corr.1'],
    ]);
    expect(rows('A/C.3/57/SR.39, 47 and 50').map((r) => [r[0], r[1]])).toEqual([
      ['A/C.3/57/SR.39', 'A/C.3/57/SR.39'],
      ['47', 'A/C.3/57/SR.47'],
      ['50', 'A/C.3/57/SR.50'],
    ]);
    expect(rows('les cotes S/PRST/2006/39, 45 et 57').map((r) => r[1])).toEqual(['S/PRST/2006/39', 'S/PRST/2006/45', 'S/PRST/2006/57']);
  });

  it('does not expand what is not a list of the same series', () => {
    expect(rows('A/80/L.41, 2 December 2025').map((r) => r[1])).toEqual(['A/80/L.41']);
    expect(rows('A/C.3/57/SR.39, 12 and 5 others').map((r) => r[1])).toEqual(['A/C.3/57/SR.39']);
  });

  it('continues a modifier only with a number a modifier can have', () => {
    for (const [text, bad] of [
      ['A/RES/76/181/Corr.1 and 2231 (2015)', 'A/RES/76/181/Corr.2231'],
      ['E/2007/30/Rev.1 and 1999', 'E/2007/30/Rev.1999'],
      ['E/2002/68/Add.1 and 2020', 'E/2002/68/Add.2020'],
    ] as const) {
      const symbols = rows(text).map((r) => r[1]?.toUpperCase());
      expect(symbols, text).not.toContain(bad.toUpperCase());
      expect(symbols, text).toEqual([text.split(' ')[0]?.toUpperCase()]);
    }
    expect(rows('E/2002/68/Add.1, 2 and 3').map((r) => r[1])).toEqual(['E/2002/68/Add.1', 'E/2002/68/Add.2', 'E/2002/68/Add.3']);
  });

  it('never takes a non-UN series for a symbol', () => {
    expect(rows('TCP/IP 2, Directive 2011/36/EU, HIV/AIDS 2030, ISO/IEC 27001, COVID-19/2020/1')).toEqual([]);
  });
});

describe('3.2 references in all six languages, every grammatical case', () => {
  it("finds the spec's head words", () => {
    const text = 'resolution 76/181; résolution 76/181; resolución 76/181; резолюцию 76/181; القرار 76/181; 第76/181号决议';
    expect(rows(text).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['resolution 76/181', 'A/RES/76/181', 'GA'],
      ['résolution 76/181', 'A/RES/76/181', 'GA'],
      ['resolución 76/181', 'A/RES/76/181', 'GA'],
      ['резолюцию 76/181', 'A/RES/76/181', 'GA'],
      ['القرار 76/181', 'A/RES/76/181', 'GA'],
      ['第76/181号决议', 'A/RES/76/181', 'GA'],
    ]);
  });

  it('knows every Russian case of резолюция', () => {
    for (const form of [
      'резолюция',
      'резолюции',
      'резолюцию',
      'резолюцией',
      'резолюцию',
      'резолюций',
      'резолюциям',
      'резолюциями',
      'резолюциях',
      'Резолюция',
    ]) {
      expect(rows(`${form} 70/1`), form).toEqual([[`${form} 70/1`, 'A/RES/70/1', 'GA']]);
    }
  });

  it('knows plural and capitalised forms in the other languages', () => {
    for (const text of ['Resolutions 70/1', 'RÉSOLUTIONS 70/1', 'Resoluciones 70/1', 'القرارات 70/1', 'بقرارها 70/1', 'وقراراتها 70/1']) {
      expect(rows(text, GA_PAGE)[0]?.[1], text).toBe('A/RES/70/1');
    }
  });

  it('reads head words broken by stray spaces in PDF text', () => {
    expect(rows('its resolu tion 70 /1 and resolut ion 75/ 180', GA_PAGE).map((r) => [r[0], r[1]])).toEqual([
      ['resolu tion 70 /1', 'A/RES/70/1'],
      ['resolut ion 75/ 180', 'A/RES/75/180'],
    ]);
  });

  it('knows decisions', () => {
    expect(rows('decision 2019/210 of the Economic and Social Council and General Assembly decision 75/555')).toEqual([
      ['decision 2019/210', 'E/DEC/2019/210', 'ECOSOC', 'decision'],
      ['decision 75/555', null, 'GA', 'decision'],
    ]);
    expect(rows('решение S\u20114/101 Совета по правам человека')).toEqual([
      ['решение S\u20114/101', 'A/HRC/DEC/S-4/101', 'HRC', 'decision'],
    ]);
    expect(rows('la décision 2019/210 du Conseil économique et social')[0]?.[1]).toBe('E/DEC/2019/210');
    expect(rows('第2019/210号决定')).toEqual([['第2019/210号决定', 'E/DEC/2019/210', 'ECOSOC', 'decision']]);
  });
});

describe('3.3 lists and footnotes', () => {
  it('gives one citation per number, with dates between', () => {
    const text =
      'ссылаясь на свои резолюции 61/180 от 20 декабря 2006 года, 64/178 от 18 декабря 2009 года и 74/176 от 18 декабря 2019 года';
    expect(rows(text, GA_PAGE)).toEqual([
      ['резолюции 61/180', 'A/RES/61/180', 'GA'],
      ['64/178', 'A/RES/64/178', 'GA'],
      ['74/176', 'A/RES/74/176', 'GA'],
    ]);
  });

  it('reads footnote lists', () => {
    expect(rows(' 9  Резолюции 55/67, 58/137, 59/166, 61/144, 63/156 и 63/194.').map((r) => r[1])).toEqual([
      'A/RES/55/67',
      'A/RES/58/137',
      'A/RES/59/166',
      'A/RES/61/144',
      'A/RES/63/156',
      'A/RES/63/194',
    ]);
  });

  it('reads lists in every language', () => {
    expect(
      rows('Recalling its resolutions 61/180 of 20 December 2006, 64/178 of 18 December 2009 and 74/176', GA_PAGE).map((r) => r[1]),
    ).toEqual(['A/RES/61/180', 'A/RES/64/178', 'A/RES/74/176']);
    expect(
      rows('Rappelant ses résolutions 61/180 du 20 décembre 2006, 64/178 du 18 décembre 2009 et 74/176', GA_PAGE).map((r) => r[1]),
    ).toEqual(['A/RES/61/180', 'A/RES/64/178', 'A/RES/74/176']);
    expect(
      rows('Recordando sus resoluciones 61/180, de 20 de diciembre de 2006, 64/178, de 18 de diciembre de 2009, y 74/176', GA_PAGE).map(
        (r) => r[1],
      ),
    ).toEqual(['A/RES/61/180', 'A/RES/64/178', 'A/RES/74/176']);
    expect(
      rows(
        'وإذ تشير إلى قراراتها 61/180 المؤرخ 20 كانون الأول/ديسمبر 2006 و 64/178 المؤرخ 18 كانون الأول/ديسمبر 2009 و74/176',
        GA_PAGE,
      ).map((r) => r[1]),
    ).toEqual(['A/RES/61/180', 'A/RES/64/178', 'A/RES/74/176']);
    expect(rows('回顾其2006年12月20日第61/180号、2009年12月18日第64/178号和2019年12月18日第74/176号决议', GA_PAGE)).toEqual([
      ['第61/180', 'A/RES/61/180', 'GA'],
      ['64/178', 'A/RES/64/178', 'GA'],
      ['74/176号决议', 'A/RES/74/176', 'GA'],
    ]);
  });

  it('resumes a list after a topic phrase', () => {
    const text =
      'resolutions 71/167 of 19 December 2016 on trafficking in women and girls, 71/168 of 19 December 2016 on intensifying global efforts, and 71/176';
    expect(rows(text, GA_PAGE).map((r) => r[1])).toEqual(['A/RES/71/167', 'A/RES/71/168', 'A/RES/71/176']);
  });

  it('resumes a list after a long topic when its body is named', () => {
    const text =
      'Recalling Human Rights Council resolutions 5/1 on institution-building of the United Nations Human Rights Council and 5/2 on the code of conduct for special procedure mandate holders of the Council, of 18 June 2007,';
    expect(rows(text, { pageSymbol: 'A/HRC/RES/53/1' }).map((r) => r[1])).toEqual(['A/HRC/RES/5/1', 'A/HRC/RES/5/2']);
  });

  it('does not continue a list into other numbers', () => {
    expect(rows('resolution 70/1, 25 September 2015, and 2030 targets', GA_PAGE).map((r) => r[1])).toEqual(['A/RES/70/1']);
    expect(rows('resolution 70/1 on goals 1/2 and 3/4', GA_PAGE).map((r) => r[1])).toEqual(['A/RES/70/1']);
  });
});

describe('3.4 General Assembly resolutions before 1976', () => {
  it('resolves Roman sessions and drops the part letter into the pinpoint', () => {
    expect(rows('resolutions 217 A (III), 2200 A (XXI) and 1514 (XV)', { lang: 'en' })).toEqual([
      ['resolutions 217 A (III)', 'A/RES/217(III)', 'GA', 'resolution', 'A'],
      ['2200 A (XXI)', 'A/RES/2200(XXI)', 'GA', 'resolution', 'A'],
      ['1514 (XV)', 'A/RES/1514(XV)', 'GA'],
    ]);
  });

  it('reads the Arabic session form and letter names', () => {
    expect(rows('القرار 2200 ألف (د-21) وقرار الجمعية العامة 1514 (د - 15)')).toEqual([
      ['القرار 2200 ألف (د-21)', 'A/RES/2200(XXI)', 'GA', 'resolution', 'A'],
      ['وقرار الجمعية العامة 1514 (د - 15)', 'A/RES/1514(XV)', 'GA'],
    ]);
  });

  it('reads damaged Roman sessions, and leaves the unreadable ones unlinked', () => {
    expect(rows('resoluciones 2454 A (Xx111), 2603 B (XXN) y 2662 (XXV)', { lang: 'es' }).map((r) => [r[0], r[1]])).toEqual([
      ['resoluciones 2454 A (Xx111)', 'A/RES/2454(XXIII)'],
      ['2603 B (XXN)', null],
      ['2662 (XXV)', 'A/RES/2662(XXV)'],
    ]);
  });

  it('reads Arabic right-to-left extraction with the year first, and kashida', () => {
    expect(
      rows('وخاصـة القـرارات (٢٠٠٤) ١٥٥٩ والقـــــــرار (٢٠٠٥) ١٦٥٥', { pageSymbol: 'S/RES/1680(2006)' }).map((r) => [r[0], r[1]]),
    ).toEqual([
      ['القـرارات (٢٠٠٤) ١٥٥٩', 'S/RES/1559(2004)'],
      ['والقـــــــرار (٢٠٠٥) ١٦٥٥', 'S/RES/1655(2005)'],
    ]);
  });

  it('reads Chinese pre-1976 forms', () => {
    expect(rows('第2200 A(XXI)号决议')).toEqual([['第2200 A(XXI)号决议', 'A/RES/2200(XXI)', 'GA', 'resolution', 'A']]);
  });

  it('resolves special and emergency special sessions', () => {
    expect(rows('resolutions S-26/2, ES-10/19 and 1874 (S-IV)', { lang: 'en' }).map((r) => r[1])).toEqual([
      'A/RES/S-26/2',
      'A/RES/ES-10/19',
      'A/RES/1874(S-IV)',
    ]);
  });
});

describe('3.5 Security Council resolutions', () => {
  it("resolves the Council's form in every language", () => {
    const cases = [
      'Security Council resolution 2331 (2016)',
      'резолюции Совета Безопасности 2331 (2016)',
      'la résolution 2331 (2016) du Conseil de sécurité',
      'la resolución 2331 (2016) del Consejo de Seguridad',
      'قرار مجلس الأمن 2331 (2016)',
      '安全理事会第2331（2016）号决议',
      'resolution 2331 (2016)',
    ];
    for (const text of cases)
      expect(
        rows(text).map((r) => [r[1], r[2]]),
        text,
      ).toEqual([['S/RES/2331(2016)', 'SC']]);
  });

  it('takes the year of a bare number from the catalogue, and never guesses one', () => {
    expect(rows('Security Council resolution 2118 and Security Council resolution 9999')).toEqual([
      ['resolution 2118', 'S/RES/2118(2013)', 'SC'],
      ['resolution 9999', null, 'SC'],
    ]);
  });

  it('takes the year the same text gives before the catalogue', () => {
    expect(rows('LA RÉSOLUTION 1701 … la résolution 1701 (2006) … la résolution 1701', { lang: 'fr' }).map((r) => r[1])).toEqual([
      'S/RES/1701(2006)',
      'S/RES/1701(2006)',
      'S/RES/1701(2006)',
    ]);
  });

  it('follows a misprinted year rather than correct it', () => {
    expect(rows('resolution 2331 (2015)')[0]?.[1]).toBe('S/RES/2331(2015)');
  });
});

describe('4 body resolution', () => {
  it('4.1 takes a body named before, between, after or a clause later', () => {
    expect(rows('резолюцией 1992/22 Экономического и Социального Совета')[0]?.slice(1, 3)).toEqual(['E/RES/1992/22', 'ECOSOC']);
    expect(rows('резолюцию 44/4 Совета по правам человека', GA_PAGE)[0]?.slice(1, 3)).toEqual(['A/HRC/RES/44/4', 'HRC']);
    expect(rows('резолюции 26/3 Комиссии по предупреждению преступности и уголовному правосудию', GA_PAGE)[0]?.slice(1, 3)).toEqual([
      null,
      'CCPCJ',
    ]);
    expect(rows('Human Rights Council resolutions 5/1 and 5/2', GA_PAGE).map((r) => r[1])).toEqual(['A/HRC/RES/5/1', 'A/HRC/RES/5/2']);
    expect(rows('resolution 44/4 of the Human Rights Council', GA_PAGE)[0]?.[1]).toBe('A/HRC/RES/44/4');
    expect(rows('la résolution 44/4 du Conseil des droits de l’homme', GA_PAGE)[0]?.[1]).toBe('A/HRC/RES/44/4');
    expect(rows('la resolución 44/4 del Consejo de Derechos Humanos', GA_PAGE)[0]?.[1]).toBe('A/HRC/RES/44/4');
    expect(rows('قرار مجلس حقوق الإنسان 44/4', GA_PAGE)[0]?.[1]).toBe('A/HRC/RES/44/4');
    expect(rows('人权理事会第44/4号决议', GA_PAGE)[0]?.[1]).toBe('A/HRC/RES/44/4');
    expect(rows('Commission on Human Rights resolution 2005/35 and Sub-Commission resolution 2005/1').map((r) => r[1])).toEqual([
      'E/CN.4/RES/2005/35',
      'E/CN.4/SUB.2/RES/2005/1',
    ]);
  });

  it('4.1 names the author of references joined by "and" from a clause later', () => {
    const text =
      'принимая к сведению резолюцию 10/1 от 16 октября 2020 года под названием «Начало процесса обзора» и резолюцию 10/3 также от 16 октября 2020 года под названием «Эффективное осуществление Протокола», принятые Конференцией участников на ее десятой сессии';
    expect(rows(text, GA_PAGE)).toEqual([
      ['резолюцию 10/1', null, 'COP-UNTOC'],
      ['резолюцию 10/3', null, 'COP-UNTOC'],
    ]);
  });

  it('4.1 does not take the subject of a resolution for its author', () => {
    expect(rows('invited the Organization of American States (resolution 253 (III), annex)', { lang: 'en' })).toEqual([
      ['resolution 253 (III)', 'A/RES/253(III)', 'GA', 'resolution', 'annex'],
    ]);
    expect(
      rows(
        'recalling resolution 70/1 on the declaration adopted by the Commission on Crime Prevention and Criminal Justice',
        GA_PAGE,
      )[0]?.[1],
    ).toBe('A/RES/70/1');
  });

  it('4.2 a possessive points at the body speaking, also inside a quoted draft', () => {
    const ecosoc =
      'Экономический и Социальный Совет\n рекомендует Генеральной Ассамблее принять следующий проект резолюции:\n Генеральная Ассамблея,\n ссылаясь на свою резолюцию 2004/27 и свою резолюцию 76/181';
    expect(rows(ecosoc, { pageSymbol: 'E/RES/2022/14' }).map((r) => [r[1], r[2]])).toEqual([
      ['E/RES/2004/27', 'ECOSOC'],
      ['A/RES/76/181', 'GA'],
    ]);
    expect(rows('Recalling its resolutions 5/1 and 5/2', { pageSymbol: 'A/HRC/RES/50/1' }).map((r) => r[1])).toEqual([
      'A/HRC/RES/5/1',
      'A/HRC/RES/5/2',
    ]);
    expect(rows('sa résolution 76/181', { pageSymbol: 'A/RES/77/1' })[0]?.[1]).toBe('A/RES/76/181');
    expect(rows('su resolución 2004/27', { pageSymbol: 'E/RES/2022/14' })[0]?.[1]).toBe('E/RES/2004/27');
    expect(rows('قراره 2004/27', { pageSymbol: 'E/RES/2022/14' })[0]?.[1]).toBe('E/RES/2004/27');
    expect(rows('回顾其第2004/27号决议', { pageSymbol: 'E/RES/2022/14' })[0]?.[1]).toBe('E/RES/2004/27');
  });

  it('4.2 a possessive points at the subject named right after it', () => {
    const text = 'in accordance with its resolution 414 (XIII), the Economic and Social Council must review';
    expect(rows(text, { pageSymbol: 'A/RES/735(VIII)' })[0]?.slice(1, 3)).toEqual(['E/RES/414(XIII)', 'ECOSOC']);
  });

  it('believes a body tied by "in" only when it has no symbols of its own', () => {
    expect(rows('the Commission, in resolution 62/1, requested', GA_PAGE)[0]?.slice(1, 3)).toEqual([null, 'OTHER-UN']);
    expect(rows('the General Assembly requested the Human Rights Council in resolution 60/251', { lang: 'en' })[0]?.[1]).toBe(
      'A/RES/60/251',
    );
  });

  it('4.2 a possessive after a named body points at that body', () => {
    expect(rows('the General Assembly, in its resolution 70/1', { pageSymbol: 'S/RES/2331(2016)' })[0]?.slice(1, 3)).toEqual([
      'A/RES/70/1',
      'GA',
    ]);
    expect(rows('the Human Rights Council, in its resolution 5/1', GA_PAGE)[0]?.slice(1, 3)).toEqual(['A/HRC/RES/5/1', 'HRC']);
  });

  it("4.3 resolves by the number's shape when nothing else decides", () => {
    expect(rows('resolution 2017/18', GA_PAGE)[0]?.slice(1, 3)).toEqual(['E/RES/2017/18', 'ECOSOC']);
    expect(rows('resolution 70/1', { pageSymbol: 'E/RES/2022/14' })[0]?.slice(1, 3)).toEqual(['A/RES/70/1', 'GA']);
  });

  it("4.4 falls back to the page's body, and leaves impossible numbers unresolved", () => {
    expect(rows('resolution 5/1', { pageSymbol: 'A/HRC/RES/50/1' })[0]?.slice(1, 3)).toEqual(['A/HRC/RES/5/1', 'HRC']);
    expect(rows('the General Assembly adopted resolution 26/3', GA_PAGE)[0]?.[1]).toBeNull();
    expect(rows('resolution 26/3', GA_PAGE)[0]?.[1]).toBeNull();
  });

  it('never links a bare "Commission" or "Board" to a number\'s shape', () => {
    expect(
      rows('its resolutions 2016/17 and 2019/23 and Commission resolution 62/1', { pageSymbol: 'E/RES/2022/14' }).map((r) => [r[1], r[2]]),
    ).toEqual([
      ['E/RES/2016/17', 'ECOSOC'],
      ['E/RES/2019/23', 'ECOSOC'],
      [null, 'OTHER-UN'],
    ]);
    expect(rows('Board decision 2019/1 and Комиссия в резолюции 62/1 и резолюции Комиссии 62/2', GA_PAGE).map((r) => r[1])).toEqual([
      null,
      null,
      null,
    ]);
    expect(rows('Commission resolution 2005/35', { pageSymbol: 'E/CN.4/RES/2005/1' })[0]?.[1]).toBe('E/CN.4/RES/2005/35');
  });

  it('resolves non-UN and symbol-less bodies to no symbol', () => {
    expect(rows('Решение № 15/06 о борьбе с сексуальной эксплуатацией детей, принятое Советом министров ОБСЕ')).toEqual([
      ['Решение № 15/06', null, 'NON-UN', 'decision'],
    ]);
    expect(rows('resolución AG/RES.1733 (XXX-O/00) de la Asamblea General de la OEA')).toEqual([
      ['resolución AG/RES.1733 (XXX-O/00)', null, 'NON-UN'],
    ]);
    expect(rows('резолюцию 10/1 Конференции участников')[0]?.slice(1, 3)).toEqual([null, 'COP-UNTOC']);
    expect(rows('resolution 62/1 of the Commission on Narcotic Drugs', GA_PAGE)[0]?.slice(1, 3)).toEqual([null, 'CND']);
  });
});

describe('pinpoints', () => {
  it('reads pinpoints after citations and reports them in English', () => {
    expect(rows('Резолюция 55/25 Генеральной Ассамблеи, приложение III')).toEqual([
      ['Резолюция 55/25', 'A/RES/55/25', 'GA', 'resolution', 'annex III'],
    ]);
    expect(rows('A/CONF.157/24 (Part I)')).toEqual([['A/CONF.157/24 (Part I)', 'A/CONF.157/24', 'GA', 'symbol', 'Part I']]);
    expect(rows('Дополнение № 10 (E/2018/30), гл. I, разд. C.')).toEqual([
      ['E/2018/30', 'E/2018/30', 'ECOSOC', 'symbol', 'chap. I, sect. C'],
    ]);
    expect(rows('Резолюция 76/181, приложение.')).toEqual([['Резолюция 76/181', 'A/RES/76/181', 'GA', 'resolution', 'annex']]);
    expect(rows('resolution 40/151 G')).toEqual([['resolution 40/151 G', 'A/RES/40/151', 'GA', 'resolution', 'G']]);
    expect(rows('resolution 70/1, para. 29', GA_PAGE)[0]?.[4]).toBe('para. 29');
    expect(rows('القرار 55/25، المرفق الثالث')[0]?.[4]).toBe('annex III');
    expect(rows('第55/25号决议附件三')[0]?.[4]).toBe('annex III');
    expect(rows('la résolution 55/25, annexe II')[0]?.[4]).toBe('annex II');
    expect(rows('la resolución 55/25, anexo II')[0]?.[4]).toBe('annex II');
  });
});

describe('5 what is not a citation', () => {
  it("finds nothing in the spec's list of look-alikes", () => {
    const text =
      'стр. 13/14 21-19241 V.07-80404 (R) vol. 2225, No. 39574 Задача 5.2 2021–2025 (No. 29) и/или and/or 24/7 16/12/2021 23/1/1992 Population: 61,777 (2014) Act No. 18246 (2007) 1/ 2/ https://undocs.org/ru/A/RES/64/293 www.un.org/A/RES/70/1';
    expect(rows(text)).toEqual([]);
  });

  it('needs a head word, a body or a symbol form for a number', () => {
    expect(rows('The 76/181 figure and 2331 (2016) here, in 1514 (XV) terms', { lang: 'en' })).toEqual([]);
  });

  it('finds a bare number after a head word, linked only for the Security Council, never a year', () => {
    expect(rows('resolution 5 and decision 12', GA_PAGE)).toEqual([
      ['resolution 5', null, 'OTHER-UN'],
      ['decision 12', null, 'OTHER-UN', 'decision'],
    ]);
    expect(rows('в резолюции 2021 года и в резолюции 2015', GA_PAGE)).toEqual([]);
    expect(rows('its resolution 2118', { pageSymbol: 'S/RES/2331(2016)' })[0]?.[1]).toBe('S/RES/2118(2013)');
    expect(rows('резолюции 1493 от 28 июля 2003 года и 1533 и 2', { pageSymbol: 'S/RES/1552(2004)' }).map((r) => r[1])).toEqual([
      'S/RES/1493(2003)',
      'S/RES/1533(2004)',
    ]);
  });

  it('does not read dates after a head word as numbers', () => {
    expect(rows('резолюции от 16/12/2021', GA_PAGE)).toEqual([]);
  });
});

describe('6 page context', () => {
  it("links the page's own number in its title line and in a run-in title", () => {
    expect(rows('  76/186. Улучшение координации', GA_PAGE)).toEqual([['76/186', 'A/RES/76/186', 'GA']]);
    expect(rows('Resolution adopted by the General Assembly 71/162. Suite donnée', { pageSymbol: 'A/RES/71/162' })).toEqual([
      ['71/162', 'A/RES/71/162', 'GA'],
    ]);
    expect(rows('52 / 31   التحقق بجميع جوانبه', { pageSymbol: 'A/RES/52/31' })).toEqual([['52 / 31', 'A/RES/52/31', 'GA']]);
  });

  it('links the headings of other resolutions in a page that collects several', () => {
    expect(rows('  76/181. Улучшение координации', GA_PAGE)).toEqual([['76/181', 'A/RES/76/181', 'GA']]);
    expect(
      rows('183 (1963). Question relating to Territories\n3465 (XxX). Question of Western Sahara', { lang: 'en' }).map((r) => r[1]),
    ).toEqual(['S/RES/183(1963)', 'A/RES/3465(XXX)']);
    expect(rows('  16/12. Something', GA_PAGE)).toEqual([]);
  });

  it("infers the page's symbol from the title line and the opening words", () => {
    const text = '  2022/14. Укрепление усилий\n Экономический и Социальный Совет\n ссылаясь на свою резолюцию 2004/27';
    expect(rows(text)).toEqual([
      ['2022/14', 'E/RES/2022/14', 'ECOSOC'],
      ['резолюцию 2004/27', 'E/RES/2004/27', 'ECOSOC'],
    ]);
  });

  it('scans text across inline markup as one run', () => {
    expect(rows('в ее резолюции [70/125](#) от 16 декабря 2015 года', GA_PAGE)).toEqual([['резолюции [70/125', 'A/RES/70/125', 'GA']]);
  });
});
