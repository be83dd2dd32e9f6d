/**
 * Pinpoints written before the citation (ADR 0029): `paragraph 15 of resolution 1701 (2006)` is
 * a citation of `resolution 1701 (2006)` with pinpoint `para. 15`, in the PDFs the UN publishes
 * and in each language's forms; a pinpoint not tied to the citation gives none.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations';
import type { Citation, UnLang } from '../../../lib/citations/types';
import { extractPdfText } from '../../../lib/text/pdf-text';

const texts = new Map<string, Promise<string>>();
function pdfText(file: string): Promise<string> {
  let text = texts.get(file);
  if (text === undefined) {
    const bytes = new Uint8Array(readFileSync(new URL(`../../fixtures/un-pdfs/${file}`, import.meta.url)));
    text = extractPdfText(bytes).then((pdf) => pdf.pageTexts.join('\n\f'));
    texts.set(file, text);
  }
  return text;
}

/** Each citation with the words written before it, white space collapsed (PDF lines break anywhere). */
function withLead(text: string, citations: Citation[]): Array<{ lead: string; text: string; symbol: string | null; pinpoint?: string }> {
  return citations.map((c) => ({
    lead: text.slice(Math.max(0, c.start - 60), c.start).replace(/\s+/g, ' '),
    text: c.text.replace(/\s+/g, ' '),
    symbol: c.symbol,
    ...(c.pinpoint === undefined ? {} : { pinpoint: c.pinpoint }),
  }));
}

const REAL: Array<[file: string, pageSymbol: string, lead: string, text: string, pinpoint: string]> = [
  ['S_2025_153.en.pdf', 'S/2025/153', 'In paragraph 15 of its ', 'resolution 2695 (2023)', 'para. 15'],
  ['S_2025_153.en.pdf', 'S/2025/153', 'Pursuant to paragraph 15 of Security Council ', 'resolution 1701 (2006)', 'para. 15'],
  ['S_2025_153.en.pdf', 'S/2025/153', 'arms embargo under paragraph 15 of ', 'resolution 1701 (2006)', 'para. 15'],
  ['S_2025_153.en.pdf', 'S/2025/153', 'recalled paragraph 10 of its ', 'resolution 2591 (2021)', 'para. 10'],
  ['S_RES_2769(2025).en.pdf', 'S/RES/2769(2025)', 'established by paragraph 24 of ', 'resolution 1973 (2011)', 'para. 24'],
  [
    'S_RES_2769(2025).en.pdf',
    'S/RES/2769(2025)',
    'Reiterates paragraphs 9 (a), (b) and (c) of ',
    'resolution 1970 (2011)',
    'para. 9 (a), (b) and (c)',
  ],
  ['S_RES_2769(2025).en.pdf', 'S/RES/2769(2025)', 'of resolution 1970 (2011), paragraph 13 of ', 'resolution 2009 (2011)', 'para. 13'],
  [
    'S_RES_2769(2025).en.pdf',
    'S/RES/2769(2025)',
    'of resolution 2009 (2011), paragraphs 9 and 10 of ',
    'resolution 2095 (2013)',
    'paras. 9 and 10',
  ],
  [
    'S_RES_2769(2025).en.pdf',
    'S/RES/2769(2025)',
    'paragraphs 15, 16, 17, 19, 20 and 21 of ',
    'resolution 1970 (2011)',
    'paras. 15, 16, 17, 19, 20 and 21',
  ],
  ['S_RES_2769(2025).en.pdf', 'S/RES/2769(2025)', 'as amended by paragraph 2 of ', 'resolutions 2441 (2018)', 'para. 2'],
  ['S_RES_2769(2025).en.pdf', 'S/RES/2769(2025)', 'paragraph 2 of resolutions 2441 (2018) and ', '2509 (2020)', 'para. 2'],
  ['S_RES_2768(2025).en.pdf', 'S/RES/2768(2025)', 'reporting request in paragraph 10 of ', 'resolution 2722 (2024)', 'para. 10'],
  ['S_RES_2772(2025).en.pdf', 'S/RES/2772(2025)', 'effectiveness of paragraph 10 of ', 'resolution 1945 (2010)', 'para. 10'],
  ['A_RES_79_277.en.pdf', 'A/RES/79/277', 'with paragraph 71 of General Assembly ', 'resolution 70/125', 'para. 71'],
  ['A_65_PV.71.en.pdf', 'A/65/PV.71', 'to paragraph 6 (b) of ', 'resolution 65/208', 'para. 6 (b)'],
  ['A_65_PV.71.en.pdf', 'A/65/PV.71', 'recommends, in paragraph 27 of document ', 'A/65/448', 'para. 27'],
  ['A_65_PV.71.en.pdf', 'A/65/PV.71', 'recommends, in paragraph 135 of document ', 'A/65/456/Add.2 (Part II)', 'Part II, para. 135'],
];

describe('pinpoints written before the citation, in the PDFs the UN publishes', () => {
  it.each(REAL)('%s: "%s%s" → %s', async (file, pageSymbol, lead, text, pinpoint) => {
    const body = await pdfText(file);
    const found = withLead(body, findCitations(body, { lang: 'en', pageSymbol })).filter((c) => c.lead.endsWith(lead) && c.text === text);
    expect(found.length, 'the citation is found once or more').toBeGreaterThan(0);
    for (const c of found) expect(c.pinpoint).toBe(pinpoint);
  });

  it('gives no pinpoint to the citation before a leading one (it belongs to the next)', async () => {
    const body = await pdfText('S_RES_2769(2025).en.pdf');
    const cites = withLead(body, findCitations(body, { lang: 'en', pageSymbol: 'S/RES/2769(2025)' }));
    // `paragraph 13 of resolution 2009 (2011), paragraphs 9 and 10 of resolution 2095 (2013)`.
    const r2009 = cites.find((c) => c.text === 'resolution 2009 (2011)');
    expect(r2009?.pinpoint).toBe('para. 13');
    // `paragraphs 15 and 16 of 1970, as modified by …`: no head word, so no citation and no pinpoint.
    expect(cites.filter((c) => c.lead.endsWith('paragraphs 15 and 16 of '))).toEqual([]);
  });

  it('leaves every span as it was: the leading words are not linked', async () => {
    const body = await pdfText('S_2025_153.en.pdf');
    for (const c of findCitations(body, { lang: 'en', pageSymbol: 'S/2025/153' })) expect(c.text).not.toMatch(/^(?:paragraph|para\.)/i);
  });
});

function cite(text: string, lang: UnLang): Array<[string, string | null, string | undefined]> {
  return findCitations(text, { lang }).map((c) => [c.text, c.symbol, c.pinpoint]);
}

describe("each language's forms", () => {
  it('English: paragraph, annex, part, section, chapter, chains from the outermost place in', () => {
    expect(
      cite(
        'Recalling annex I to resolution 55/25, part I of the annex to resolution 79/1, section II of its resolution 78/213, ' +
          'paragraph 2 of part I of the annex to resolution 79/1, chapter IV of the report (A/79/22) and Paragraph 4 of the Council’s resolution 2331 (2016),',
        'en',
      ),
    ).toEqual([
      ['resolution 55/25', 'A/RES/55/25', 'annex I'],
      ['resolution 79/1', 'A/RES/79/1', 'annex, Part I'],
      ['resolution 78/213', 'A/RES/78/213', 'sect. II'],
      ['resolution 79/1', 'A/RES/79/1', 'annex, Part I, para. 2'],
      ['A/79/22', 'A/79/22', 'chap. IV'],
      ['resolution 2331 (2016)', 'S/RES/2331(2016)', 'para. 4'],
    ]);
  });

  it('French', () => {
    expect(
      cite(
        "Rappelant le paragraphe 15 de la résolution 1701 (2006), l'annexe I de la résolution 55/25, le paragraphe 15 de sa résolution 2695 (2023), " +
          "les paragraphes 9 et 10 de la résolution 1970 (2011) et le paragraphe 4 de l'annexe de la résolution 79/1, ainsi que le chapitre IV du rapport (A/79/22),",
        'fr',
      ),
    ).toEqual([
      ['résolution 1701 (2006)', 'S/RES/1701(2006)', 'para. 15'],
      ['résolution 55/25', 'A/RES/55/25', 'annex I'],
      ['résolution 2695 (2023)', 'S/RES/2695(2023)', 'para. 15'],
      ['résolution 1970 (2011)', 'S/RES/1970(2011)', 'paras. 9 and 10'],
      ['résolution 79/1', 'A/RES/79/1', 'annex, para. 4'],
      ['A/79/22', 'A/79/22', 'chap. IV'],
    ]);
  });

  it('Spanish', () => {
    expect(
      cite(
        'Recordando el párrafo 15 de la resolución 1701 (2006), el anexo I de la resolución 55/25, el párrafo 15 de su resolución 2695 (2023), ' +
          'los párrafos 9 a), b) y c) de la resolución 1970 (2011) y el capítulo IV del informe (A/79/22),',
        'es',
      ),
    ).toEqual([
      ['resolución 1701 (2006)', 'S/RES/1701(2006)', 'para. 15'],
      ['resolución 55/25', 'A/RES/55/25', 'annex I'],
      ['resolución 2695 (2023)', 'S/RES/2695(2023)', 'para. 15'],
      ['resolución 1970 (2011)', 'S/RES/1970(2011)', 'para. 9 (a), (b) and (c)'],
      ['A/79/22', 'A/79/22', 'chap. IV'],
    ]);
  });

  it('Russian, in every case the label takes', () => {
    expect(
      cite(
        'ссылаясь на пункт 15 резолюции 1701 (2006), в соответствии с пунктом 4 резолюции 76/181, приложение I к резолюции 55/25, раздел II резолюции 78/213, ' +
          'в пункте 15 своей резолюции 2695 (2023), пункты 9 и 10 резолюции 1970 (2011), пункт 3 части I приложения к резолюции 79/1 и главу IV доклада (A/79/22),',
        'ru',
      ),
    ).toEqual([
      ['резолюции 1701 (2006)', 'S/RES/1701(2006)', 'para. 15'],
      ['резолюции 76/181', 'A/RES/76/181', 'para. 4'],
      ['резолюции 55/25', 'A/RES/55/25', 'annex I'],
      ['резолюции 78/213', 'A/RES/78/213', 'sect. II'],
      ['резолюции 2695 (2023)', 'S/RES/2695(2023)', 'para. 15'],
      ['резолюции 1970 (2011)', 'S/RES/1970(2011)', 'paras. 9 and 10'],
      ['резолюции 79/1', 'A/RES/79/1', 'annex, Part I, para. 3'],
      ['A/79/22', 'A/79/22', 'chap. IV'],
    ]);
  });

  it('Arabic: من, the construct state, ل glued to the head word, ordinal words, abjad subparagraphs', () => {
    expect(
      cite(
        'إذ يشير إلى الفقرة 15 من القرار 1701 (2006)، والمرفق الأول للقرار 55/25، والفقرة 15 من قراره 2695 (2023)، والفقرتين 9 و 10 من القرار 1970 (2011)، ' +
          'ومرفق القرار 79/1، والفقرة 6 (ب) من القرار 65/208، والفصل الرابع من التقرير (A/79/22)،',
        'ar',
      ),
    ).toEqual([
      ['القرار 1701 (2006)', 'S/RES/1701(2006)', 'para. 15'],
      ['للقرار 55/25', 'A/RES/55/25', 'annex I'],
      ['قراره 2695 (2023)', 'S/RES/2695(2023)', 'para. 15'],
      ['القرار 1970 (2011)', 'S/RES/1970(2011)', 'paras. 9 and 10'],
      ['القرار 79/1', 'A/RES/79/1', 'annex'],
      ['القرار 65/208', 'A/RES/65/208', 'para. 6 (b)'],
      ['A/79/22', 'A/79/22', 'chap. IV'],
    ]);
  });

  it('Chinese writes it after the head word, with lists and subparagraphs', () => {
    expect(
      cite(
        '回顾第1701(2006)号决议第15段、第55/25号决议附件一第三部分第2段、第1970(2011)号决议第9(a)、(b)和(c)段以及第2095(2013)号决议第9和10段，',
        'zh',
      ),
    ).toEqual([
      ['第1701(2006)号决议', 'S/RES/1701(2006)', 'para. 15'],
      ['第55/25号决议', 'A/RES/55/25', 'annex I, Part III, para. 2'],
      ['第1970(2011)号决议', 'S/RES/1970(2011)', 'para. 9 (a), (b) and (c)'],
      ['第2095(2013)号决议', 'S/RES/2095(2013)', 'paras. 9 and 10'],
    ]);
  });
});

describe('Chinese pinpoints after the head word or the symbol', () => {
  it.each([
    ['第1970(2011)号决议第9段和第10段', 'paras. 9 and 10'],
    ['第1970（2011）号决议第９（ａ）段', 'para. 9 (a)'],
    ['第79/1号决议附件一第二部分', 'annex I, Part II'],
    ['报告(A/79/22)第四章', 'chap. IV'],
  ])('%s → %s', (text, pinpoint) => {
    expect(findCitations(text, { lang: 'zh' }).map((c) => c.pinpoint)).toEqual([pinpoint]);
  });

  it('does not read the next citation as a paragraph', () => {
    expect(cite('第1970(2011)号决议第9段、第2095(2013)号决议第9和10段', 'zh').map((c) => c[2])).toEqual(['para. 9', 'paras. 9 and 10']);
  });
});

describe('a very long list of paragraphs', () => {
  it('is cited by its first paragraph, so that the reader address stays short', () => {
    const numbers = Array.from({ length: 40 }, (_, i) => String(i + 1));
    const text = `paragraphs ${numbers.slice(0, -1).join(', ')} and 40 of resolution 1970 (2011)`;
    expect(cite(text, 'en')).toEqual([['resolution 1970 (2011)', 'S/RES/1970(2011)', 'para. 1']]);
    expect(cite('paragraphs 1, 2, 3, 4, 5 and 6 of resolution 1970 (2011)', 'en')[0]![2]).toBe('paras. 1, 2, 3, 4, 5 and 6');
  });
});

describe('words before a citation that are not its pinpoint', () => {
  it.each([
    ['en', 'Decides that paragraph 15 of the present resolution shall apply, and recalls resolution 76/181,'],
    ['en', 'as set out in paragraph 5 above, and resolution 76/181,'],
    ['en', 'See paragraph 5 above; resolution 76/181 applies.'],
    ['en', 'an integral part of resolution 76/181,'],
    ['en', 'paragraph 15 of the present report and resolution 76/181'],
    ['fr', 'au paragraphe 5 ci-dessus et dans la résolution 76/181,'],
    ['es', 'en el párrafo 5 supra y la resolución 76/181,'],
    ['ru', 'в пункте 5 выше и в резолюции 76/181,'],
    ['ar', 'في الفقرة 5 أعلاه والقرار 76/181،'],
  ] as const)('%s: %s', (lang, text) => {
    const found = findCitations(text, { lang });
    expect(found.map((c) => c.symbol)).toEqual(['A/RES/76/181']);
    expect(found[0]!.pinpoint).toBeUndefined();
  });

  it('a pinpoint of the present report before a symbol in parentheses', () => {
    expect(findCitations('as noted in paragraph 15 of the present report (A/79/22),', { lang: 'en' })[0]!.pinpoint).toBeUndefined();
  });

  it('keeps a pinpoint after a citation when the next words are not tied to what follows', () => {
    expect(cite('Резолюция 55/25 Генеральной Ассамблеи, приложение III.', 'ru')).toEqual([['Резолюция 55/25', 'A/RES/55/25', 'annex III']]);
    expect(cite('resolution 55/25, annex I, and resolution 79/1', 'en')).toEqual([
      ['resolution 55/25', 'A/RES/55/25', 'annex I'],
      ['resolution 79/1', 'A/RES/79/1', undefined],
    ]);
  });
});

describe('a part named in brackets and again after them', () => {
  it('is one part, as A/RES/78/228 cites the Official Records (not "Part II, Part II")', () => {
    const text =
      'Official Records of the General Assembly, Seventy-third Session, Supplement No. 12 (A/73/12 (Part I) and A/73/12 (Part II)), part II.';
    expect(cite(text, 'en')).toEqual([
      ['A/73/12 (Part I)', 'A/73/12', 'Part I'],
      ['A/73/12 (Part II)', 'A/73/12', 'Part II'],
    ]);
  });
});
