import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/metadata/document-dates';
import { foldForMatching } from '../../../lib/metadata/document-text';
import { learnedMetadata, openedSource, parseOpenedFacts, readBundledFacts } from '../../../lib/metadata/opened-documents';
import { resolveMetadata, type MetadataAnswer } from '../../../lib/metadata/resolve-metadata';
import { BUNDLED_SAMPLE_FILES } from '../../../lib/reader/bundled-samples';
import { extractPdfText } from '../../../lib/text/pdf-text';

const bundledJson = JSON.parse(readFileSync(new URL('../../../assets/catalog/bundled.json', import.meta.url), 'utf8')) as {
  documents: { symbol: string; file: string; title: string; date?: string }[];
};
const words = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('documents Resolute has seen', () => {
  it('checks what a page tells: a real symbol, a UN language, a clean title, a real date', () => {
    expect(
      parseOpenedFacts({
        type: 'metadata-learn',
        symbol: 'A/RES/76/186',
        lang: 'ru',
        title: ' Улучшение\u202e координации ',
        date: '2021-12-16',
      }),
    ).toEqual({
      symbol: 'A/RES/76/186',
      lang: 'ru',
      title: 'Улучшение координации',
      date: '2021-12-16',
    });
    expect(parseOpenedFacts({ type: 'metadata-learn', symbol: 'not a symbol', lang: 'ru' })).toBeNull();
    expect(parseOpenedFacts({ type: 'metadata-learn', symbol: 'A/RES/76/186', lang: 'de' })).toBeNull();
    expect(parseOpenedFacts({ type: 'metadata-learn', symbol: 'A/RES/76/186', lang: 'ru', date: '2021-02-30' })).toBeNull();
    expect(parseOpenedFacts({ type: 'other', symbol: 'A/RES/76/186', lang: 'ru' })).toBeNull();
  });

  it('adds each opened language version to what was known, preferring the English title as the main one', () => {
    const ru = learnedMetadata(undefined, { symbol: 'A/RES/76/186', lang: 'ru', title: 'Улучшение координации', date: '2021-12-16' }, 1);
    expect(ru).toMatchObject({ title: 'Улучшение координации', titleLang: 'ru', languages: ['ru'], date: '2021-12-16', source: 'opened' });
    const both = learnedMetadata(ru, { symbol: 'A/RES/76/186', lang: 'en', title: 'Improving the coordination' }, 2);
    expect(both).toMatchObject({
      title: 'Improving the coordination',
      titleLang: 'en',
      languages: ['en', 'ru'],
      date: '2021-12-16',
      titles: { ru: 'Улучшение координации', en: 'Improving the coordination' },
    });
  });

  it('knows every bundled sample from the start, with the title and date its PDF prints', async () => {
    expect(bundledJson.documents.map((d) => d.file).sort()).toEqual([...BUNDLED_SAMPLE_FILES].sort());
    for (const entry of bundledJson.documents) {
      const pdf = await extractPdfText(new Uint8Array(readFileSync(new URL(`../../../assets/samples/${entry.file}`, import.meta.url))));
      const text = words(pdf.text);
      expect(text, entry.file).toContain(words(entry.title));
      if (entry.date !== undefined)
        expect(
          findDates(foldForMatching(pdf.text)).map((d) => d.iso),
          entry.file,
        ).toContain(entry.date);
    }
    const known = readBundledFacts(bundledJson);
    expect([...known.keys()].sort()).toEqual([...new Set(bundledJson.documents.map((d) => d.symbol))].sort());
    // A/RES/80/173 is bundled in English and Russian: both titles known.
    const both = known.get('A/RES/80/173')?.titles;
    expect(both?.en).toMatch(/^Outcome document/);
    expect(both?.ru).toMatch(/^Итоговый документ/);
  }, 60_000);

  it('answers offline for a bundled sample, with the title in its language, before any other source', async () => {
    const answers: MetadataAnswer[] = [];
    const sources = {
      opened: openedSource(readBundledFacts(bundledJson)),
      library: { lookup: () => Promise.resolve({ kind: 'offline' as const }) },
    };
    for await (const answer of resolveMetadata('E/RES/2022/14', { lang: 'en' }, sources)) answers.push(answer);
    const last = answers.at(-1)!;
    expect(last.done).toBe(true);
    expect(last.metadata).toMatchObject({ titleLang: 'ru', date: '2022-07-21', fieldSources: { title: 'opened', date: 'opened' } });
    expect(last.metadata?.title).toMatch(/^Укрепление усилий/);
  });
});
