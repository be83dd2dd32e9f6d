import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations';
import { citedSymbols, scanDocument } from '../../../lib/reader/document-scan';
import { citationHref, citationMarks, pageOfCitationId } from '../../../lib/reader/citation-marks';

const PAGES = ['United Nations A/RES/76/186\nссылаясь на свою резолюцию 64/293', '', 'и резолюцию 27/2 Комиссии и резолюцию 64/293'];

describe('scanDocument', () => {
  it('reads every page between idle moments and lists its citations with their page', async () => {
    const events: string[] = [];
    const scan = await scanDocument({
      pageCount: PAGES.length,
      pageText: (n) => {
        events.push(`read ${n}`);
        return Promise.resolve(PAGES[n - 1]!);
      },
      findCitations: (text) => findCitations(text, { lang: 'ru', pageSymbol: 'A/RES/76/186' }),
      idle: () => {
        events.push('idle');
        return Promise.resolve();
      },
      onProgress: (_scan, done) => events.push(`done ${done}`),
    });
    expect(events).toEqual(['idle', 'read 1', 'done 1', 'idle', 'read 2', 'done 2', 'idle', 'read 3', 'done 3']);
    expect(scan.pages).toEqual(PAGES);
    expect(scan.citations.map((c) => `${c.page} ${c.symbol ?? 'no symbol'}`)).toEqual([
      '1 A/RES/76/186',
      '1 A/RES/64/293',
      '3 no symbol',
      '3 A/RES/64/293',
    ]);
    expect(citedSymbols(scan.citations, 'A/RES/76/186')).toEqual(['A/RES/64/293']);
    // Each citation carries the id its elements get on the text layer: page, then place on the page.
    expect(scan.citations.map((c) => c.id)).toEqual(['p1-c0', 'p1-c1', 'p3-c0', 'p3-c1']);
    expect(scan.citations.map((c) => pageOfCitationId(c.id))).toEqual([1, 1, 3, 3]);
    expect(pageOfCitationId('p0-c1')).toBeNull();
    expect(pageOfCitationId('p2-c1"]')).toBeNull();
  });

  it('stops when told to, with what it has', async () => {
    const controller = new AbortController();
    const scan = await scanDocument({
      pageCount: 3,
      pageText: (n) => Promise.resolve(PAGES[n - 1]!),
      findCitations: () => [],
      idle: () => Promise.resolve(),
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(scan.pages).toHaveLength(1);
  });
});

describe('citation marks', () => {
  const [own, cited] = findCitations('A/RES/76/186 … резолюции 55/25, приложение III', { lang: 'ru' });

  it('link a citation to the cited document in the reader, in the same language, with its pinpoint', () => {
    expect(citationHref(cited!, 'ru')).toBe('reader.html?symbol=A/RES/55/25&lang=ru&pinpoint=annex%20III');
    expect(citationHref(own!, 'ru')).toBe('reader.html?symbol=A/RES/76/186&lang=ru');
    expect(citationHref({ ...cited!, symbol: null }, 'ru')).toBeNull();
  });

  it('give every citation of a block its own id', () => {
    const marks = citationMarks('p3', [own!, cited!], 'ru', (c) => c.text);
    expect(marks.map((m) => m.id)).toEqual(['p3-c0', 'p3-c1']);
    expect(marks[1]!.label).toBe(cited!.text);
  });
});
