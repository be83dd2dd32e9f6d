/**
 * For any string the engine never throws and returns in-bounds, sorted, non-overlapping spans
 * whose text is the slice it names; on adversarial input its time stays linear.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCitations, UN_LANGS, type Citation } from '../../../lib/citations';

function checkInvariants(text: string, found: Citation[]): void {
  let lastEnd = 0;
  for (const c of found) {
    expect(c.start).toBeGreaterThanOrEqual(lastEnd);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(c.start, c.end)).toBe(c.text);
    if (c.symbol !== null) expect(c.symbol).toMatch(/^[A-Z][A-Za-z0-9.()/-]*$/);
    lastEnd = c.end;
  }
}

/** Pieces real UN text is made of, so random strings hit the engine's paths, not just noise. */
const pieces = fc.constantFrom(
  'resolution ',
  'résolution ',
  'resolución ',
  'резолюцию ',
  'резолюциях ',
  'القرار ',
  'قرارها ',
  '第',
  '号决议',
  '号、',
  '、',
  '76/181',
  '2331 (2016)',
  '217 A (III)',
  '(د-21)',
  'S-26/2',
  'ES-10/19',
  '2017/18',
  ' and ',
  ' и ',
  ', ',
  ' et ',
  ' y ',
  ' و',
  'A/RES/',
  'S/RES/',
  'A/',
  '/',
  '(',
  ')',
  '\\(',
  '«',
  '»',
  'Security Council ',
  'Генеральной Ассамблеи ',
  'of the Human Rights Council',
  ', annex III',
  ', гл. I, разд. C',
  'Corr.1',
  ', 47 and 50',
  '\n',
  '\u00ad',
  '\u00a0',
  '\u2011',
  '１',
  '／',
  'https://undocs.org/ru/',
  ' от 20 декабря 2006 года',
  ' of 20 December 2006',
  ' on trafficking',
  ', принятые Конференцией участников',
  'its ',
  'свою ',
  'sa ',
  '[',
  '](#)',
  '¹',
  '76/186. ',
  'The General Assembly,\n',
  'Экономический и Социальный Совет\n',
);
const unText = fc
  .array(fc.oneof(pieces, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 })
  .map((a) => a.join(''));
const context = fc.record(
  {
    lang: fc.constantFrom(...UN_LANGS),
    pageSymbol: fc.constantFrom('A/RES/76/186', 'E/RES/2022/14', 'S/RES/2331(2016)', 'A/HRC/RES/44/4', 'not a symbol', ''),
  },
  { requiredKeys: [] },
);

describe('engine invariants on any input', () => {
  it('never throws; spans are in bounds, sorted, non-overlapping and name their text', () => {
    fc.assert(
      fc.property(unText, context, (text, ctx) => {
        checkInvariants(text, findCitations(text, ctx));
      }),
      { numRuns: 3000 },
    );
  });

  it('holds for arbitrary Unicode too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkInvariants(text, findCitations(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds the same citation wherever it is embedded', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (before, after) => {
        const text = `${before} \n резолюцию 76/181 \n ${after}`;
        const found = findCitations(text, { pageSymbol: 'A/RES/80/1' });
        expect(found.some((c) => c.symbol === 'A/RES/76/181' && c.text === 'резолюцию 76/181')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects what is not a string without throwing', () => {
    expect(findCitations(undefined as unknown as string)).toEqual([]);
    expect(findCitations(42 as unknown as string)).toEqual([]);
    expect(findCitations('')).toEqual([]);
  });
});

describe('time stays linear on adversarial input', () => {
  // A generous bound: a super-linear pattern takes minutes on 1 MB, a linear one well under a
  // second; `npm run bench` prints the exact figures.
  const BOUND_MS = 3000;
  const inputs: Array<[string, string]> = [
    ['A/ ×500k', 'A/'.repeat(500_000)],
    ['1/1, ×200k', '1/1, '.repeat(200_000)],
    ['resolution 1/1 and ×55k', 'resolution 1/1 and '.repeat(55_000)],
    ['резолюции ×100k', 'резолюции '.repeat(100_000)],
    ['( ×1M', '('.repeat(1_000_000)],
    ['第1、 ×250k', '第1、'.repeat(250_000)],
    ['A/RES/1/ ×125k', 'A/RES/1/'.repeat(125_000)],
    ['resolutions 61/180 of 20 December 2006, ×25k', 'resolutions 61/180 of 20 December 2006, '.repeat(25_000)],
    ['digits and slashes', Array.from({ length: 1_000_000 }, (_, i) => '0123456789/ ('[(i * 7919) % 13]).join('')],
  ];
  for (const [name, text] of inputs) {
    it(`${name} (${(text.length / 1e6).toFixed(1)}M chars)`, () => {
      const t0 = performance.now();
      const found = findCitations(text, { lang: 'en' });
      const ms = performance.now() - t0;
      checkInvariants(text, found.slice(0, 1000));
      expect(ms).toBeLessThan(BOUND_MS);
    });
  }
});
