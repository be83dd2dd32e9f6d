import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations';
import { citingContext } from '../../../lib/metadata/citing-context';

const at = (text: string, written: string) => {
  const start = text.indexOf(written);
  return citingContext(text, start, start + written.length);
};

describe('what the citing text says about a citation', () => {
  it('takes the date after the citation and the words around it, up to the clause boundary', () => {
    const text =
      'The General Assembly, Reaffirming its commitment. Recalling its resolution 64/293 of 30 July 2010 on the United Nations Global Plan of Action to Combat Trafficking in Persons; Noting …';
    const context = at(text, 'resolution 64/293');
    expect(context).toEqual({
      quote: 'Recalling its resolution 64/293 of 30 July 2010 on the United Nations Global Plan of Action to Combat Trafficking in Persons',
      citation: { start: 14, end: 31 },
      date: '2010-07-30',
    });
    expect(context?.quote.slice(context.citation.start, context.citation.end)).toBe('resolution 64/293');
  });

  it('reads a real Russian page: A/RES/76/186 on resolution 64/293, across PDF line breaks', () => {
    const text = readFileSync(new URL('../../fixtures/a-res-76-186.ru.txt', import.meta.url), 'utf8');
    const citation = findCitations(text, { lang: 'ru' }).find((c) => c.symbol === 'A/RES/64/293');
    expect(citation).toBeDefined();
    const context = citingContext(text, citation!.start, citation!.end);
    expect(context?.date).toBe('2010-07-30');
    expect(context?.quote).toContain(
      'резолюции 64/293 от 30 июля 2010 года Глобального плана действий Организации Объединенных Наций по борьбе с торговлей людьми',
    );
  });

  it('finds the date in the six languages, and before the citation in Chinese', () => {
    expect(at('rappelant sa résolution 64/293 du 30 juillet 2010, par laquelle', 'résolution 64/293')?.date).toBe('2010-07-30');
    expect(at('recordando su resolución 64/293, de 30 de julio de 2010, en la que', 'resolución 64/293')?.date).toBe('2010-07-30');
    expect(at('وإذ تشير إلى قرارها 64/293 المؤرخ 30 تموز/يوليه 2010 الذي', 'قرارها 64/293')?.date).toBe('2010-07-30');
    expect(at('回顾其2010年7月30日第64/293号决议', '第64/293号决议')?.date).toBe('2010-07-30');
  });

  it('gives no date when the date beside the citation belongs to something else, and cuts long words with "…"', () => {
    const text = `${'word '.repeat(40)}resolution 64/293 and the report of the Secretary-General dated 30 July 2010 ${'more '.repeat(60)}`;
    const context = at(text, 'resolution 64/293');
    expect(context?.date).toBeUndefined();
    expect(context?.quote.startsWith('…word')).toBe(true);
    expect(context?.quote.endsWith('more…')).toBe(true);
    expect(context!.quote.length).toBeLessThan(280);
  });

  it('refuses offsets outside the text', () => {
    expect(citingContext('abc', 2, 10)).toBeUndefined();
    expect(citingContext('abc', 2, 2)).toBeUndefined();
  });
});
