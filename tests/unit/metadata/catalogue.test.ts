import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCatalogue, type ShardLoader } from '../../../lib/metadata/catalogue';
import { CatalogueFormatError, decodeShard, encodeShard, locate, type ShardName } from '../../../lib/metadata/catalogue-format';
import type { DocumentMetadata, LookupResult } from '../../../lib/metadata/types';

const NOW = Date.UTC(2026, 10, 22);
const COMPACT = new URL('../../../assets/catalog/compact/', import.meta.url);

/** Reads the packaged shards from disk, counting loads. */
function diskLoader(): { load: ShardLoader; loads: ShardName[] } {
  const loads: ShardName[] = [];
  return {
    loads,
    load: (shard) => {
      loads.push(shard);
      return Promise.resolve(JSON.parse(readFileSync(new URL(`${shard}.json`, COMPACT), 'utf8')) as unknown);
    },
  };
}

function found(result: LookupResult): DocumentMetadata {
  if (result.kind !== 'found') throw new Error(`expected found, got ${JSON.stringify(result)}`);
  return result.metadata;
}

describe('the offline catalogue', () => {
  const { load, loads } = diskLoader();
  const catalogue = createCatalogue(load, () => NOW);

  it('knows the Universal Declaration, A/RES/217(III), with the vote of the whole resolution', async () => {
    expect(found(await catalogue.lookup('A/RES/217(III)'))).toEqual({
      symbol: 'A/RES/217(III)',
      title: 'International Bill of Human Rights: Universal Declaration of Human Rights',
      titles: { en: 'International Bill of Human Rights: Universal Declaration of Human Rights' },
      date: '1948-12-10',
      body: 'GA',
      vote: { yes: 48, no: 0, abstain: 8 },
      agenda: ['item 58: Draft international declaration of human rights'],
      undlId: '670964',
      source: 'catalogue',
      fetchedAt: NOW,
    });
  });

  it.each([
    ['A/RES/ES-11/1', '2022-03-02', 'Aggression against Ukraine', { yes: 141, no: 5, abstain: 35 }],
    [
      'A/RES/1514(XV)',
      '1960-12-14',
      'Declaration on the granting of independence to colonial countries and peoples',
      { yes: 89, no: 0, abstain: 9 },
    ],
    [
      'A/RES/2758(XXVI)',
      '1971-10-25',
      "Restoration of the lawful rights of the People's Republic of China in the United Nations",
      { yes: 76, no: 35, abstain: 17 },
    ],
    ['A/RES/377(V)', '1950-11-03', 'Uniting for peace', { yes: 52, no: 5, abstain: 2 }],
  ])('knows %s (SOURCES.md specific checks)', async (symbol, date, title, vote) => {
    expect(found(await catalogue.lookup(symbol))).toMatchObject({ symbol, date, title, vote });
  });

  it('keeps unanimous Security Council counts as recorded, flagged as possibly "without a vote"', async () => {
    const trafficking = found(await catalogue.lookup('S/RES/2331(2016)'));
    // The record number is the Library's document record (CR-UNSC), which has the texts in six languages.
    expect(trafficking).toMatchObject({ date: '2016-12-20', title: 'Trafficking in persons in armed conflicts', body: 'SC' });
    expect(trafficking.undlId).toMatch(/^\d+$/);
    expect(trafficking.vote).toEqual({ yes: 15, no: 0, abstain: 0, mayBeWithoutVote: true });
    expect(found(await catalogue.lookup('S/RES/242(1967)'))).toMatchObject({
      date: '1967-11-22',
      title: 'A peaceful and accepted settlement of the Middle East situation',
      vote: { yes: 15, no: 0, abstain: 0, mayBeWithoutVote: true },
    });
    // A divided vote is not flagged.
    expect(found(await catalogue.lookup('S/RES/3(1946)')).vote).toEqual({ yes: 9, no: 0, abstain: 1 });
  });

  it('invents no vote where the catalogue has none (members listed without letters)', async () => {
    const marshallIslands = found(await catalogue.lookup('S/RES/704(1991)'));
    expect(marshallIslands.title).toBe('Admission of the Marshall Islands to membership in the United Nations');
    expect(marshallIslands.vote).toBeUndefined();
  });

  it('says so for a resolution it does not have (A/RES/76/186 was adopted without a vote)', async () => {
    expect(await catalogue.lookup('A/RES/76/186')).toEqual({ kind: 'not-found' });
    expect(await catalogue.lookup('S/RES/2797(2025)')).toEqual({ kind: 'not-found' });
  });

  it('finds a symbol in any spelling sameSymbol treats as the same', async () => {
    expect(found(await catalogue.lookup('a/res/217 (iii)')).symbol).toBe('A/RES/217(III)');
    expect(found(await catalogue.lookup('S/RES/2331 (2016)')).symbol).toBe('S/RES/2331(2016)');
  });

  it('knows resolutions adopted without a vote from sessions 78–80, with their adoption date and title', async () => {
    expect(found(await catalogue.lookup('A/RES/78/1'))).toMatchObject({
      date: '2023-09-29',
      title:
        'Political declaration of the high-level political forum on sustainable development convened under the auspices of the General Assembly',
    });
    // Session 72 titles come without a date: none is invented.
    const trafficking = found(await catalogue.lookup('A/RES/72/1'));
    expect(trafficking.title).toBe(
      'Political declaration on the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons',
    );
    expect(trafficking.date).toBeUndefined();
  });

  it('knows Human Rights Council and Commission on Human Rights acts, with "without a vote" where the record says so', async () => {
    const ibc = found(await catalogue.lookup('A/HRC/RES/5/1'));
    expect(ibc).toMatchObject({ symbol: 'A/HRC/RES/5/1', body: 'HRC', date: '2007-06-18', vote: 'without-vote' });
    expect(ibc.title).toMatch(/^Institution-building of the United Nations Human Rights Council/);
    expect(found(await catalogue.lookup('E/CN.4/RES/2005/69'))).toMatchObject({ body: 'CHR', date: '2005-04-20' });
  });

  it('knows General Assembly decisions (filed as A/DEC/…) with their text', async () => {
    const decision = found(await catalogue.lookup('A/DEC/71/401'));
    expect(decision).toMatchObject({
      symbol: 'A/DEC/71/401',
      body: 'GA',
      date: '2016-09-13',
      title: 'Appointment of the members of the Credentials Committee',
    });
    expect(decision.text).toMatch(/^At its 1st plenary meeting, on 13 September 2016, the General Assembly/);
  });

  it('loads a shard on first use only, and nothing for symbols it cannot hold', async () => {
    const lazy = diskLoader();
    const fresh = createCatalogue(lazy.load, () => NOW);
    expect(await fresh.lookup('E/RES/2022/14')).toEqual({ kind: 'not-found' });
    expect(await fresh.lookup('A/HRC/17/31')).toEqual({ kind: 'not-found' });
    expect(lazy.loads).toEqual([]);
    await Promise.all([fresh.lookup('A/RES/78/1'), fresh.lookup('A/RES/79/1'), fresh.lookup('A/RES/80/4')]);
    expect(lazy.loads).toEqual(['ga-61-on']);
    expect(fresh.loaded()).toEqual(['ga-61-on']);
    expect(loads.length).toBeGreaterThan(0);
  });

  it('refuses malformed data with an error that says where, and tries again on the next lookup', async () => {
    let calls = 0;
    const broken = createCatalogue((shard) => {
      calls++;
      return Promise.resolve({
        format: 'resolute-catalogue/2',
        shard,
        agendas: [],
        rows: [['2331(2016)', '2016-13-20', 'Title', null, 1]],
      });
    });
    expect(await broken.lookup('S/RES/2331(2016)')).toEqual({
      kind: 'error',
      detail: 'catalogue shard "sc": row 0 (2331(2016)): date "2016-13-20" is neither null nor yyyy-mm-dd',
    });
    await broken.lookup('S/RES/2331(2016)');
    expect(calls).toBe(2);
    const failing = createCatalogue(() => Promise.reject(new Error('file missing')));
    expect(await failing.lookup('S/RES/1(1946)')).toEqual({ kind: 'error', detail: 'file missing' });
  });

  it.each([
    ['not an object', [], 'not a JSON object'],
    ['another format', { format: 'csv', shard: 'sc', agendas: [], rows: [] }, 'format is "csv"'],
    ['another shard', { format: 'resolute-catalogue/2', shard: 'ga-1-30', agendas: [], rows: [] }, 'the file holds shard "ga-1-30"'],
    [
      'a row of the wrong shard',
      { format: 'resolute-catalogue/2', shard: 'sc', agendas: [], rows: [['76/186', '2021-12-16', 'T', null, null]] },
      'is not a symbol of this shard',
    ],
    [
      'bad votes',
      { format: 'resolute-catalogue/2', shard: 'sc', agendas: [], rows: [['1(1946)', '1946-01-25', 'T', [11, -1, 0], null]] },
      'votes',
    ],
    [
      'a dangling agenda',
      { format: 'resolute-catalogue/2', shard: 'sc', agendas: [], rows: [['1(1946)', '1946-01-25', 'T', null, null, 3]] },
      'agenda',
    ],
    [
      'an empty title',
      { format: 'resolute-catalogue/2', shard: 'sc', agendas: [], rows: [['1(1946)', '1946-01-25', ' ', null, null]] },
      'title',
    ],
    [
      'a duplicate',
      {
        format: 'resolute-catalogue/2',
        shard: 'sc',
        agendas: [],
        rows: [
          ['1(1946)', '1946-01-25', 'T', null, null],
          ['1(1946)', '1946-01-25', 'T', null, null],
        ],
      },
      'appears twice',
    ],
  ])('decodeShard refuses %s', (_name, data, message) => {
    expect(() => decodeShard(data, 'sc')).toThrow(CatalogueFormatError);
    expect(() => decodeShard(data, 'sc')).toThrow(message);
  });

  it('round-trips rows through the compact form, sharing repeated agenda items', () => {
    const rows = [
      {
        symbol: 'A/RES/76/1',
        date: '2021-10-01',
        title: 'One',
        votes: [1, 2, 3] as [number, number, number],
        undlId: '5',
        agenda: ['item 1: A', 'item 2: B'],
      },
      { symbol: 'A/RES/76/2', date: '2021-10-02', title: 'Two', agenda: ['item 2: B'] },
    ];
    const shard = encodeShard('ga-61-on', rows);
    expect(shard.agendas).toEqual(['item 1: A', 'item 2: B']);
    expect(shard.rows).toEqual([
      ['76/1', '2021-10-01', 'One', [1, 2, 3], 5, [0, 1]],
      ['76/2', '2021-10-02', 'Two', null, null, 1],
    ]);
    const decisions = encodeShard('ga-decisions', [
      { symbol: 'A/DEC/78/548', title: 'D', votes: 'without-vote', text: 'The General Assembly decided …' },
    ]);
    expect(decisions.rows).toEqual([['78/548', null, 'D', 0, null, null, 'The General Assembly decided …']]);
    expect([...decodeShard(JSON.parse(JSON.stringify(shard)), 'ga-61-on').rows.keys()]).toEqual(['76/1', '76/2']);
  });

  it('places each kind of symbol in its shard', () => {
    expect(locate('S/RES/2331(2016)')).toEqual({ shard: 'sc', key: '2331(2016)' });
    expect(locate('A/RES/217(III)')).toEqual({ shard: 'ga-1-30', key: '217(III)' });
    expect(locate('A/RES/104(S-I)')).toEqual({ shard: 'ga-1-30', key: '104(S-I)' });
    expect(locate('A/RES/996(ES-I)')).toEqual({ shard: 'ga-1-30', key: '996(ES-I)' });
    expect(locate('A/RES/31/4')).toEqual({ shard: 'ga-31-60', key: '31/4' });
    expect(locate('A/RES/61/1')).toEqual({ shard: 'ga-61-on', key: '61/1' });
    expect(locate('A/RES/ES-11/1')).toEqual({ shard: 'ga-special', key: 'ES-11/1' });
    expect(locate('A/RES/S-8/2')).toEqual({ shard: 'ga-special', key: 'S-8/2' });
    expect(locate('A/HRC/RES/5/1')).toEqual({ shard: 'hrc', key: 'RES/5/1' });
    expect(locate('A/HRC/RES/S-30/1')).toEqual({ shard: 'hrc', key: 'RES/S-30/1' });
    expect(locate('A/HRC/DEC/1/102')).toEqual({ shard: 'hrc', key: 'DEC/1/102' });
    expect(locate('E/CN.4/RES/2005/69')).toEqual({ shard: 'chr', key: 'RES/2005/69' });
    expect(locate('A/DEC/78/548')).toEqual({ shard: 'ga-decisions', key: '78/548' });
    expect(locate('A/HRC/17/31')).toBeNull();
    expect(locate('E/RES/2022/14')).toBeNull();
    expect(locate('A/76/186')).toBeNull();
  });
});
