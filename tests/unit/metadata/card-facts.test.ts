import { describe, expect, it } from 'vitest';
import { cardFacts } from '../../../lib/metadata/card-facts';
import { citingContext } from '../../../lib/metadata/citing-context';
import { describeSymbol } from '../../../lib/metadata/describe-symbol';
import type { MetadataAnswer } from '../../../lib/metadata/resolve-metadata';
import { localeMessage } from '../../../scripts/lookup/locale-messages';

const describeEn = (symbol: string) => describeSymbol(symbol, 'en', (key, subs) => localeMessage('en', key, subs));
const offline: MetadataAnswer = {
  symbol: 'A/RES/64/293',
  status: 'offline',
  stale: false,
  done: true,
  failures: { catalogue: { kind: 'not-found' }, library: { kind: 'offline', detail: 'Failed to fetch' } },
};

describe('what a card says', () => {
  it('offline, for a symbol nothing knows: what the symbol tells, and why there is nothing more', () => {
    expect(cardFacts('A/RES/64/293', offline, { describe: describeEn })).toEqual({
      symbol: 'A/RES/64/293',
      title: null,
      date: null,
      vote: null,
      body: 'GA',
      description: 'General Assembly resolution, 64th session (2009–2010)',
      sources: { body: 'symbol', description: 'symbol' },
      reason: 'offline: Failed to fetch',
      done: true,
    });
  });

  it('adds what the citing text says, its date marked as the citing text’s', () => {
    const text =
      'Recalling its resolution 64/293 of 30 July 2010 on the United Nations Global Plan of Action to Combat Trafficking in Persons,';
    const citing = citingContext(text, 14, 31)!;
    const facts = cardFacts('A/RES/64/293', offline, { describe: describeEn, citing });
    expect(facts.date).toBe('2010-07-30');
    expect(facts.sources.date).toBe('citing-text');
    expect(facts.title).toBeNull();
    expect(facts.citing?.quote).toBe(text.slice(0, -1));
  });

  it('never lets the citing text overrule a source, and says which source gave each field', () => {
    const found: MetadataAnswer = {
      symbol: 'A/RES/78/1',
      status: 'found',
      stale: false,
      done: false,
      failures: {},
      metadata: {
        symbol: 'A/RES/78/1',
        title: 'Political declaration',
        titleLang: 'en',
        date: '2023-09-29',
        body: 'GA',
        vote: 'without-vote',
        source: 'catalogue',
        fetchedAt: 0,
        fieldSources: { title: 'catalogue', date: 'catalogue', vote: 'catalogue' },
      },
    };
    const citing = citingContext('its resolution 78/1 of 1 October 2023', 4, 19)!;
    const facts = cardFacts('A/RES/78/1', found, { describe: describeEn, citing });
    expect(facts).toMatchObject({ title: 'Political declaration', titleLang: 'en', date: '2023-09-29', vote: 'without-vote', done: false });
    expect(facts.sources).toEqual({ body: 'symbol', description: 'symbol', title: 'catalogue', date: 'catalogue', vote: 'catalogue' });
    expect(facts.reason).toBeUndefined();
  });

  it('before any answer: the symbol’s own facts, not done', () => {
    expect(cardFacts('S/RES/2331(2016)', undefined, { describe: describeEn })).toMatchObject({
      title: null,
      description: 'Security Council resolution of 2016',
      done: false,
    });
  });
});
