import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../lib/citations/types';
import { withLinkCitations } from '../../../lib/scan/link-citations';
import type { DocumentLink } from '../../../lib/text/html-text';

const link = (start: number, end: number, symbol: string): DocumentLink => ({
  start,
  end,
  text: 'x'.repeat(end - start),
  href: `https://undocs.org/${symbol}`,
  symbol,
});
const found = (start: number, end: number, symbol: string | null): Citation => ({
  start,
  end,
  text: 'x'.repeat(end - start),
  symbol,
  body: 'GA',
  kind: 'resolution',
});

describe('withLinkCitations', () => {
  it('adds a link as a document citation with the body of its symbol, in text order', () => {
    const merged = withLinkCitations([found(20, 30, 'A/RES/1/1')], [link(0, 5, 'E/CN.15/2019/1'), link(40, 45, 'S/RES/2331(2016)')]);
    expect(merged.map((c) => [c.start, c.kind, c.body])).toEqual([
      [0, 'document', 'CCPCJ'],
      [20, 'resolution', 'GA'],
      [40, 'document', 'SC'],
    ]);
  });

  it('leaves out a link on words the engine already cites as the same document', () => {
    expect(withLinkCitations([found(0, 16, 'A/RES/70/125')], [link(10, 16, 'a/res/70/125')])).toHaveLength(1);
  });

  it('keeps a link that names another document than the text, or none', () => {
    expect(withLinkCitations([found(0, 14, null)], [link(10, 14, 'A/RES/26/3')])).toHaveLength(2);
    expect(withLinkCitations([found(0, 14, 'A/RES/70/1')], [link(10, 14, 'A/RES/26/3')])).toHaveLength(2);
  });

  it('keeps a link next to, not on, a citation of the same document', () => {
    expect(withLinkCitations([found(0, 5, 'A/RES/70/1')], [link(5, 9, 'A/RES/70/1')])).toHaveLength(2);
  });
});
