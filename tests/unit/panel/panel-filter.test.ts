import { describe, expect, it } from 'vitest';
import { buildPanelModel, type PanelCitation } from '../../../lib/panel/panel-model';
import { filterPanel, foldForSearch, queryWords } from '../../../lib/panel/panel-filter';

const citations: PanelCitation[] = [
  { id: 'p1-c0', symbol: 'A/RES/64/293', body: 'GA', text: 'резолюции 64/293', page: 1 },
  { id: 'p1-c1', symbol: 'A/RES/70/1', body: 'GA', text: 'Резолюция 70/1', page: 1 },
  { id: 'p2-c0', symbol: 'E/RES/2017/18', body: 'ECOSOC', text: 'резолюции Экономического и Социального Совета 2017/18', page: 2 },
  { id: 'p3-c0', symbol: null, body: 'CCPCJ', text: 'resolución 27/2', page: 3 },
  { id: 'p3-c1', symbol: 'A/RES/64/293', body: 'GA', text: 'Резолюция 64/293', page: 3 },
];
const model = buildPanelModel(citations, 'A/RES/76/186');
const titles: Record<string, string> = {
  'A/RES/70/1': 'Transforming our world: the 2030 Agenda for Sustainable Development',
  'A/RES/64/293': 'Глобальный план действий Организации Объединённых Наций',
};
const titleOf = (symbol: string) => titles[symbol];
const labels = (query: string) => filterPanel(model, query, titleOf).groups.flatMap((g) => g.entries.map((e) => e.label));

describe('filterPanel', () => {
  it('keeps everything for an empty or blank query', () => {
    expect(labels('')).toEqual(['A/RES/64/293', 'A/RES/70/1', 'E/RES/2017/18', 'CCPCJ 27/2']);
    expect(filterPanel(model, '   ', titleOf).groups).toBe(model.groups);
  });

  it('finds by symbol, with or without spaces around the slashes, in any case', () => {
    expect(labels('a/res/64')).toEqual(['A/RES/64/293']);
    expect(labels('e / res / 2017')).toEqual(['E/RES/2017/18']);
  });

  it('finds by title once it is known, ignoring case and diacritics', () => {
    expect(labels('2030 agenda')).toEqual(['A/RES/70/1']);
    expect(labels('ОБЪЕДИНЕННЫХ')).toEqual(['A/RES/64/293']); // ё folded to е
    expect(filterPanel(model, '2030 agenda', () => undefined).groups).toEqual([]);
  });

  it('finds by the citation as written and by body', () => {
    expect(labels('социального')).toEqual(['E/RES/2017/18']);
    expect(labels('resolucion')).toEqual(['CCPCJ 27/2']);
    expect(labels('ccpcj')).toEqual(['CCPCJ 27/2']);
  });

  it('needs every word, and recounts the groups it keeps', () => {
    expect(labels('резолюция 70')).toEqual(['A/RES/70/1']);
    expect(labels('резолюция nothing')).toEqual([]);
    const filtered = filterPanel(model, '64/293', titleOf);
    expect(filtered.entryCount).toBe(1);
    expect(filtered.groups).toEqual([expect.objectContaining({ key: 'GA', citationCount: 2 })]);
  });

  it('folds the way people type', () => {
    expect(foldForSearch('  Résolution   ÉCOSOC  ')).toBe('resolution ecosoc');
    expect(foldForSearch('Ё')).toBe('е');
    expect(queryWords(' A / RES  70 ')).toEqual(['a/res', '70']);
  });
});
