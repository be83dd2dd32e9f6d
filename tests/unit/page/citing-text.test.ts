// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { citingTextInPage } from '../../../entrypoints/content/citing-text';

describe('the citing text on an HTML page', () => {
  it('quotes the paragraph around a linked citation, nested markup counted as text, with its date', () => {
    const p = document.createElement('p');
    const em = document.createElement('em');
    em.textContent = 'Recalling';
    const a = document.createElement('a');
    a.dataset.symbol = 'A/RES/64/293';
    a.textContent = 'resolution 64/293';
    p.append(
      'The Assembly. ',
      em,
      ' its ',
      a,
      ' of 30 July 2010 on the United Nations Global Plan of Action to Combat Trafficking in Persons;',
    );
    document.body.append(p);
    const context = citingTextInPage(a);
    expect(context?.date).toBe('2010-07-30');
    expect(context?.quote).toBe(
      'Recalling its resolution 64/293 of 30 July 2010 on the United Nations Global Plan of Action to Combat Trafficking in Persons',
    );
    expect(context?.quote.slice(context.citation.start, context.citation.end)).toBe('resolution 64/293');
  });
});
