/**
 * Every citation in the real documents (the three seeds, and real UN text in all six
 * languages), hand-annotated independently of the engine: the engine must find exactly those,
 * resolved exactly so.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCitations, type ScanContext } from '../../../lib/citations';
import { FIXTURES, contextFromName, loadAnnotated, shape, strip } from './annotated';

const SEEDS = ['a-res-76-186.ru.txt', 'e-res-2022-14.ru.txt', 'a-res-80-173.ru.md'];
const MULTILINGUAL = JSON.parse(readFileSync(`${FIXTURES}multilingual/context.json`, 'utf8')) as Record<string, ScanContext>;

const cases: Array<{ file: string; expected: string; context: ScanContext }> = [
  ...SEEDS.map((file) => ({ file, expected: `expected/${file.replace(/\.(txt|md)$/, '')}.json`, context: contextFromName(file) })),
  ...Object.entries(MULTILINGUAL).map(([name, context]) => ({
    file: `multilingual/${name}.txt`,
    expected: `expected/multilingual/${name}.json`,
    context,
  })),
];

describe('annotated real documents', () => {
  it('covers the three seeds and every language', () => {
    expect(cases.length).toBeGreaterThanOrEqual(21);
    expect(new Set(Object.values(MULTILINGUAL).map((c) => c.lang))).toEqual(new Set(['ar', 'zh', 'en', 'fr', 'es', 'ru']));
  });

  for (const { file, expected, context } of cases) {
    it(`${file}: every citation, resolved as annotated`, () => {
      const { text, expected: want } = loadAnnotated(file, expected);
      const got = findCitations(text, context);
      for (const c of got) expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(got.map((c) => shape(text, c))).toEqual(want.map(strip));
    });
  }

  it("finds the seeds' own symbols without being told them (title line, header)", () => {
    for (const [file, own] of [
      ['a-res-76-186.ru.txt', 'A/RES/76/186'],
      ['e-res-2022-14.ru.txt', 'E/RES/2022/14'],
      ['a-res-80-173.ru.md', 'A/RES/80/173'],
    ] as const) {
      const { text, expected } = loadAnnotated(file, `expected/${file.replace(/\.(txt|md)$/, '')}.json`);
      const withoutContext = findCitations(text);
      expect(
        withoutContext.map((c) => shape(text, c)),
        file,
      ).toEqual(expected.map(strip));
      expect(
        withoutContext.some((c) => c.symbol === own && c.kind === 'resolution'),
        file,
      ).toBe(true);
    }
  });
});

/**
 * A held-out set: real UN text in all six languages, annotated blind and first run after the
 * engine was written. The engine must never make a link the annotator did not make (no wrong
 * link on unseen text); where it misses or leaves a citation unlinked, the gap is recorded with
 * its reason in known-gaps.json, so that both a fix and a new gap show up here.
 */
describe('held-out real documents', () => {
  const HELD = JSON.parse(readFileSync(`${FIXTURES}heldout/context.json`, 'utf8')) as Record<string, ScanContext>;
  const GAPS = JSON.parse(readFileSync(`${FIXTURES}expected/heldout/known-gaps.json`, 'utf8')) as Record<
    string,
    { why: string; missing: unknown[]; extra: unknown[] }
  >;

  it('covers every language', () => {
    expect(new Set(Object.values(HELD).map((c) => c.lang))).toEqual(new Set(['ar', 'zh', 'en', 'fr', 'es', 'ru']));
  });

  for (const [name, context] of Object.entries(HELD)) {
    it(`${name}: no wrong link, and only the recorded gaps`, () => {
      const { text, expected } = loadAnnotated(`heldout/${name}.txt`, `expected/heldout/${name}.json`);
      const got = findCitations(text, context);
      for (const c of got) expect(text.slice(c.start, c.end)).toBe(c.text);
      // Every link is one the annotator made, to the same symbol, at the same place.
      const linked = new Set(expected.filter((e) => e.symbol !== null).map((e) => `${e.line} ${e.symbol}`));
      for (const c of got.filter((g) => g.symbol !== null)) expect(linked, c.text).toContain(`${shape(text, c).line} ${c.symbol}`);
      const key = (x: unknown): string => JSON.stringify(x);
      const gotShapes = got.map((c) => shape(text, c));
      const want = expected.map(strip);
      const missing = want.filter((e) => !gotShapes.map(key).includes(key(e)));
      const extra = gotShapes.filter((g) => !want.map(key).includes(key(g)));
      expect({ missing, extra }).toEqual({ missing: GAPS[name]?.missing ?? [], extra: GAPS[name]?.extra ?? [] });
    });
  }
});
