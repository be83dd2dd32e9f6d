import { describe, expect, it } from 'vitest';
import { findCitations, withoutOwnMentions } from '../../../lib/citations';

describe('what a document cites leaves out the document itself', () => {
  it('drops the running head and the title-line number the engine links to the page, and keeps the rest', () => {
    const text = 'A/RES/76/186\n\n76/186. Улучшение координации\n\nссылаясь на свою резолюцию 64/293 и на A/RES/76/186';
    const found = findCitations(text, { lang: 'ru', pageSymbol: 'A/RES/76/186' });
    expect(found.filter((c) => c.symbol === 'A/RES/76/186').length).toBeGreaterThanOrEqual(2);
    expect(withoutOwnMentions(found, ['A/RES/76/186']).map((c) => [c.text, c.symbol])).toEqual([['резолюцию 64/293', 'A/RES/64/293']]);
  });

  it('knows a joint document by either half, and a symbol however it is spaced', () => {
    const cited = [
      { symbol: 'A/ES-10/1027' },
      { symbol: 'S/2025/173' },
      { symbol: 'S/RES/2735 (2024)' },
      { symbol: null },
      { symbol: 'A/ES-10/1026' },
    ];
    expect(withoutOwnMentions(cited, ['A/ES-10/1027', 'S/2025/173'])).toEqual([
      { symbol: 'S/RES/2735 (2024)' },
      { symbol: null },
      { symbol: 'A/ES-10/1026' },
    ]);
    expect(withoutOwnMentions(cited, ['S/RES/2735(2024)'])).toHaveLength(4);
    expect(withoutOwnMentions(cited, [])).toEqual(cited);
  });
});
