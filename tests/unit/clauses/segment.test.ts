import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { UnLang } from '../../../lib/citations/types';
import { clauseAt, clauseById, segmentClauses, type Clause } from '../../../lib/clauses';
import { pdfPageTexts } from '../anchoring/pdf-pages';

const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url);
const read = (name: string) => readFileSync(fixture(name), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

async function pdfText(name: string): Promise<string> {
  return (await pdfPageTexts(new Uint8Array(readFileSync(fixture(name))))).join('\n\n');
}

function ids(clauses: readonly Clause[], prefix: RegExp): string[] {
  return clauses.map((c) => c.id).filter((id) => prefix.test(id));
}

const range = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i + 1));

/** Every clause: its label is where it says, it lies inside its parent, sorted by start. */
function checkShape(text: string, clauses: readonly Clause[]) {
  clauses.forEach((clause, i) => {
    expect(text.slice(clause.labelStart, clause.labelEnd)).toBe(clause.label);
    expect(clause.start).toBe(clause.labelStart);
    expect(clause.end).toBeGreaterThan(clause.start);
    if (i > 0) expect(clause.start).toBeGreaterThanOrEqual(clauses[i - 1]!.start);
    if (clause.parent !== undefined) {
      const parent = clauseById(clauses, clause.parent)!;
      expect(clause.start).toBeGreaterThanOrEqual(parent.start);
      expect(clause.end).toBeLessThanOrEqual(parent.end);
    }
  });
}

describe('A/RES/76/186 (ru): the PDF page text and the text seed', async () => {
  const layouts = { pdf: await pdfText('a-res-76-186.ru.pdf'), txt: read('a-res-76-186.ru.txt') };
  for (const [layout, text] of Object.entries(layouts)) {
    const clauses = segmentClauses(text, 'ru');
    const opening = (id: string) => squash(text.slice(clauseById(clauses, id)!.start, clauseById(clauses, id)!.end)).slice(0, 30);

    it(`${layout}: 43 preambular paragraphs (counted by hand), pp-10 with a) … f), 28 operative`, () => {
      checkShape(text, clauses);
      expect(ids(clauses, /^pp-\d+$/)).toEqual(range(43, (i) => `pp-${i}`));
      expect(ids(clauses, /^pp-\d+-/)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((l) => `pp-10-${l}`));
      expect(ids(clauses, /^op-/)).toEqual(range(28, (i) => `op-${i}`));
      expect(clauses.filter((c) => c.kind === 'operative').map((c) => c.label)).toEqual(range(28, (i) => `${i}.`));
      expect(clauseById(clauses, 'pp-10-b')!.label).toBe('b)');
    });

    it(`${layout}: each clause starts where the paragraph does, and ends with it`, () => {
      expect(opening('pp-1')).toBe('вновь заявляя о своем решитель');
      expect(opening('pp-6')).toBe('ссылаясь на принятие Генеральн');
      expect(opening('pp-10')).toBe('вновь подтверждая, что Глобаль');
      expect(opening('pp-13')).toBe('ссылаясь далее на резолюции Эк');
      expect(opening('pp-20')).toBe('признавая также, что Межучрежд');
      expect(opening('pp-21')).toBe('с удовлетворением принимая к с');
      expect(opening('pp-43')).toBe('напоминая о высказанной Генера');
      expect(opening('pp-10-f')).toBe('f) укрепить сотрудничество и к');
      expect(opening('op-6')).toBe('6. просит Генерального секрета');
      expect(
        squash(text.slice(clauseById(clauses, 'pp-1')!.start, clauseById(clauses, 'pp-1')!.end)).endsWith(
          'человека и устойчивого развития,',
        ),
      ).toBe(true);
      // A page's footnotes after a paragraph's last line are no part of it.
      expect(text.slice(clauseById(clauses, 'pp-9')!.start, clauseById(clauses, 'pp-9')!.end)).not.toContain('Резолюция 70/1.');
      expect(
        squash(text.slice(clauseById(clauses, 'op-28')!.start, clauseById(clauses, 'op-28')!.end)).endsWith('в контексте COVID-19.'),
      ).toBe(true);
    });
  }
});

describe('E/RES/2022/14 (ru): the draft resolution inside the Council resolution', async () => {
  const layouts = { pdf: await pdfText('e-res-2022-14.ru.pdf'), txt: read('e-res-2022-14.ru.txt') };
  for (const [layout, text] of Object.entries(layouts)) {
    it(`${layout}: 31 preambular paragraphs (counted by hand) and 22 operative`, () => {
      const clauses = segmentClauses(text, 'ru');
      checkShape(text, clauses);
      expect(ids(clauses, /^pp-/)).toEqual(range(31, (i) => `pp-${i}`));
      expect(ids(clauses, /^op-/)).toEqual(range(22, (i) => `op-${i}`));
      const pp1 = clauseById(clauses, 'pp-1')!;
      expect(squash(text.slice(pp1.start, pp1.end))).toMatch(/^подчеркивая, что права ребенка/);
    });
  }
});

describe('A/RES/80/173 (ru): an outcome document numbered 1 … 127', async () => {
  const layouts = { pdf: await pdfText('a-res-80-173.ru.pdf'), md: read('a-res-80-173.ru.md') };
  for (const [layout, text] of Object.entries(layouts)) {
    it(`${layout}: op-1 … op-127`, () => {
      const clauses = segmentClauses(text, 'ru');
      checkShape(text, clauses);
      expect(ids(clauses, /^op-\d+$/)).toEqual(range(127, (i) => `op-${i}`));
      expect(squash(text.slice(clauseById(clauses, 'op-16')!.start)).slice(0, 10)).toBe('16. Однако');
    });
  }
});

describe('a resolution in each other language (tests/fixtures/multilingual)', () => {
  const cases: Array<{ file: string; lang: UnLang; pp: string[]; op: string[] }> = [
    {
      file: 'en-a-res-72-245.txt',
      lang: 'en',
      pp: ['Reaffirming the importance', 'Reaffirming also all', 'Recalling all other', 'Reaffirming the Universal'],
      op: [],
    },
    { file: 'fr-a-res-71-162.txt', lang: 'fr', pp: ['Rappelant le Sommet', 'Réaffirmant que la', 'Réaffirmant les dispositions'], op: [] },
    {
      file: 'es-a-res-55-15.txt',
      lang: 'es',
      pp: [
        'Recordando su resolución',
        'Habiendo examinado el',
        'Recordando que entre',
        'Recordando también que',
        'Recordando además sus',
        'Acogiendo con beneplácito',
        'Acogiendo con beneplácito',
      ],
      op: [],
    },
    { file: 'ar-a-res-52-31.txt', lang: 'ar', pp: ['إذ تلاحظ الأهمية', 'وإذ تعيد تأكيد', 'وإذ تشير إلى', 'وإذ تشير أيضا'], op: ['1 -'] },
    {
      file: 'zh-s-res-1860.txt',
      lang: 'zh',
      pp: [
        '回顾其各项相关决议',
        '强调加沙地带是1967',
        '强调必须保障所有平',
        '表示严重关切暴力的',
        '又表示严重关切加沙',
        '强调有必要确保货物',
        '确认近东救济工程处',
        '回顾只有通过和平手',
        '重申该区域所有国家',
      ],
      op: ['1.', '2.', '3.', '4.', '5.', '6.'],
    },
    {
      file: 'zh-s-res-2446.txt',
      lang: 'zh',
      pp: ['回顾其以往关于中非', '表示注意到秘书长20', '认定中非共和国局势', '根据《联合国宪章》'],
      op: ['1.', '2.'],
    },
  ];
  for (const { file, lang, pp, op } of cases) {
    it(`${file}: ${pp.length} preambular, ${op.length} operative`, () => {
      const text = read(`multilingual/${file}`);
      const clauses = segmentClauses(text, lang);
      checkShape(text, clauses);
      const preambular = clauses.filter((c) => c.kind === 'preambular');
      expect(preambular.map((c) => c.id)).toEqual(pp.map((_, i) => `pp-${i + 1}`));
      preambular.forEach((c, i) => expect(text.slice(c.start, c.start + pp[i]!.length)).toBe(pp[i]));
      expect(clauses.filter((c) => c.kind === 'operative').map((c) => c.label)).toEqual(op);
    });
  }
});

describe('sub-paragraph letters in the six scripts', () => {
  const body = (lines: string[]) => lines.join('\n');
  const cases: Array<{ lang: UnLang; text: string; labels: Record<string, string> }> = [
    {
      lang: 'en',
      text: body([
        'The General Assembly,',
        'Recalling its work,',
        '1. Decides:',
        '(a) to act;',
        '(b) to report;',
        '2. Requests:',
        '(a) one thing;',
      ]),
      labels: { 'op-1-a': '(a)', 'op-1-b': '(b)', 'op-2-a': '(a)' },
    },
    {
      lang: 'ru',
      text: body(['Генеральная Ассамблея,', 'ссылаясь на свои резолюции,', '1. постановляет:', 'а) первое;', 'б) второе;', 'в) третье;']),
      labels: { 'op-1-a': 'а)', 'op-1-b': 'б)', 'op-1-c': 'в)' },
    },
    {
      lang: 'ar',
      text: body([
        'إن الجمعية العامة،',
        'إذ تشير إلى قراراتها،',
        '1 - تقرر ما يلي:',
        '(أ) الأول؛',
        '(ب) الثاني؛',
        '(ج) الثالث؛',
        '(د) الرابع؛',
        '(هـ) الخامس؛',
      ]),
      labels: { 'op-1-a': '(أ)', 'op-1-b': '(ب)', 'op-1-c': '(ج)', 'op-1-d': '(د)', 'op-1-e': '(هـ)' },
    },
    {
      lang: 'zh',
      text: body(['大会，', '回顾其各项决议，', '１．决定：', '（a）第一；', '（b）第二；', '2. 请：', '(一) 第一；', '(二) 第二；']),
      labels: { 'op-1': '１．', 'op-1-a': '（a）', 'op-1-b': '（b）', 'op-2-a': '(一)', 'op-2-b': '(二)' },
    },
  ];
  for (const { lang, text, labels } of cases) {
    it(`${lang}: ${Object.values(labels).join(' ')}`, () => {
      const clauses = segmentClauses(text, lang);
      checkShape(text, clauses);
      for (const [id, label] of Object.entries(labels)) expect(clauseById(clauses, id)?.label, id).toBe(label);
    });
  }

  it('roman sub-sub-paragraphs, and (i) after (h) as a letter', () => {
    const letters = 'abcdefgh'.split('').map((l) => `(${l}) item ${l};`);
    const text = body([
      'The General Assembly,',
      'Recalling its work,',
      '1. Decides:',
      '(a) first:',
      '(i) one;',
      '(ii) two;',
      ...letters.slice(1),
      '(i) ninth letter;',
      '2. Ends.',
    ]);
    const clauses = segmentClauses(text, 'en');
    checkShape(text, clauses);
    expect(ids(clauses, /^op-1-/)).toEqual(['op-1-a', 'op-1-a-i', 'op-1-a-ii', ...'bcdefghi'.split('').map((l) => `op-1-${l}`)]);
    expect(clauseById(clauses, 'op-1-a-ii')!.parent).toBe('op-1-a');
    expect(text.slice(clauseById(clauses, 'op-1-i')!.start, clauseById(clauses, 'op-1-i')!.end)).toBe('(i) ninth letter;');
  });

  it('ends the body at an annex, and numbers the annex’s own paragraphs apart', () => {
    const text = body([
      'The General Assembly,',
      'Recalling its work,',
      '1. Decides to act;',
      '2. Decides to stay seized.',
      'Annex',
      '1. Annex paragraph;',
      '2. Another.',
    ]);
    const clauses = segmentClauses(text, 'en');
    expect(clauses.map((c) => c.id)).toEqual(['pp-1', 'op-1', 'op-2', 'annex-1-op-1', 'annex-1-op-2']);
    expect(text.slice(clauseById(clauses, 'annex-1-op-2')!.start, clauseById(clauses, 'annex-1-op-2')!.end)).toBe('2. Another.');
    expect(text.slice(clauseById(clauses, 'op-2')!.start, clauseById(clauses, 'op-2')!.end)).toBe('2. Decides to stay seized.');
  });
});

describe('clauseAt and clauseById', () => {
  const text = ['The General Assembly,', 'Recalling its work,', '1. Decides:', '(a) to act;', '(b) to report;'].join('\n');
  const clauses = segmentClauses(text, 'en');
  it('finds the innermost clause at an offset', () => {
    expect(clauseAt(clauses, text.indexOf('to report'))?.id).toBe('op-1-b');
    expect(clauseAt(clauses, text.indexOf('Decides'))?.id).toBe('op-1');
    expect(clauseAt(clauses, text.indexOf('its work'))?.id).toBe('pp-1');
    expect(clauseAt(clauses, 0)).toBeUndefined();
    expect(clauseById(clauses, 'op-9')).toBeUndefined();
  });
  it('returns nothing for empty text', () => {
    expect(segmentClauses('', 'en')).toEqual([]);
  });
});

describe('running heads of real UN PDFs are no paragraphs', () => {
  it('A/RES/78/228: the head "Improving the coordination … A/RES/78/228" opens no preambular paragraph; (f) after it stays (f)', async () => {
    const text = await pdfText('un-pdfs/A_RES_78_228.en.pdf');
    const clauses = segmentClauses(text, 'en');
    // Read by hand: the ninth preambular paragraph has (a) to (f), then 33 operative paragraphs.
    expect(ids(clauses, /^pp-9-/u)).toEqual(['pp-9-a', 'pp-9-b', 'pp-9-c', 'pp-9-d', 'pp-9-e', 'pp-9-f']);
    expect(ids(clauses, /^op-\d+$/u)).toEqual(range(33, (i) => `op-${i}`));
    expect(squash(text.slice(clauseById(clauses, 'pp-10')!.start, clauseById(clauses, 'pp-10')!.end))).toMatch(
      /^Recalling its resolutions 61\/180/u,
    );
    expect(squash(text.slice(clauseById(clauses, 'pp-9-f')!.start, clauseById(clauses, 'pp-9-f')!.end))).toMatch(
      /^\(f\) To foster cooperation.*lessons learned,$/u,
    );
    // A one-line paragraph whose comma is followed by a footnote number is a paragraph, not a heading.
    const report = clauses.find((c) => text.startsWith('Taking note of the report of the Secretary-General', c.start));
    expect(report && squash(text.slice(report.start, report.end))).toBe('Taking note of the report of the Secretary-General,28');
    checkShape(text, clauses);
  }, 60_000);

  it('A/RES/78/228: a footnote whose second line opens like a paragraph ("Trafficking in Persons, …") opens none', async () => {
    const text = await pdfText('un-pdfs/A_RES_78_228.en.pdf');
    const clauses = segmentClauses(text, 'en');
    const note = text.indexOf('Trafficking in Persons, Especially Women and Children, but in some Member States');
    expect(note).toBeGreaterThan(0);
    const noteEnd = text.indexOf('trauma that they have endured.', note);
    expect(clauses.filter((c) => c.start >= note && c.start < noteEnd).map((c) => c.id)).toEqual([]);
    // The paragraph before the footnotes goes on after them, on the next page, and the next one follows.
    const of = (id: string) => squash(text.slice(clauseById(clauses, id)!.start, clauseById(clauses, id)!.end));
    expect(of('pp-26')).toMatch(
      /^Emphasizing the central role of the work of the United Nations Office on Drugs .* in other international organizations,$/u,
    );
    expect(of('pp-27')).toMatch(/^Expressing concern about the increasing reports of trafficking in persons in sport/u);
    checkShape(text, clauses);
  }, 60_000);

  it('A/RES/80/228: no clause opens at a page head, in either order; 38 operative paragraphs', async () => {
    const text = await pdfText('un-pdfs/A_RES_80_228.en.pdf');
    const clauses = segmentClauses(text, 'en');
    for (const clause of clauses)
      expect(text.slice(clause.start, clause.end)).not.toMatch(/^(?:A\/RES\/80\/228 Improving|Improving the coordination)/u);
    expect(ids(clauses, /^op-\d+$/u)).toEqual(range(38, (i) => `op-${i}`));
    expect(squash(text.slice(clauseById(clauses, 'pp-20')!.start, clauseById(clauses, 'pp-20')!.end))).toMatch(
      /^Recalling that the Inter-Agency Coordination Group was established/u,
    );
  }, 60_000);
});
