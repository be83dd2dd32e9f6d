import { describe, expect, it } from 'vitest';
import { parsePanelDocument, parsePanelRequest } from '../../../lib/panel/panel-wire';

const good = {
  type: 'panel-document',
  symbol: 'A/RES/76/186',
  title: 'Улучшение координации',
  lang: 'ru',
  citations: [
    { id: 'p2-c0', symbol: 'A/RES/64/293', body: 'GA', text: 'резолюции 64/293', page: 2 },
    { id: 'p3-c4', symbol: null, body: 'CCPCJ', text: 'резолюцию 27/2', page: 3 },
  ],
  pagesScanned: 3,
  pageCount: 9,
};

describe('parsePanelDocument', () => {
  it('accepts the reader’s document and rebuilds it from checked fields', () => {
    expect(parsePanelDocument(good)).toEqual(good);
    expect(parsePanelDocument({ ...good, extra: '<script>' })).not.toHaveProperty('extra');
    expect(parsePanelDocument({ ...good, symbol: null, title: null, lang: null })).not.toBeNull();
  });

  it('refuses malformed documents', () => {
    const citation = good.citations[0]!;
    for (const bad of [
      null,
      [],
      { ...good, type: 'panel-jump' },
      { ...good, lang: 'de' },
      { ...good, symbol: 'not a symbol' },
      { ...good, title: 'x'.repeat(501) },
      { ...good, pagesScanned: -1 },
      { ...good, citations: 'many' },
      { ...good, citations: [{ ...citation, id: 'p9-c0' }] }, // id names another page
      { ...good, citations: [{ ...citation, body: 'XX' }] },
      { ...good, citations: [{ ...citation, body: 'toString' }] },
      { ...good, citations: [{ ...citation, symbol: 'a/res/64/293' }] }, // not canonical
      { ...good, citations: [{ ...citation, text: 42 }] },
    ]) {
      expect(parsePanelDocument(bad)).toBeNull();
    }
  });
});

describe('parsePanelRequest', () => {
  it('accepts jumps to a reader citation id and opening a symbol, nothing else', () => {
    expect(parsePanelRequest({ type: 'panel-jump', citationId: 'p12-c3' })).toEqual({ type: 'panel-jump', citationId: 'p12-c3' });
    expect(parsePanelRequest({ type: 'panel-open', symbol: 'A/RES/70/1' })).toEqual({ type: 'panel-open', symbol: 'A/RES/70/1' });
    expect(parsePanelRequest({ type: 'panel-jump', citationId: '"]*' })).toBeNull();
    expect(parsePanelRequest({ type: 'panel-jump', citationId: 'p1-c1', more: 1 })).toBeNull();
    expect(parsePanelRequest({ type: 'panel-open', symbol: 'javascript:alert(1)' })).toBeNull();
    expect(parsePanelRequest({ type: 'open-original', url: 'https://undocs.org/' })).toBeNull();
  });
});
