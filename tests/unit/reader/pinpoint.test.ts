import { describe, expect, it } from 'vitest';
import { chineseNumeral, findPinpoint, partPattern, pinpointParts } from '../../../lib/reader/pinpoint';

const pages = (...texts: string[]) => texts;

describe('findPinpoint', () => {
  it.each([
    ['ru', 'ПРИЛОЖЕНИЕ III'],
    ['ru', 'Приложение III'],
    ['en', 'ANNEX III'],
    ['en', 'Annex III'],
    ['fr', 'Annexe III'],
    ['es', 'Anexo III'],
    ['ar', 'المرفق الثالث'],
    ['zh', '附件三'],
  ] as const)('finds annex III as %s writes it: %s', (lang, heading) => {
    const doc = pages('1. Decides that…\nannex III mentioned in running text', `Other text\n${heading}\nTitle of the annex`);
    expect(findPinpoint(doc, 'annex III', lang)).toEqual({ page: 2, offset: 'Other text\n'.length, complete: true });
  });

  it('does not take annex II or annex IV for annex III, nor a mention in running text', () => {
    expect(
      findPinpoint(
        pages('Annex II\nx', 'Annex IV\ny', 'see annex III below\nannex III to the present resolution\nannex III'),
        'annex III',
        'en',
      ),
    ).toBeNull();
  });

  it('takes a heading with a footnote mark or a colon', () => {
    expect(findPinpoint(pages('x\nAnnex III*'), 'annex III', 'en')?.offset).toBe(2);
    expect(findPinpoint(pages('Приложение:'), 'annex', 'ru')?.offset).toBe(0);
  });

  it('finds a numbered paragraph at a line start, not a footnote or a number in a sentence', () => {
    const doc = pages('28. Requests…\n29 See A/75/1.\nthe 29. session', 'Text\n29. Decides to remain seized');
    expect(findPinpoint(doc, 'para. 29', 'en')).toEqual({ page: 2, offset: 5, complete: true });
    expect(findPinpoint(pages('29 - يقرر'), 'para. 29', 'ar')).toEqual({ page: 1, offset: 0, complete: true });
  });

  it('looks for each part after the one before (annex, then its paragraph)', () => {
    const doc = pages('3. Operative paragraph three', 'Annex\nTitle\n1. First\n3. Third of the annex');
    expect(findPinpoint(doc, 'annex, para. 3', 'en')).toEqual({ page: 2, offset: 'Annex\nTitle\n1. First\n'.length, complete: true });
  });

  it('goes to the deepest part found when a later one is missing or not understood', () => {
    const doc = pages('Annex I\nno numbered paragraphs here');
    expect(findPinpoint(doc, 'annex I, para. 40', 'en')).toEqual({ page: 1, offset: 0, complete: false });
    expect(findPinpoint(doc, 'annex I, sect. I.A', 'en')).toEqual({ page: 1, offset: 0, complete: false });
  });

  it('finds chapters, parts and lettered sections', () => {
    expect(findPinpoint(pages('Intro\nCHAPTER V\nA. Scope'), 'chap. V, sect. A', 'en')).toEqual({ page: 1, offset: 16, complete: true });
    expect(findPinpoint(pages('ЧАСТЬ I'), 'Part I', 'ru')?.page).toBe(1);
    expect(findPinpoint(pages('第五章 总结'), 'chap. V', 'zh')?.page).toBe(1);
    expect(findPinpoint(pages('الفصل الخامس'), 'chap. V', 'ar')?.page).toBe(1);
  });

  it('opens a list of paragraphs or subparagraphs at its first paragraph, inside the part before it', () => {
    const doc = pages('8. Eighth\n9. Ninth of the resolution', 'Annex I\n8. Eighth of the annex\n9. Ninth of the annex\n(a) first');
    const ninth = { page: 2, offset: 'Annex I\n8. Eighth of the annex\n'.length, complete: true };
    expect(findPinpoint(doc, 'annex I, paras. 9 and 10', 'en')).toEqual(ninth);
    expect(findPinpoint(doc, 'annex I, para. 9 (a), (b) and (c)', 'en')).toEqual(ninth);
    expect(findPinpoint(doc, 'paras. 9, 10 and 11', 'en')).toEqual({ page: 1, offset: '8. Eighth\n'.length, complete: true });
    expect(findPinpoint(pages('Part I\nx', 'Part II\ny'), 'Parts I and II', 'en')).toEqual({ page: 1, offset: 0, complete: true });
  });

  it('splits a pinpoint at its labels, not at the commas of a list', () => {
    expect(pinpointParts('annex, Part I, para. 9 (a), (b) and (c)')).toEqual(['annex', 'Part I', 'para. 9 (a), (b) and (c)']);
    expect(pinpointParts('A, annex')).toEqual(['A', 'annex']);
    expect(pinpointParts('paras. 15, 16, 17, 19, 20 and 21')).toEqual(['paras. 15, 16, 17, 19, 20 and 21']);
  });

  it('answers null for a pinpoint not in the document', () => {
    expect(findPinpoint(pages('Just text'), 'annex III', 'en')).toBeNull();
    expect(findPinpoint([], 'para. 1', 'en')).toBeNull();
  });

  it('does not understand part letters or odd labels (nothing to look for)', () => {
    expect(partPattern('A', 'en')).toBeNull();
    expect(partPattern('para. x', 'en')).toBeNull();
    expect(partPattern('annex QQ', 'en')).toBeNull();
  });

  it('writes Chinese numerals', () => {
    expect([1, 3, 10, 12, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '三', '十', '十二', '二十', '二十一', '九十九']);
  });
});
