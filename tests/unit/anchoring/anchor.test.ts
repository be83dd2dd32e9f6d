import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anchorSelectors,
  blockAt,
  CLAUSE_FRAGMENT,
  clauseSelectors,
  describeRange,
  documentTextOf,
  PDF_FRAGMENT,
  type DocumentText,
  type Selector,
  type TextQuoteSelector,
} from '../../../lib/anchoring';
import { clauseById, segmentClauses } from '../../../lib/clauses';
import { pdfPageTexts } from './pdf-pages';
import { layOut } from './relayout';

const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url);

function docOf(pages: readonly string[]): DocumentText {
  return documentTextOf(pages.map((text, i) => ({ key: `page-${i + 1}`, text })));
}

function rangeOf(doc: DocumentText, quote: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = doc.text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`not in the text: ${quote}`);
  return { start: at, end: at + quote.length };
}

const quoteOf = (selectors: Selector[]) => selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')!;
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('documentTextOf and blockAt', () => {
  it('joins blocks with the separator and finds the block of an offset', () => {
    const doc = documentTextOf([
      { key: 'p1', text: 'abc' },
      { key: 'p2', text: '' },
      { key: 'p3', text: 'de' },
    ]);
    expect(doc.text).toBe('abc\n\n\n\nde');
    expect(doc.blockStarts).toEqual([0, 5, 7]);
    expect(blockAt(doc, 0)).toEqual({ key: 'p1', index: 0, offset: 0 });
    expect(blockAt(doc, 4)).toEqual({ key: 'p1', index: 0, offset: 4 });
    expect(blockAt(doc, 7)).toEqual({ key: 'p3', index: 2, offset: 0 });
    expect(blockAt(doc, 99)).toEqual({ key: 'p3', index: 2, offset: 2 });
    expect(blockAt(documentTextOf([]), 3)).toEqual({ key: '', index: -1, offset: 0 });
  });
});

describe('describeRange and anchorSelectors on a seed PDF (A/RES/76/186, ru)', async () => {
  const pages = await pdfPageTexts(new Uint8Array(readFileSync(fixture('a-res-76-186.ru.pdf'))));
  const doc = docOf(pages);
  const clauses = segmentClauses(doc.text, 'ru');
  const quote = 'просит Генерального секретаря и Председателя';
  const range = rangeOf(doc, quote);

  it('describes a range with quote, context, position, PDF page and clause', () => {
    const selectors = describeRange(doc, range.start, range.end, clauses, { pageOf: (key) => Number(key.slice(5)) });
    const q = quoteOf(selectors);
    expect(q.exact).toBe(quote);
    expect(q.prefix).toBe(doc.text.slice(range.start - 32, range.start));
    expect(q.suffix).toBe(doc.text.slice(range.end, range.end + 32));
    expect(selectors).toContainEqual({ type: 'TextPositionSelector', start: range.start, end: range.end });
    const page = pages.findIndex((text) => text.includes(quote)) + 1;
    expect(selectors).toContainEqual({ type: 'FragmentSelector', conformsTo: PDF_FRAGMENT, value: `page=${page}` });
    expect(selectors).toContainEqual({ type: 'FragmentSelector', conformsTo: CLAUSE_FRAGMENT, value: 'op-6' });
  });

  it('re-anchors on the same text by position', () => {
    const selectors = describeRange(doc, range.start, range.end, clauses);
    expect(anchorSelectors(doc, selectors, clauses, { sameLanguage: true })).toEqual({ ...range, method: 'position' });
  });

  it('re-anchors by quote when a paragraph was inserted before it', () => {
    const selectors = describeRange(doc, range.start, range.end, clauses);
    const edited = docOf([
      `${pages[0]!.slice(0, 200)}\nвставленный новый абзац текста, которого не было,\n${pages[0]!.slice(200)}`,
      ...pages.slice(1),
    ]);
    const anchor = anchorSelectors(edited, selectors, segmentClauses(edited.text, 'ru'), { sameLanguage: true });
    expect(anchor?.method).toBe('quote');
    expect(edited.text.slice(anchor!.start, anchor!.end)).toBe(quote);
  });

  it('tells repeated quotes apart by their context', () => {
    // "торговлей людьми" occurs dozens of times; mark the 10th.
    const tenth = rangeOf(doc, 'торговлей людьми', 9);
    const selectors = describeRange(doc, tenth.start, tenth.end, clauses);
    const shifted = docOf(['Новая первая страница.', ...pages]);
    const anchor = anchorSelectors(shifted, selectors, [], { sameLanguage: true });
    expect(anchor?.method).toBe('quote');
    expect(anchor!.start).toBe(tenth.start + 'Новая первая страница.\n\n'.length);
  });

  it('finds the quote through other line breaks, hyphenation and soft hyphens', () => {
    const long = rangeOf(doc, 'выражает солидарность с лицами');
    const selectors = describeRange(doc, long.start, long.start + 200, clauses);
    const exact = quoteOf(selectors).exact;
    const rewrapped = exact
      .replace(/\n/g, ' ')
      .replace('солидарность', 'соли-\nдарность')
      .replace('лицами', 'ли\u00ADцами')
      .replace(/ (?=\S)/, '\n  ');
    const other = documentTextOf([{ key: 'x', text: `Вступление.\n${rewrapped}\nКонец.` }]);
    const anchor = anchorSelectors(other, selectors, [], { sameLanguage: true });
    expect(anchor?.method).toBe('quote');
    expect(other.text.slice(anchor!.start, anchor!.end)).toBe(rewrapped);
  });

  it('finds an edited quote by fuzzy matching', () => {
    const start = rangeOf(doc, 'выражает солидарность с лицами').start;
    const selectors = describeRange(doc, start, start + 300, clauses);
    const exact = quoteOf(selectors).exact;
    const edited = exact.replace('солидарность', 'полную поддержку').replace(/ и /, ' а также ');
    expect(edited).not.toBe(exact);
    const other = documentTextOf([{ key: 'x', text: `${pages[0]}\n\n${edited}\n\n${pages[5]}` }]);
    const anchor = anchorSelectors(other, selectors, [], { sameLanguage: true });
    expect(anchor?.method).toBe('fuzzy');
    const at = other.text.indexOf(edited);
    expect(Math.abs(anchor!.start - at)).toBeLessThanOrEqual(2);
    expect(Math.abs(anchor!.end - (at + edited.length))).toBeLessThanOrEqual(2);
  });

  it('falls back to the clause when the quote is gone, and to nothing when the clause is gone too', () => {
    const op6 = clauseById(clauses, 'op-6')!;
    const selectors = describeRange(doc, range.start, range.end, clauses);
    const withoutQuote =
      doc.text.slice(0, op6.labelEnd) + ' совершенно новый текст этого пункта, переписанный целиком;' + doc.text.slice(op6.end);
    const other = documentTextOf([{ key: 'x', text: withoutQuote }]);
    const otherClauses = segmentClauses(other.text, 'ru');
    const anchor = anchorSelectors(other, selectors, otherClauses, { sameLanguage: true });
    expect(anchor?.method).toBe('clause');
    expect(other.text.slice(anchor!.start, anchor!.end)).toBe(`6. совершенно новый текст этого пункта, переписанный целиком;`);
    expect(
      anchorSelectors(
        other,
        selectors,
        otherClauses.filter((c) => c.id !== 'op-6'),
        { sameLanguage: true },
      ),
    ).toBeNull();
  });

  it('places a whole-clause mark with clauseSelectors', () => {
    const op12 = clauseById(clauses, 'op-12')!;
    const selectors = clauseSelectors(doc, op12);
    expect(selectors[0]).toEqual({ type: 'FragmentSelector', conformsTo: CLAUSE_FRAGMENT, value: 'op-12' });
    expect(quoteOf(selectors).exact).toBe(doc.text.slice(op12.start, op12.end));
    expect(anchorSelectors(doc, selectors, clauses, { sameLanguage: true })).toEqual({
      start: op12.start,
      end: op12.end,
      method: 'position',
    });
  });

  it('places a mark made on another language version by its clause only', () => {
    // A mark on op-3 of the Russian text, shown on a parallel text with other words.
    const selectors = describeRange(doc, clauseById(clauses, 'op-3')!.start + 3, clauseById(clauses, 'op-3')!.start + 40, clauses);
    const english = documentTextOf([
      {
        key: 'x',
        text: 'The General Assembly,\nRecalling its resolutions,\n1. Urges States;\n2. Calls upon States;\n3. Invites Governments to act;\n4. Decides to remain seized of the matter.',
      },
    ]);
    const englishClauses = segmentClauses(english.text, 'en');
    const anchor = anchorSelectors(english, selectors, englishClauses, { sameLanguage: false });
    expect(anchor).toEqual({ start: english.text.indexOf('3.'), end: english.text.indexOf('4.') - 1, method: 'clause' });
    // Even where the Russian quote occurs in the other text, another language never places it by quote.
    const mixed = documentTextOf([{ key: 'x', text: `${english.text}\n${quoteOf(selectors).exact}` }]);
    expect(anchorSelectors(mixed, selectors, segmentClauses(mixed.text, 'en'), { sameLanguage: false })?.method).toBe('clause');
  });

  it('returns null for a mark that cannot be placed', () => {
    const selectors = describeRange(doc, range.start, range.end, clauses);
    const unrelated = documentTextOf([{ key: 'x', text: 'Совсем другой документ о погоде на завтра.' }]);
    expect(anchorSelectors(unrelated, selectors, [], { sameLanguage: true })).toBeNull();
    expect(anchorSelectors(unrelated, [], [], { sameLanguage: true })).toBeNull();
  });

  it('re-anchors any range described on the text to itself by position (property)', () => {
    fc.assert(
      fc.property(fc.nat(doc.text.length - 1), fc.integer({ min: 1, max: 400 }), (start, length) => {
        const end = Math.min(doc.text.length, start + length);
        fc.pre(doc.text.slice(start, end).trim() !== '');
        const anchor = anchorSelectors(doc, describeRange(doc, start, end, clauses), clauses, { sameLanguage: true });
        expect(anchor).toEqual({ start, end, method: 'position' });
      }),
      { numRuns: 200 },
    );
  });
});

describe('re-anchoring on another PDF layout of the same text', async () => {
  // A real resolution's text (tests/fixtures/multilingual/en-a-res-72-245.txt), laid out twice.
  const source = readFileSync(fixture('multilingual/en-a-res-72-245.txt'), 'utf8');
  const paragraphs = source
    .slice(source.indexOf('The General Assembly,'))
    .split(/\n(?=[A-Z])/)
    .map(squash);
  const original = docOf(
    await pdfPageTexts(await layOut(paragraphs, { pageWidth: 595, pageHeight: 842, fontSize: 11, margin: 72, header: 'A/RES/72/245' })),
  );
  const other = docOf(
    await pdfPageTexts(
      await layOut(paragraphs, { pageWidth: 420, pageHeight: 300, fontSize: 9.5, margin: 40, header: 'A/RES/72/245 17-23328' }),
    ),
  );

  it('the layouts differ in lines and pages', () => {
    expect(other.blockKeys.length).not.toBe(original.blockKeys.length);
    expect(other.text).not.toBe(original.text);
    expect(squash(other.text)).not.toBe(squash(original.text));
  });

  it('puts every mark back on the same words', () => {
    const quotes = [
      'Reaffirming also all of its previous resolutions on the rights of the child',
      'resolution 71/177 of 19 December 2016',
      'standard in the promotion and protection of the rights of the child, reaffirming also that States parties to the Convention shall undertake all appropriate legislative, administrative and other measures',
      'on intensifying global efforts for the elimination of female genital mutilation',
    ];
    for (const quote of quotes) {
      const words = quote.split(' ');
      // Find the quote in the original layout whatever the line breaks.
      const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s+'));
      const found = pattern.exec(original.text)!;
      expect(found, quote).not.toBeNull();
      const selectors = describeRange(original, found.index, found.index + found[0].length, []);
      const anchor = anchorSelectors(other, selectors, [], { sameLanguage: true });
      expect(anchor, quote).not.toBeNull();
      expect(['quote', 'fuzzy']).toContain(anchor!.method);
      // The other layout's running header and page number may now stand inside the quote.
      const lines = other.text.slice(anchor!.start, anchor!.end).split('\n');
      const text = lines.filter((line) => !/^(?:A\/RES\/72\/245 17-23328|\d+)$/.test(line.trim())).join(' ');
      expect(squash(text), quote).toBe(quote);
    }
  });
});
