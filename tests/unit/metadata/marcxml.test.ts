import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLibraryAnswer } from '../../../lib/metadata/marcxml';
import type { DocumentMetadata, LookupResult } from '../../../lib/metadata/types';

const NOW = Date.UTC(2026, 10, 22);
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/metadata/undl/${name}`, import.meta.url), 'utf8');

function found(result: LookupResult): DocumentMetadata {
  if (result.kind !== 'found') throw new Error(`expected found, got ${JSON.stringify(result)}`);
  return result.metadata;
}

/** One record with the given data fields, as the Library writes them. */
function record(symbol: string, fields: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim"><record>` +
    `<controlfield tag="001">123</controlfield>` +
    `<datafield tag="191" ind1=" " ind2=" "><subfield code="a">${symbol}</subfield></datafield>${fields}</record></collection>`
  );
}
const file = (label: string, url: string) =>
  `<datafield tag="856" ind1="4" ind2=" "><subfield code="y">${label}</subfield><subfield code="u">${url}</subfield></datafield>`;

describe('readLibraryAnswer', () => {
  it('reads a GA resolution adopted by recorded vote, with its files in six languages', () => {
    const metadata = found(readLibraryAnswer(fixture('a-res-es-11-1.xml'), 'A/RES/ES-11/1', NOW));
    expect(metadata).toEqual({
      symbol: 'A/RES/ES-11/1',
      body: 'GA',
      title: 'Aggression against Ukraine',
      titles: { en: 'Aggression against Ukraine' },
      // The action date (992), not the publication date (269, 2022-03-18).
      date: '2022-03-02',
      vote: { yes: 141, no: 5, abstain: 35 },
      voteNote: 'Adopted 141-5-35, 5th plenary meeting',
      agenda: [
        'item 5: Letter dated 28 February 2014 from the Permanent Representative of Ukraine to the United Nations addressed to the President of the Security Council (S/2014/136)',
      ],
      related: ['A/ES-11/L.1', 'A/ES-11/PV.5'],
      files: {
        ar: 'https://digitallibrary.un.org/record/3959039/files/A_RES_ES-11_1-AR.pdf',
        zh: 'https://digitallibrary.un.org/record/3959039/files/A_RES_ES-11_1-ZH.pdf',
        en: 'https://digitallibrary.un.org/record/3959039/files/A_RES_ES-11_1-EN.pdf',
        fr: 'https://digitallibrary.un.org/record/3959039/files/A_RES_ES-11_1-FR.pdf',
        ru: 'https://digitallibrary.un.org/record/3959039/files/A_RES_ES-11_1-RU.pdf',
        es: 'https://digitallibrary.un.org/record/3959039/files/A_RES_ES-11_1-ES.pdf',
      },
      languages: ['ar', 'zh', 'en', 'fr', 'ru', 'es'],
      undlId: '3959039',
      source: 'library',
      fetchedAt: NOW,
    });
  });

  it('reads an SC resolution: no title beyond its number, "unanimously" is a note, not invented counts', () => {
    const metadata = found(readLibraryAnswer(fixture('s-res-2331-2016.xml'), 'S/RES/2331(2016)', NOW));
    expect(metadata.title).toBeUndefined();
    expect(metadata.body).toBe('SC');
    expect(metadata.date).toBe('2016-12-20');
    expect(metadata.vote).toBeUndefined();
    expect(metadata.voteNote).toBe('Adopted unanimously, 7847th meeting');
    expect(metadata.agenda).toEqual(['Maintenance of international peace and security']);
    expect(metadata.related).toEqual(['S/PV.7847']);
    expect(Object.keys(metadata.files ?? {})).toEqual(['en', 'ru']);
    expect(metadata.undlId).toBe('853289');
  });

  it('reads a resolution adopted without a vote, its Russian varying title, and prefers the PDF to the Word file', () => {
    const metadata = found(readLibraryAnswer(fixture('a-res-76-186.xml'), 'A/RES/76/186', NOW));
    expect(metadata.vote).toBe('without-vote');
    expect(metadata.voteNote).toBe('Adopted without vote, 53rd plenary meeting');
    expect(metadata.title).toBe('Improving the coordination of efforts against trafficking in persons');
    // The unlabelled Latin-script variant is not guessed to be French or Spanish.
    expect(metadata.titles).toEqual({
      en: 'Improving the coordination of efforts against trafficking in persons',
      ru: 'Улучшение координации усилий по борьбе с торговлей людьми',
    });
    expect(metadata.files?.en).toBe('https://digitallibrary.un.org/record/3953778/files/A_RES_76_186-EN.pdf');
    expect(Object.keys(metadata.files ?? {}).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    expect(metadata.languages).toEqual(['ar', 'en', 'fr', 'ru', 'es', 'zh']);
    expect(metadata.agenda).toEqual(['item 108: Crime prevention and criminal justice']);
    expect(metadata.related).toEqual(['A/C.3/76/L.9/Rev.1', 'A/76/479', 'A/76/PV.53']);
    expect(metadata.date).toBe('2021-12-16');
  });

  it('of two records for a phrase search, takes the one whose 191 is exactly the symbol', () => {
    const metadata = found(readLibraryAnswer(fixture('a-res-76-186-two-records.xml'), 'A/RES/76/186', NOW));
    expect(metadata.undlId).toBe('3953778');
    expect(metadata.vote).toBe('without-vote');
    // The corrigendum is found when it is the symbol asked for.
    expect(found(readLibraryAnswer(fixture('a-res-76-186-two-records.xml'), 'a/res/76/186/corr.1', NOW))).toMatchObject({
      symbol: 'A/RES/76/186/Corr.1',
      undlId: '3962001',
    });
    // And only the corrigendum is not the resolution.
    const onlyCorr = fixture('a-res-76-186-two-records.xml').replace(
      /<record>(?:(?!<\/record>)[\s\S])*<subfield code="a">A\/RES\/76\/186<\/subfield>[\s\S]*?<\/record>/,
      '',
    );
    expect(readLibraryAnswer(onlyCorr, 'A/RES/76/186', NOW)).toEqual({ kind: 'not-found' });
  });

  it('takes the counts from the Voting Data record when the bibliographic record has only a note', () => {
    const metadata = found(readLibraryAnswer(fixture('a-res-77-272-voting.xml'), 'A/RES/77/272', NOW));
    expect(metadata.undlId).toBe('4003000');
    expect(metadata.vote).toEqual({ yes: 112, no: 7, abstain: 18 });
    expect(metadata.title).toBe('Cooperation between the United Nations and the Organisation for the Prohibition of Chemical Weapons');
  });

  it('reads records written with a namespace prefix (ns0:record), as some exports are', () => {
    const prefixed = fixture('a-res-es-11-1.xml')
      .replace('<collection xmlns="http://www.loc.gov/MARC21/slim">', '<collection xmlns="http://www.loc.gov/MARC21/slim">')
      .replace(/<(\/?)(record|controlfield|datafield|subfield)\b/g, '<$1ns0:$2')
      .replace(/<ns0:record>/g, '<ns0:record xmlns:ns0="http://www.loc.gov/MARC21/slim">');
    expect(found(readLibraryAnswer(prefixed, 'A/RES/ES-11/1', NOW)).vote).toEqual({ yes: 141, no: 5, abstain: 35 });
  });

  it('says not found for an empty collection', () => {
    expect(readLibraryAnswer(fixture('empty.xml'), 'A/RES/99/999', NOW)).toEqual({ kind: 'not-found' });
  });

  it('says challenge for an HTML bot check, error for another HTML page', () => {
    expect(readLibraryAnswer(fixture('challenge.html'), 'A/RES/76/186', NOW)).toEqual({ kind: 'challenge' });
    expect(readLibraryAnswer('<!DOCTYPE html><html><body><h1>Search</h1></body></html>', 'A/RES/76/186', NOW)).toEqual({
      kind: 'error',
      detail: 'the Library answered with an HTML page, not MARCXML',
    });
  });

  it.each([
    ['nothing', ''],
    ['garbage', '<<<%%% not xml at all'],
    ['a truncated answer', fixture('a-res-es-11-1.xml').slice(0, 900)],
    ['JSON', '{"hits": []}'],
    ['another XML vocabulary', '<rss><channel/></rss>'],
  ])('says error for %s, without throwing', (_name, body) => {
    const result = readLibraryAnswer(body, 'A/RES/ES-11/1', NOW);
    expect(result.kind).toBe('error');
  });

  it('keeps only https links on UN hosts, and labels files by their name when the label is not a language', () => {
    const xml = record(
      'A/RES/1/1',
      file('English', 'javascript:alert(1)') +
        file('Français', 'https://evil.example/A_RES_1_1-FR.pdf') +
        file('Русский', 'http://digitallibrary.un.org/record/1/files/A-RU.pdf') +
        file('Español', 'https://user:pw@digitallibrary.un.org/x-ES.pdf') +
        file('Deutsch', 'https://digitallibrary.un.org/record/1/files/A_RES_1_1-DE.pdf') +
        file('PDF', 'https://documents.un.org/doc/undoc/gen/n46/001/A_RES_1_1-AR.pdf') +
        file('中文', 'https://digitallibrary.un.org/record/1/files/A_RES_1_1-ZH.pdf'),
    );
    expect(found(readLibraryAnswer(xml, 'A/RES/1/1', NOW)).files).toEqual({
      ar: 'https://documents.un.org/doc/undoc/gen/n46/001/A_RES_1_1-AR.pdf',
      zh: 'https://digitallibrary.un.org/record/1/files/A_RES_1_1-ZH.pdf',
    });
  });

  it('cleans what it keeps: no control characters, no bidi overrides, bounded lengths', () => {
    const long = 'x'.repeat(5000);
    const xml = record(
      'A/RES/1/1',
      `<datafield tag="245" ind1="1" ind2="0"><subfield code="a">Title&#x202E;evil\u0007 with\ttabs and\nlines :</subfield>` +
        `<subfield code="b">resolution / adopted by the General Assembly</subfield></datafield>` +
        `<datafield tag="991" ind1=" " ind2=" "><subfield code="b">1</subfield><subfield code="c">${long}</subfield></datafield>`,
    );
    const metadata = found(readLibraryAnswer(xml, 'A/RES/1/1', NOW));
    expect(metadata.title).toBe('Titleevil with tabs and lines');
    expect((metadata.agenda?.[0] ?? '').length).toBeLessThanOrEqual(620);
  });

  it('reads a vote note with counts, and the Voting Data counts, and never makes up counts', () => {
    const note = (text: string) => `<datafield tag="996" ind1=" " ind2=" "><subfield code="a">${text}</subfield></datafield>`;
    const vote = (text: string) => found(readLibraryAnswer(record('A/RES/1/1', note(text)), 'A/RES/1/1', NOW)).vote;
    expect(vote('Adopted 151-6-27, 42nd plenary meeting')).toEqual({ yes: 151, no: 6, abstain: 27 });
    expect(vote('Adopted without a vote, 88th plenary meeting')).toBe('without-vote');
    expect(vote('Recorded vote, 59th plenary meeting')).toBeUndefined();
    const counts =
      '<datafield tag="996" ind1=" " ind2=" "><subfield code="b">13</subfield><subfield code="c">0</subfield><subfield code="d">2</subfield></datafield>';
    expect(found(readLibraryAnswer(record('A/RES/1/1', counts), 'A/RES/1/1', NOW)).vote).toEqual({ yes: 13, no: 0, abstain: 2 });
  });
});
