import { describe, expect, it } from 'vitest';
import type { UnLang } from '../../../lib/citations/types';
import type { AnswerLike } from '../../../lib/panel/entry-facts';
import { createPanelController, type MetadataLookup, type PanelDocument } from '../../../lib/panel/panel-controller';
import type { PanelCitation } from '../../../lib/panel/panel-model';

/** A metadata client double: records lookups, answers when the test says, knows who cancelled. */
function fakeClient() {
  const asked: Array<{ symbol: string; lang: UnLang; answer(a: AnswerLike): void; cancelled: boolean }> = [];
  const client: MetadataLookup = {
    lookup(symbol, lang, onAnswer) {
      const record = { symbol, lang, answer: onAnswer, cancelled: false };
      asked.push(record);
      return () => {
        record.cancelled = true;
      };
    },
  };
  return { client, asked };
}

// What A/RES/76/186 cites (its mentions of itself are never among a document's citations, ADR 0021).
const citations: PanelCitation[] = [
  { id: 'p1-c0', symbol: 'A/RES/64/293', body: 'GA', text: 'резолюции 64/293', page: 1 },
  { id: 'p4-c2', symbol: 'A/RES/64/293', body: 'GA', text: 'Резолюция 64/293', page: 4 },
  { id: 'p5-c0', symbol: 'A/RES/70/1', body: 'GA', text: 'Резолюция 70/1', page: 5 },
];
const doc = (patch: Partial<PanelDocument> = {}): PanelDocument => ({
  symbol: 'A/RES/76/186',
  title: 'Улучшение координации',
  lang: 'ru',
  citations,
  scanning: false,
  pagesScanned: 5,
  pageCount: 5,
  ...patch,
});

describe('the panel controller', () => {
  it('asks for metadata only when told an entry is seen, once, in the document language', () => {
    const { client, asked } = fakeClient();
    const panel = createPanelController({ metadata: client, jump: () => undefined, fallbackLang: 'en' });
    panel.setDocument(doc());
    expect(asked).toEqual([]);
    panel.want('A/RES/64/293');
    panel.want('A/RES/64/293');
    expect(asked.map((a) => [a.symbol, a.lang])).toEqual([['A/RES/64/293', 'ru']]);
    expect(panel.get().facts.get('A/RES/64/293')).toEqual({ state: 'loading' });
  });

  it('shows answers as they stream in, and the filter then finds by title', () => {
    const { client, asked } = fakeClient();
    const panel = createPanelController({ metadata: client, jump: () => undefined, fallbackLang: 'en' });
    const seen: number[] = [];
    panel.subscribe((snapshot) => seen.push(snapshot.facts.size));
    panel.setDocument(doc());
    panel.want('A/RES/70/1');
    asked[0]!.answer({ metadata: { title: 'Transforming our world', date: '2015-09-25' }, status: 'found', done: false });
    expect(panel.get().facts.get('A/RES/70/1')).toEqual({ state: 'loading', title: 'Transforming our world', date: '2015-09-25' });
    asked[0]!.answer({ metadata: { title: 'Преобразование нашего мира' }, status: 'found', done: true });
    expect(panel.get().facts.get('A/RES/70/1')?.title).toBe('Преобразование нашего мира');
    panel.setQuery('преобразование');
    expect(panel.get().filtered.groups.flatMap((g) => g.entries.map((e) => e.key))).toEqual(['A/RES/70/1']);
    expect(seen.length).toBeGreaterThan(3);
  });

  it('keeps the model while only the scan progress changes, and regroups when the list grows', () => {
    const { client } = fakeClient();
    const panel = createPanelController({ metadata: client, jump: () => undefined, fallbackLang: 'en' });
    panel.setDocument(doc({ citations: citations.slice(0, 2), scanning: true, pagesScanned: 1 }));
    const first = panel.get().model;
    expect(first.entryCount).toBe(1);
    panel.setDocument({ ...doc({ citations: panel.get().document.citations, scanning: true, pagesScanned: 2 }) });
    expect(panel.get().model).toBe(first);
    panel.setDocument(doc());
    expect(panel.get().model.entryCount).toBe(2);
  });

  it('walks through the occurrences with next and previous, jumping to each id', () => {
    const { client } = fakeClient();
    const jumps: string[] = [];
    const panel = createPanelController({ metadata: client, jump: (id) => jumps.push(id), fallbackLang: 'en' });
    panel.setDocument(doc());
    const entry = () => panel.get().model.groups[0]!.entries[0]!;
    panel.step(entry(), 1);
    panel.step(entry(), 1);
    panel.step(entry(), 1);
    panel.step(entry(), -1);
    expect(jumps).toEqual(['p1-c0', 'p4-c2', 'p1-c0', 'p4-c2']);
    expect(panel.get().cursor.get('A/RES/64/293')).toBe(1);
  });

  it('cancels unfinished lookups when closed and asks again when seen again; finished ones stay', () => {
    const { client, asked } = fakeClient();
    const panel = createPanelController({ metadata: client, jump: () => undefined, fallbackLang: 'en' });
    panel.setDocument(doc());
    panel.want('A/RES/64/293');
    panel.want('A/RES/70/1');
    asked[1]!.answer({ metadata: { title: 'T' }, status: 'found', done: true });
    panel.releaseLookups();
    expect(asked.map((a) => a.cancelled)).toEqual([true, false]);
    expect(panel.get().facts.has('A/RES/64/293')).toBe(false);
    expect(panel.get().facts.get('A/RES/70/1')?.title).toBe('T');
    panel.want('A/RES/64/293');
    panel.want('A/RES/70/1');
    expect(asked.map((a) => a.symbol)).toEqual(['A/RES/64/293', 'A/RES/70/1', 'A/RES/64/293']);
  });

  it('forgets another document’s answers, ignores late ones, and stops everything on destroy', () => {
    const { client, asked } = fakeClient();
    const panel = createPanelController({ metadata: client, jump: () => undefined, fallbackLang: 'en' });
    panel.setDocument(doc());
    panel.want('A/RES/64/293');
    panel.setDocument(doc({ symbol: 'E/RES/2022/14', citations: [] }));
    expect(asked[0]!.cancelled).toBe(true);
    asked[0]!.answer({ metadata: { title: 'late' }, status: 'found', done: true });
    expect(panel.get().facts.size).toBe(0);
    panel.want('E/RES/2004/27');
    panel.destroy();
    expect(asked[1]!.cancelled).toBe(true);
    panel.want('A/RES/70/1');
    expect(asked).toHaveLength(2);
  });
});
