import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { symbolFromFirstPage, titleFromFirstPage } from '../../../lib/reader/first-page';
import { pdfPageText } from '../../../lib/surface/pdf-page-text';
import { pdfjsNormalize, seedPages } from '../surface/seed-pages';
import { extractPdfText } from '../../../lib/text/pdf-text';

async function firstPage(name: string): Promise<string> {
  const [page] = await seedPages(name);
  return pdfPageText(page!.items, await pdfjsNormalize()).text;
}

describe('what the first page says', () => {
  it('gives the symbol and title of each seed document', async () => {
    const a = await firstPage('a-res-76-186.ru.pdf');
    expect(symbolFromFirstPage(a)).toBe('A/RES/76/186');
    expect(titleFromFirstPage(a, 'A/RES/76/186')).toBe('Улучшение координации усилий по борьбе с торговлей людьми');

    const e = await firstPage('e-res-2022-14.ru.pdf');
    expect(symbolFromFirstPage(e)).toBe('E/RES/2022/14');
    expect(titleFromFirstPage(e, 'E/RES/2022/14')).toBe(
      'Укрепление усилий на национальном и международном уровнях, в том числе предпринимаемых совместно с частным сектором, по защите детей от сексуальной эксплуатации и сексуальных надругательств',
    );

    const b = await firstPage('a-res-80-173.ru.pdf');
    expect(symbolFromFirstPage(b)).toBe('A/RES/80/173');
    expect(titleFromFirstPage(b, 'A/RES/80/173')).toMatch(/^Итоговый документ совещания высокого уровня/);
  });

  it('reads a real masthead: distribution lines first, the numbered title further down', () => {
    const text = [
      'United Nations A/RES/64/293',
      'General Assembly Distr.: General',
      '12 August 2010',
      'Sixty-fourth session',
      'Agenda item 104',
      'Resolution adopted by the General Assembly on 30 July 2010',
      '64/293. United Nations Global Plan of Action to Combat',
      'Trafficking in Persons',
      'The General Assembly,',
    ].join('\n');
    expect(symbolFromFirstPage(text)).toBe('A/RES/64/293');
    // "Trafficking" starts with a capital: the title's second line is not recognised as such.
    expect(titleFromFirstPage(text, 'A/RES/64/293')).toBe('United Nations Global Plan of Action to Combat');
  });

  it('falls back to the line after the symbol, and to nothing', () => {
    expect(titleFromFirstPage('Nations Unies S/2024/1\nLettre datée du 2 janvier 2024\n', 'S/2024/1')).toBe(
      'Lettre datée du 2 janvier 2024',
    );
    expect(symbolFromFirstPage('A scanned cover page\nwith no symbol')).toBeNull();
    expect(titleFromFirstPage('', null)).toBeNull();
  });

  it("reads the title by the page's own symbol when the address named another", () => {
    const text = 'United Nations E/RES/2022/14\n2022/14. Strengthening efforts\nThe Economic and Social Council';
    expect(titleFromFirstPage(text, 'A/RES/64/293')).toBe('Strengthening efforts');
  });

  it('takes a symbol out of brackets and trailing punctuation', () => {
    expect(symbolFromFirstPage('(A/HRC/RES/44/4).')).toBe('A/HRC/RES/44/4');
  });

  it('clips a runaway title', () => {
    const title = titleFromFirstPage(`United Nations A/RES/1/1\n1/1. ${'очень длинное название '.repeat(30)}`, 'A/RES/1/1');
    expect(title!.length).toBeLessThanOrEqual(240);
    expect(title!.endsWith('…')).toBe(true);
  });
});

describe('the title of an Arabic and a Chinese resolution', () => {
  // The synthetic find fixtures, printed by Chromium as the UN lays resolutions out: Arabic writes
  // "76/900 - title", and the Chinese glyphs come out as Kangxi radicals (⼤会, 努⼒), folded back.
  it.each([
    ['tests/fixtures/synthetic/find-ar.pdf', 'تحسين تنسيق الجهود المبذولة لمكافحة الاتجار بالأشخاص'],
    ['tests/fixtures/synthetic/find-zh.pdf', '改进协调努力，打击贩运人口'],
  ])('%s: %s', async (file, title) => {
    const pdf = await extractPdfText(new Uint8Array(readFileSync(file)));
    expect(titleFromFirstPage(pdf.pageTexts[0]!, 'A/RES/76/900')).toBe(title);
  });
});
