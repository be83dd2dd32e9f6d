import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { UnLang } from '../../../lib/citations/types';
import { alignParagraphs, paragraphsOf, wordsOf, type Paragraph } from '../../../lib/compare';

const text = (name: string) => readFileSync(new URL(`../../fixtures/multilingual/${name}.txt`, import.meta.url), 'utf8');

/** The paragraph with one of its words replaced, as an amendment would. */
function amended(paragraph: Paragraph, replacement: string): Paragraph {
  const words = paragraph.words.map((word, index) => (index === 2 ? wordsOf(replacement)[0]! : word));
  return { ...paragraph, text: words.map((word) => word.text).join(' '), words };
}

const CASES: Array<[UnLang, string, string, string]> = [
  ['ru', 'ru-s-res-1518', 'сотрудничество', 'подчеркивая важность гендерного равенства во всей деятельности,'],
  ['zh', 'zh-s-res-2446', '合', '强调性别平等在一切活动中的重要性,'],
  ['ar', 'ar-a-res-52-113', 'التعاون', 'وإذ تشدد على أهمية المساواة بين الجنسين في جميع الأنشطة،'],
  ['fr', 'fr-a-res-71-162', 'coopération', 'Soulignant l’importance de l’égalité des genres dans toutes les activités,'],
  ['es', 'es-a-res-55-15', 'cooperación', 'Destacando la importancia de la igualdad de género en todas las actividades,'],
  ['en', 'en-a-res-72-245', 'cooperation', 'Stressing the importance of gender equality in all activities,'],
];

describe('pairing paragraphs in the six languages', () => {
  it.each(CASES)('%s: an amended paragraph, a dropped one, an unrelated new one, the rest unchanged', (lang, file, word, inserted) => {
    const older = paragraphsOf(text(file), lang);
    expect(older.length).toBeGreaterThanOrEqual(3);
    const added: Paragraph = { id: 'pp-2', kind: 'preambular', label: '', depth: 0, text: inserted, words: wordsOf(inserted) };
    const newer = [amended(older[0]!, word), added, ...older.slice(2)];
    const pairs = alignParagraphs(older, newer);
    expect(pairs.map((p) => [p.old?.id ?? null, p.status])).toEqual([
      [older[0]!.id, 'changed'],
      [older[1]!.id, 'dropped'],
      [null, 'new'],
      ...older.slice(2).map((p) => [p.id, 'unchanged']),
    ]);
    const change = pairs[0]!.diff!.filter((s) => s.kind !== 'same');
    expect(change.map((s) => s.kind)).toEqual(['del', 'ins']);
    expect(change[1]!.text).toBe(word);
  });

  it('finds the same pairs whatever the language of the text (Russian and Chinese paragraphs renumbered)', () => {
    for (const [lang, file] of [
      ['ru', 'ru-s-res-1518'],
      ['zh', 'zh-s-res-2446'],
    ] as const) {
      const older = paragraphsOf(text(file), lang);
      // The first paragraph moved to the end: the others keep their pairs, it is shown as moved.
      const newer = [...older.slice(1), older[0]!].map((p, index) => ({ ...p, id: `pp-${index + 1}` }));
      const pairs = alignParagraphs(older, newer);
      expect(pairs.map((p) => `${p.old?.id}→${p.new?.id}${p.moved ? ' moved' : ''}`)).toEqual([
        ...older.slice(1).map((p, index) => `${p.id}→pp-${index + 1}`),
        `${older[0]!.id}→pp-${older.length} moved`,
      ]);
      expect(pairs.every((p) => p.status === 'unchanged')).toBe(true);
    }
  });
});
