import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/metadata/document-dates';
import { summariseDocument } from '../../../lib/metadata/document-summary';
import { openingWords } from '../../../lib/metadata/operative-paragraphs';

const text = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');

describe('summariseDocument on the seed documents', () => {
  it('A/RES/76/186 (Russian PDF text): title, date from the closing line, all 28 operative paragraphs', () => {
    const read = summariseDocument(text('a-res-76-186.ru.txt'), { symbol: 'A/RES/76/186' });
    expect(read.title).toBe('Улучшение координации усилий по борьбе с торговлей людьми');
    // "53-е пленарное заседание, 16 декабря 2021 года" after paragraph 28; the header is not in the text.
    expect(read.date).toBe('2021-12-16');
    expect(read.summary.map((p) => p.number)).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)));
    expect(read.summary[0]).toEqual({ number: '1', opening: 'настоятельно призывает государства-члены, которые еще не сделали этого …' });
    expect(read.summary[2]?.opening).toBe(
      'призывает правительства внимательно отслеживать изменения в области международной защиты жертв …',
    );
    expect(read.summary[3]?.opening).toMatch(/^напоминает о совещаниях Генеральной Ассамблеи на высоком/);
    expect(read.summary[27]?.opening).toMatch(/^просит Генерального секретаря представить Генеральной Ассамблее/);
  });

  it('E/RES/2022/14: the draft for the Assembly inside the Council resolution, date with a footnote mark on the year', () => {
    const read = summariseDocument(text('e-res-2022-14.ru.txt'), { symbol: 'E/RES/2022/14' });
    expect(read.title).toBe(
      'Укрепление усилий на национальном и международном уровнях, в том числе предпринимаемых совместно с частным сектором, по защите детей от сексуальной эксплуатации и сексуальных надругательств',
    );
    // "33-e пленарное заседание 21 июля 20221 года": the fifth digit is a footnote mark.
    expect(read.date).toBe('2022-07-21');
    expect(read.summary).toHaveLength(22);
    expect(read.summary[1]).toEqual({ number: '2', opening: 'призывает также государства-члены налаживать и укреплять …' });
    expect(read.summary[16]?.opening).toMatch(/^подчеркивает, что необходимо эффективно взаимодействовать/);
    expect(read.summary[21]?.opening).toMatch(/^предлагает государствам-членам и другим донорам/);
  });

  it('A/RES/80/173 (Markdown): date from the header, the 127 paragraphs of the outcome document', () => {
    const read = summariseDocument(text('a-res-80-173.ru.md'), { symbol: 'A/RES/80/173' });
    expect(read.title).toBe(
      'Итоговый документ совещания высокого уровня Генеральной Ассамблеи, посвященного общему обзору хода осуществления решений Всемирной встречи на высшем уровне по вопросам информационного общества',
    );
    expect(read.date).toBe('2025-12-17');
    expect(read.summary).toHaveLength(127);
    expect(read.summary[0]?.opening).toMatch(/^Мы подтверждаем нашу решимость обеспечить/);
    expect(read.summary[15]?.opening).toMatch(/^Однако мы глубоко обеспокоены тем/);
    expect(read.summary[126]).toMatchObject({
      number: '127',
      opening: expect.stringMatching(/^Мы просим Генеральную Ассамблею провести в 2035 году/) as unknown,
    });
  });
});

describe('summariseDocument on real text in the other languages', () => {
  it('English: SC resolution 2159 (2014), adoption date from "Adopted by the Security Council at its … meeting, on …"', () => {
    const read = summariseDocument(text('heldout/en-s-res-2159.txt'), { symbol: 'S/RES/2159(2014)' });
    expect(read).toEqual({
      date: '2014-06-09',
      summary: [{ number: '1', opening: 'Decides to extend until 9 July 2015 the mandate of …' }],
    });
  });

  it('English: GA resolution 735 (VIII), its two paragraphs and the closing "460th plenary meeting, 28 November 1953."', () => {
    const read = summariseDocument(text('heldout/en-ga-res-735-viii.txt'), { symbol: 'A/RES/735(VIII)' });
    expect(read.date).toBe('1953-11-28');
    expect(read.summary.map((p) => p.opening)).toEqual([
      'Invites the Economic and Social Council …',
      'Requests the Secretary-General to communicate to the Economic and Social …',
    ]);
  });

  it('English one-line PDF text: title and header date of A/RES/59/163 and A/RES/76/208', () => {
    expect(summariseDocument(text('heldout/en-a-res-59-163.txt'), { symbol: 'A/RES/59/163' })).toEqual({
      title: 'International cooperation against the world drug problem',
      date: '2004-12-20',
      summary: [],
    });
    expect(summariseDocument(text('multilingual/en-a-res-76-208.txt'), { symbol: 'A/RES/76/208' })).toMatchObject({
      title: 'Report of the United Nations Environment Assembly of the United Nations Environment Programme',
      date: '2021-12-17',
    });
    expect(summariseDocument(text('multilingual/en-a-res-72-245.txt'), { symbol: 'A/RES/72/245' })).toMatchObject({
      title: 'Rights of the child',
      date: '2017-12-24',
    });
  });

  it('French: SC resolution 183 (1963) after the end of the previous one ("7. Prie …" is not its paragraph)', () => {
    const read = summariseDocument(text('heldout/fr-s-res-183-1963.txt'), { symbol: 'S/RES/183(1963)' });
    expect(read.date).toBe('1963-12-11');
    expect(read.summary).toEqual([
      { number: '1', opening: 'Regrette que ces contacts n’aient pu aboutir aux résultats souhaités …' },
      { number: '2', opening: 'Fait appel à tous les Etats pour qu’ils se conforment …' },
      { number: '3', opening: "Déplore l'inobservation par le Gouvernement portugais de la résolution 180(1963);" },
    ]);
  });

  it('French one-line text: title ends at the mid-line heading, date from "Résolution adoptée par l’Assemblée générale le …"', () => {
    expect(summariseDocument(text('multilingual/fr-a-res-71-162.txt'), { symbol: 'A/RES/71/162' })).toEqual({
      title:
        'Suite donnée au Sommet mondial pour le développement social et à la vingt-quatrième session extraordinaire de l’Assemblée générale',
      date: '2016-12-19',
      summary: [],
    });
  });

  it('Spanish: title over two lines; no date is invented when the header gives none', () => {
    expect(summariseDocument(text('multilingual/es-a-res-55-15.txt'), { symbol: 'A/RES/55/15' })).toEqual({
      title: 'Cooperación entre las Naciones Unidas y la Organización de los Estados Americanos',
      summary: [],
    });
  });

  it('Arabic: "1 - " paragraphs, the title after "52 / 31", and the date in "اتخذ في … 6 كانون الأول/ديسمبر 2006"', () => {
    const verification = summariseDocument(text('multilingual/ar-a-res-52-31.txt'), { symbol: 'A/RES/52/31' });
    expect(verification.title).toBe('التحقق بجميع جوانبه، بما في ذلك دور الأمم المتحدة في مجال التحقق');
    expect(verification.summary).toEqual([{ number: '1', opening: 'تؤكد مجددا الأهمية الحاسمة للتدابير الفعالة في مجال التحقق …' }]);
    const balkans = summariseDocument(text('heldout/ar-a-res-61-53.txt'), { symbol: 'A/RES/61/53' });
    expect(balkans.title).toBe('صون الأمن الدولي - علاقات حسن الجوار والاستقرار والتنمية في جنوب شرق أوروبا');
    expect(balkans.date).toBe('2006-12-06');
  });

  it('Chinese: "1." paragraphs, list markers, traditional characters, the date before "…会议通过"', () => {
    const car = summariseDocument(text('multilingual/zh-s-res-2446.txt'), { symbol: 'S/RES/2446(2018)' });
    expect(car).toEqual({
      date: '2018-11-15',
      summary: [
        { number: '1', opening: '决定将第2387(2017)号决议规定的中非稳定团的任务期限…' },
        { number: '2', opening: '决定继续积极处理此案。' },
      ],
    });
    const gaza = summariseDocument(text('multilingual/zh-s-res-1860.txt'), { symbol: 'S/RES/1860(2009)' });
    expect(gaza.date).toBe('2009-01-08');
    expect(gaza.summary.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(gaza.summary[4]).toEqual({ number: '5', opening: '谴责针对平民的一切暴力和敌对行为以及一切恐怖主义行为;' });
    const southSudan = summariseDocument(text('heldout/zh-s-res-2326.txt'), { symbol: 'S/RES/2326(2016)' });
    expect(southSudan.date).toBe('2016-12-15');
    expect(southSudan.summary[2]).toEqual({ number: '3', opening: '決定繼續積極處理此案。' });
    expect(summariseDocument(text('multilingual/zh-s-res-403.txt')).summary[0]?.opening).toMatch(/^強烈譴責南羅得西亞非法政權/);
  });

  it('Russian SC resolutions: date from "принятая Советом Безопасности на его …-м заседании …"; a site menu is not paragraphs', () => {
    const iraq = summariseDocument(text('multilingual/ru-s-res-1518.txt'), { symbol: 'S/RES/1518(2003)' });
    expect(iraq.date).toBe('2003-11-24');
    expect(iraq.summary[0]?.opening).toMatch(/^постановляет безотлагательно учредить/);
    // "1. Правова система ipLex360 / 2. Законодавство / 3. Резолюція" come before the heading.
    expect(summariseDocument(text('multilingual/ru-s-res-1661.txt'), { symbol: 'S/RES/1661(2006)' })).toEqual({
      date: '2006-03-14',
      summary: [],
    });
    expect(summariseDocument(text('heldout/ru-a-res-60-112.txt'), { symbol: 'A/RES/60/112' })).toEqual({ summary: [] });
    expect(summariseDocument(text('heldout/ru-s-res-1552.txt'), { symbol: 'S/RES/1552(2004)' }).date).toBe('2004-07-27');
  });

  // Header lines written in the UN's format for each language (not copied from a fixture).
  it.each([
    [
      'en',
      'Resolution adopted by the General Assembly on 16 December 2021\n[on the report of the Third Committee (A/76/479)]\n76/186. Title\nThe General Assembly,\n',
      '2021-12-16',
    ],
    ['fr', 'Résolution adoptée par l’Assemblée générale le 16 décembre 2021\n76/186. Titre\nL’Assemblée générale,\n', '2021-12-16'],
    ['fr', 'Adoptée par le Conseil de sécurité à sa 8401e séance, le 15 novembre 2018\nLe Conseil de sécurité,\n', '2018-11-15'],
    ['es', 'Resolución aprobada por la Asamblea General el 16 de diciembre de 2021\nLa Asamblea General,\n', '2021-12-16'],
    [
      'es',
      'Aprobada por el Consejo de Seguridad en su 8401ª sesión, celebrada el 15 de noviembre de 2018\nEl Consejo de Seguridad,\n',
      '2018-11-15',
    ],
    ['ru', 'Резолюция, принятая Генеральной Ассамблеей 16 декабря 2021 года\nГенеральная Ассамблея,\n', '2021-12-16'],
    ['ar', 'قرار اتخذته الجمعية العامة في 16 كانون الأول/ديسمبر 2021\nإن الجمعية العامة،\n', '2021-12-16'],
    ['ar', 'اتخذه مجلس الأمن في جلسته 8401 المعقودة في 15 تشرين الثاني/نوفمبر 2018\nإن مجلس الأمن،\n', '2018-11-15'],
    ['zh', '2021年12月16日大会决议\n大会，\n', '2021-12-16'],
  ])('reads the adoption date of a %s header: %s', (_lang, header, date) => {
    expect(summariseDocument(`${header}recalling its resolution 70/1 of 25 September 2015,\n`).date).toBe(date);
  });

  it('never takes a date from the preamble', () => {
    expect(
      summariseDocument('The General Assembly,\nRecalling its resolution 76/181, adopted by the General Assembly on 16 December 2021,\n')
        .date,
    ).toBeUndefined();
  });

  it('ends the paragraphs where an annex numbers its own from 1 again', () => {
    const withAnnex =
      'The General Assembly,\nRecalling its resolutions,\n1. Adopts the Declaration annexed to the present resolution;\n' +
      '2. Requests the Secretary-General to disseminate it.\n\nAnnex\nDeclaration\n1. States shall cooperate.\n2. States shall report.\n3. States shall review.\n';
    expect(summariseDocument(withAnnex).summary).toEqual([
      { number: '1', opening: 'Adopts the Declaration annexed to the present resolution;' },
      { number: '2', opening: 'Requests the Secretary-General to disseminate it.' },
    ]);
  });

  it('full-width numbers and Arabic-Indic digits count as paragraph numbers', () => {
    const zh = '安全理事会，\n回顾其各项决议，\n１．决定延长任务期限；\n２．决定继续积极处理此案。\n';
    expect(summariseDocument(zh).summary.map((p) => p.number)).toEqual(['1', '2']);
    const ar = 'إن الجمعية العامة،\nإذ تشير إلى قراراتها،\n١ - تؤكد مجددا الأهمية الحاسمة؛\n٢ - تطلب إلى الأمين العام أن يقدم تقريرا؛\n';
    expect(summariseDocument(ar).summary).toEqual([
      { number: '1', opening: 'تؤكد مجددا الأهمية الحاسمة؛' },
      { number: '2', opening: 'تطلب إلى الأمين العام أن يقدم تقريرا؛' },
    ]);
  });
});

describe('the pieces', () => {
  it('finds written dates in six languages', () => {
    const found = findDates(
      '16 December 2021; 1er juillet 2000; 16 de diciembre de 2021; 16 декабря 2021 года; 6 كانون الأول/ديسمبر 2006; 17 حزيران (يونيو) 1980; 2021年12月16日; 31 February 2021; 9 June 20142 (footnote)',
    ).map((d) => d.iso);
    expect(found).toEqual(['2021-12-16', '2000-07-01', '2021-12-16', '2021-12-16', '2006-12-06', '1980-06-17', '2021-12-16', '2014-06-09']);
  });

  it('cuts openings at ten words or the end of a clause, and marks what goes on', () => {
    expect(openingWords('Urges Member States to ratify the Convention and the Protocol thereto, as a matter of priority;')).toBe(
      'Urges Member States to ratify the Convention and the Protocol …',
    );
    expect(openingWords('Decides to remain seized of the matter.')).toBe('Decides to remain seized of the matter.');
    expect(openingWords('Requests the Secretary-General, in consultation with Member States, to report')).toBe(
      'Requests the Secretary-General, in consultation with Member States …',
    );
    expect(openingWords('Takes note of [the report](#) of the Secretary-General²')).toBe(
      'Takes note of the report of the Secretary-General',
    );
  });

  it('never throws and always returns a list, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(undefined, 'A/RES/76/186', 'S/RES/1(1946)', 'X'), (input, symbol) => {
        const read = summariseDocument(`Генеральная Ассамблея,\n${input}\n1. ${input}`, symbol === undefined ? {} : { symbol });
        expect(Array.isArray(read.summary)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('reads the seed document in well under a second', () => {
    const seed = text('a-res-76-186.ru.txt');
    const started = performance.now();
    for (let i = 0; i < 10; i++) summariseDocument(seed, { symbol: 'A/RES/76/186' });
    expect((performance.now() - started) / 10).toBeLessThan(200);
  });
});
