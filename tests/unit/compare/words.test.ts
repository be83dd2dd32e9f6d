import { describe, expect, it } from 'vitest';
import { diffWords, joinLines, keyOf, wordsOf } from '../../../lib/compare';

const keys = (text: string) => wordsOf(text).map((word) => word.key);
const shown = (oldText: string, newText: string) =>
  diffWords(wordsOf(oldText), wordsOf(newText))
    .map((s) => (s.kind === 'same' ? s.text : s.kind === 'ins' ? `{+${s.text}+}` : `[-${s.text}-]`))
    .join(' ');

describe('words as a comparison reads them', () => {
  it('joins lines, and a word hyphenated at a line end, but not a hyphen standing for a repeated word', () => {
    expect(joinLines('human rights-\nbased approach')).toBe('human rights-based approach');
    expect(joinLines('a gender- and\nage-sensitive approach')).toBe('a gender- and age-sensitive approach');
    expect(joinLines('to protect\n  victims')).toBe('to protect victims');
  });

  it('compares words without their punctuation, case or kind of dash', () => {
    expect(keyOf('“Trafficking')).toBe('trafficking');
    expect(keyOf('non‑governmental')).toBe(keyOf('non-governmental'));
    expect(keyOf('COVID‑19')).toBe('covid19');
    expect(keyOf('persons,')).toBe('persons');
    expect(keyOf('target 7.1'.split(' ')[1]!)).toBe('71');
  });

  it('leaves footnote marks out, glued or apart, but not numbers that are numbers', () => {
    expect(keys('in all its forms,3 and on ending')).toEqual(['in', 'all', 'its', 'forms', 'and', 'on', 'ending']);
    expect(keys('2030 Agenda for Sustainable Development, 1 and recalling')).toEqual([
      '2030',
      'agenda',
      'for',
      'sustainable',
      'development',
      '',
      'and',
      'recalling',
    ]);
    expect(keys('on 19 September 2016,18 in which')).toEqual(['on', '19', 'september', '2016', 'in', 'which']);
    expect(keys('paragraphs 3, 4 and 5 of')).toEqual(['paragraphs', '3', '4', 'and', '5', 'of']);
    expect(keys('resolution 64/293 of 30 July')).toEqual(['resolution', '64293', 'of', '30', 'july']);
  });

  it('cuts Chinese text into characters and drops Arabic short vowels and tatweel', () => {
    expect(keys('回顾其以往决议,')).toEqual(['回', '顾', '其', '以', '往', '决', '议']);
    expect(keyOf('الأمـم')).toBe(keyOf('الأمم'));
    expect(keyOf('المُتحدة')).toBe(keyOf('المتحدة'));
  });
});

describe('word differences', () => {
  it('shows inserted and deleted words in the newer text order', () => {
    expect(shown('Takes note of the Plan of Action, endorsed', 'Recalls the Plan of Action, endorsed')).toBe(
      '[-Takes note of-] {+Recalls+} the Plan of Action, endorsed',
    );
  });

  it('sees no change where only line breaks, hyphenation and PDF spacing differ', () => {
    expect(shown('child prostitutio n\nand the COVID -19 pandemic', 'child prostitution and the COVID‑19\npandemic')).toBe(
      'child prostitution and the COVID‑19 pandemic',
    );
    expect(shown('eighty - second session of the Secretary - General.', 'eighty-second session of the Secretary-General.')).toBe(
      'eighty-second session of the Secretary-General.',
    );
    expect(shown('rights-\nbased, gender- and age-sensitive', 'rights-based, gender- and age-\nsensitive')).toBe(
      'rights-based, gender- and age-sensitive',
    );
  });

  it('keeps a real change next to a glued word', () => {
    expect(shown('the COVID -19 pandemic has', 'the COVID-19 crisis has')).toBe('the COVID-19 [-pandemic-] {+crisis+} has');
  });

  it('shows the newer footnote mark and no change when only the mark moved', () => {
    expect(shown('held on 19 September 2016,18 in which', 'held on 19 September 2016,19 in which')).toBe(
      'held on 19 September 2016,19 in which',
    );
  });
});
