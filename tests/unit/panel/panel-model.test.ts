import { describe, expect, it } from 'vitest';
import { findCitations, withoutOwnMentions } from '../../../lib/citations';
import type { Body } from '../../../lib/citations/types';
import { scanDocument } from '../../../lib/reader/document-scan';
import { pdfPageText } from '../../../lib/surface/pdf-page-text';
import { pdfjsNormalize, seedPages } from '../surface/seed-pages';
import { actNumber, buildPanelModel, groupOf, type PanelCitation } from '../../../lib/panel/panel-model';

const OWN = 'A/RES/76/186';

/** The seed PDF's pages, scanned as the reader scans a document (its page texts, its ids). */
async function seedCitations(): Promise<PanelCitation[]> {
  const normalize = await pdfjsNormalize();
  const pages = (await seedPages('a-res-76-186.ru.pdf')).map((page) => pdfPageText(page.items, normalize).text);
  const scan = await scanDocument({
    pageCount: pages.length,
    pageText: (n) => Promise.resolve(pages[n - 1]!),
    // As the reader makes a page's citations: the engine's, less the document's mentions of itself.
    findCitations: (text) => withoutOwnMentions(findCitations(text, { lang: 'ru', pageSymbol: OWN }), [OWN]),
    idle: () => Promise.resolve(),
  });
  return scan.citations;
}

let counter = 0;
function cite(symbol: string | null, body: Body, text: string, page = 1): PanelCitation {
  return { id: `p${page}-c${counter++}`, symbol, body, text, page };
}

describe('buildPanelModel on A/RES/76/186 (ru)', () => {
  it('groups what the resolution cites by body, its own symbol left out', async () => {
    const model = buildPanelModel(await seedCitations(), OWN);
    const groups = Object.fromEntries(model.groups.map((g) => [g.key, g.entries.map((e) => e.label)]));
    expect(model.groups.map((g) => g.key)).toEqual(['GA', 'ECOSOC', 'HRC', 'other', 'no-symbol']);
    expect(groups.GA).toEqual(expect.arrayContaining(['A/RES/64/293', 'A/RES/70/1', 'A/RES/61/180', 'A/75/53', 'A/76/120']));
    expect(groups.GA).not.toContain(OWN);
    expect(groups.ECOSOC).toEqual(['E/RES/2017/18', 'E/RES/2021/25', 'E/2018/30', 'E/2002/68/Add.1']);
    expect(groups.HRC).toEqual(['A/HRC/RES/44/4']);
    expect(groups.other).toEqual(['CTOC/COP/2020/10']);
    expect(groups['no-symbol']).toEqual(['CCPCJ 27/2', 'COP-UNTOC 10/1', 'COP-UNTOC 10/3']);
    // 41 citations in all (scan), 3 of them the resolution naming itself.
    expect(model.citationCount).toBe(38);
    expect(model.entryCount).toBe(model.groups.reduce((n, g) => n + g.entries.length, 0));
  });

  it('counts each document and lists its occurrences in document order, with their element ids', async () => {
    const model = buildPanelModel(await seedCitations(), OWN);
    const ga = model.groups.find((g) => g.key === 'GA')!;
    const entry = ga.entries.find((e) => e.symbol === 'A/RES/64/293')!;
    expect(entry.occurrences).toHaveLength(3);
    const pages = entry.occurrences.map((o) => o.page);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    for (const occurrence of entry.occurrences) expect(occurrence.id).toMatch(new RegExp(`^p${occurrence.page}-c\\d+$`));
    expect(entry.texts).toEqual(expect.arrayContaining(['резолюции 64/293', 'Резолюция 64/293']));
    expect(ga.entries.find((e) => e.symbol === 'A/RES/68/192')!.occurrences).toHaveLength(2);
    // The first entry is the first cited, the group's count the sum of its entries'.
    expect(ga.entries[0]!.symbol).toBe('A/RES/64/293');
    expect(ga.citationCount).toBe(ga.entries.reduce((n, e) => n + e.occurrences.length, 0));
  });
});

describe('buildPanelModel', () => {
  it('keeps acts without a symbol apart by body and number, and the same act together', () => {
    const model = buildPanelModel(
      [
        cite(null, 'CCPCJ', 'резолюцию 27/2'),
        cite(null, 'COP-UNTOC', 'резолюцию 10/1'),
        cite(null, 'CCPCJ', 'resolution 27/2', 2),
        cite(null, 'CND', 'resolution 27/2', 3),
      ],
      null,
    );
    expect(model.groups).toHaveLength(1);
    const entries = model.groups[0]!.entries;
    expect(entries.map((e) => [e.label, e.occurrences.length])).toEqual([
      ['CCPCJ 27/2', 2],
      ['COP-UNTOC 10/1', 1],
      ['CND 27/2', 1],
    ]);
    expect(entries[0]!.texts).toEqual(['резолюцию 27/2', 'resolution 27/2']);
  });

  it('puts the four main bodies in their own groups and any other body with a symbol under other', () => {
    expect(groupOf('S/RES/2331(2016)', 'SC')).toBe('SC');
    expect(groupOf('A/HRC/RES/44/4', 'HRC')).toBe('HRC');
    expect(groupOf('E/CN.4/RES/2005/1', 'CHR')).toBe('other');
    expect(groupOf('CTOC/COP/2020/10', 'COP-UNTOC')).toBe('other');
    expect(groupOf(null, 'GA')).toBe('no-symbol');
    const model = buildPanelModel(
      [
        cite('S/RES/2331(2016)', 'SC', 'resolution 2331 (2016)'),
        cite('A/RES/70/1', 'GA', '70/1'),
        cite('E/CN.4/RES/2005/1', 'CHR', 'E/CN.4/RES/2005/1'),
      ],
      null,
    );
    expect(model.groups.map((g) => g.key)).toEqual(['GA', 'SC', 'other']);
  });

  it('is empty for a document that cites nothing but itself', () => {
    const model = buildPanelModel(withoutOwnMentions([cite(OWN, 'GA', OWN), cite(OWN, 'GA', '76/186')], [OWN]), OWN);
    expect(model).toEqual({ ownSymbol: OWN, groups: [], entryCount: 0, citationCount: 0 });
  });

  it('handles a document citing 250 others, 1,000 citations, in document order', () => {
    const citations: PanelCitation[] = [];
    for (let i = 0; i < 1000; i++) {
      const n = (i * 7) % 250; // every document cited four times, interleaved
      const body: Body = n % 5 === 0 ? 'SC' : 'GA';
      const symbol = body === 'SC' ? `S/RES/${2000 + n}(2010)` : `A/RES/${50 + (n % 30)}/${100 + n}`;
      citations.push(cite(symbol, body, `resolution ${n}`, 1 + Math.floor(i / 10)));
    }
    const started = performance.now();
    const model = buildPanelModel(citations, null);
    expect(performance.now() - started).toBeLessThan(200);
    expect(model.entryCount).toBe(250);
    expect(model.citationCount).toBe(1000);
    expect(model.groups.map((g) => [g.key, g.entries.length])).toEqual([
      ['GA', 200],
      ['SC', 50],
    ]);
    for (const group of model.groups) for (const entry of group.entries) expect(entry.occurrences).toHaveLength(4);
    // First-cited first: n = 0, 7, 14, … in the order the loop first met them.
    expect(model.groups[1]!.entries.slice(0, 3).map((e) => e.symbol)).toEqual(['S/RES/2000(2010)', 'S/RES/2035(2010)', 'S/RES/2070(2010)']);
  });
});

describe('actNumber', () => {
  it('takes the number an act is known by from how it is written', () => {
    expect(actNumber('резолюцию 27/2')).toBe('27/2');
    expect(actNumber('resolution 10 / 3')).toBe('10/3');
    expect(actNumber('résolution 2200 A (XXI)')).toBe('2200 A (XXI)');
    expect(actNumber('القرار ٢٧/٢')).toBe('٢٧/٢');
    expect(actNumber('its resolution')).toBeNull();
  });
});
