/**
 * Section headings as the Arabic and Chinese versions of UN resolutions print them (numbered
 * sections, lettered sub-sections, parts, unnumbered headings, annexes): none opens a clause or is
 * kept inside the paragraph before it, and annexes keep the number every language gives them.
 * The texts follow the layout of those versions, line for line (the words are abridged).
 */
import { describe, expect, it } from 'vitest';
import type { UnLang } from '../../../lib/citations/types';
import { clauseById, segmentClauses } from '../../../lib/clauses';
import type { Clause } from '../../../lib/clauses/types';

const clauseText = (text: string, clauses: readonly Clause[], id: string) => {
  const clause = clauseById(clauses, id);
  if (clause === undefined) throw new Error(`no clause ${id}`);
  return text.slice(clause.start, clause.end);
};

const cases: Array<{ lang: UnLang; lines: string[]; ends: Record<string, string>; headings: string[] }> = [
  {
    lang: 'ar',
    lines: [
      'إن الجمعية العامة،',
      'إذ تشير إلى قراراتها السابقة بشأن هذه المسألة،',
      'وإذ تؤكد من جديد التزامها بخطة التنمية المستدامة لعام 2030،',
      'مقدمة',
      '1 - تقرر أن تعقد اجتماعا رفيع المستوى؛',
      '2 - تطلب إلى الأمين العام أن يقدم تقريرا؛',
      'أولا - التنمية المستدامة',
      '3 - تهيب بالدول الأعضاء أن تعزز التعاون؛',
      'ألف - تمويل التنمية',
      '4 - تشجع الدول على تبادل الخبرات؛',
      'ثاني عشر - المتابعة والاستعراض',
      '5 - تقرر أن تبقي المسألة قيد نظرها.',
      'الجلسة العامة 65',
      '19 كانون الأول/ديسمبر 2025',
      'المرفق الثاني',
      'الجزء الأول',
      '1 - تلتزم الدول بما يلي؛',
      'ثانيا - التنفيذ',
      '2 - تستعرض الدول التقدم المحرز.',
    ],
    ends: {
      'pp-2': 'لعام 2030،',
      'op-2': 'يقدم تقريرا؛',
      'op-3': 'تعزز التعاون؛',
      'op-4': 'تبادل الخبرات؛',
      'annex-2-op-1': 'بما يلي؛',
      'annex-2-op-2': 'التقدم المحرز.',
    },
    headings: [
      'مقدمة',
      'أولا - التنمية المستدامة',
      'ألف - تمويل التنمية',
      'ثاني عشر - المتابعة والاستعراض',
      'الجزء الأول',
      'ثانيا - التنفيذ',
    ],
  },
  {
    lang: 'zh',
    lines: [
      '大会，',
      '回顾其以往关于这一问题的各项决议，',
      '重申其对《2030年可持续发展议程》的承诺，',
      '导言',
      '1. 决定召开一次高级别会议；',
      '2. 请秘书长提交一份报告；',
      '一. 可持续发展',
      '3. 吁请会员国加强合作；',
      'A. 发展筹资',
      '4. 鼓励各国交流经验；',
      '十二、后续行动和审查',
      '5. 决定继续处理此案。',
      '2025年12月19日',
      '第65次全体会议',
      '附件二',
      '第一部分',
      '1. 各国承诺如下；',
      '第二章 执行',
      '2. 各国审查取得的进展。',
    ],
    ends: {
      'pp-2': '的承诺，',
      'op-2': '一份报告；',
      'op-3': '加强合作；',
      'op-4': '交流经验；',
      'annex-2-op-1': '承诺如下；',
      'annex-2-op-2': '取得的进展。',
    },
    headings: ['导言', '一. 可持续发展', 'A. 发展筹资', '十二、后续行动和审查', '第一部分', '第二章 执行'],
  },
];

describe('section headings in Arabic and Chinese resolutions', () => {
  for (const { lang, lines, ends, headings } of cases) {
    const text = lines.join('\n');
    const clauses = segmentClauses(text, lang);

    it(`${lang}: the paragraphs are all there, numbered as in the other languages`, () => {
      expect(clauses.map((c) => c.id)).toEqual(['pp-1', 'pp-2', 'op-1', 'op-2', 'op-3', 'op-4', 'op-5', 'annex-2-op-1', 'annex-2-op-2']);
    });

    it(`${lang}: each paragraph ends where its text ends, before the heading after it`, () => {
      for (const [id, end] of Object.entries(ends))
        expect(clauseText(text, clauses, id).endsWith(end), `${id}: ${clauseText(text, clauses, id)}`).toBe(true);
    });

    it(`${lang}: no heading is inside a clause`, () => {
      for (const heading of headings) {
        const at = text.indexOf(heading);
        expect(
          clauses.filter((c) => c.start <= at && at < c.end).map((c) => c.id),
          heading,
        ).toEqual([]);
      }
    });
  }
});
