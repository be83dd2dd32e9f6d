import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_SAMPLE_FILES, bundledSamples } from '../../../lib/reader/bundled-samples';
import { bundledDocuments, documentOfUrl, documentSource, unApiUrl } from '../../../lib/reader/document-source';

const ROOT = 'chrome-extension://id/';
const bundled = bundledSamples(ROOT);

describe('documentSource', () => {
  it('reads a bundled document from its copy first, the UN API second', () => {
    expect(documentSource({ symbol: 'A/RES/76/186', lang: 'ru' }, 'ru', bundled)).toEqual({
      candidates: [
        { kind: 'bundled', url: 'chrome-extension://id/samples/a-res-76-186.ru.pdf' },
        { kind: 'un', url: 'https://documents.un.org/api/symbol/access?s=A%2FRES%2F76%2F186&l=ru&t=pdf' },
      ],
      originalUrl: 'https://undocs.org/ru/A/RES/76/186',
    });
  });

  it('reads any other document, or another language, from the UN API', () => {
    const source = documentSource({ symbol: 'A/RES/76/186', lang: 'en' }, 'en', bundled);
    expect(source.candidates).toEqual([{ kind: 'un', url: unApiUrl('A/RES/76/186', 'en') }]);
    expect(source.originalUrl).toBe('https://undocs.org/en/A/RES/76/186');
    expect(documentSource({ symbol: 'A/RES/64/293' }, 'fr', bundled).originalUrl).toBe('https://undocs.org/fr/A/RES/64/293');
  });

  it('reads a src address from there, and calls it the original', () => {
    const src = 'https://documents.un.org/doc/undoc/gen/n21/400/00/pdf/n2140000.pdf?token=x';
    expect(documentSource({ src, symbol: 'A/RES/76/186' }, 'ru', bundled)).toEqual({
      candidates: [{ kind: 'src', url: src }],
      originalUrl: src,
    });
  });
});

describe('bundled samples', () => {
  it('lists exactly the PDFs in assets/samples (the build copies that folder)', () => {
    const folder = readdirSync(new URL('../../../assets/samples/', import.meta.url)).filter((name) => name.endsWith('.pdf'));
    expect([...BUNDLED_SAMPLE_FILES].sort()).toEqual(folder.sort());
  });

  it('knows each sample by symbol and language', () => {
    expect(bundled.map((doc) => `${doc.symbol} ${doc.lang}`).sort()).toEqual([
      'A/80/L.41 en',
      'A/RES/76/186 ru',
      'A/RES/78/213 en',
      'A/RES/79/1 en',
      'A/RES/79/277 en',
      'A/RES/79/323 en',
      'A/RES/80/173 en',
      'A/RES/80/173 ru',
      'E/RES/2022/14 ru',
    ]);
  });

  it('skips files not named after a symbol and a language', () => {
    expect(bundledDocuments({ 'notes.pdf': 'x', 'a-res-1-1.pdf': 'y', 'a-res-1-1.ru.txt': 'z' })).toEqual([]);
  });
});

describe('documentOfUrl', () => {
  it('reads the symbol and language a UN address names', () => {
    expect(documentOfUrl('https://documents.un.org/api/symbol/access?s=A/RES/76/186&l=ru&t=pdf')).toEqual({
      symbol: 'A/RES/76/186',
      lang: 'ru',
    });
    expect(documentOfUrl('https://undocs.org/en/S/RES/2331(2016)')).toEqual({ symbol: 'S/RES/2331(2016)', lang: 'en' });
    expect(documentOfUrl('https://docs.un.org/fr/A/HRC/RES/44/4')).toEqual({ symbol: 'A/HRC/RES/44/4', lang: 'fr' });
    expect(documentOfUrl('https://undocs.org/A/RES/76/186')).toEqual({ symbol: 'A/RES/76/186' });
  });

  it('says nothing for a file address or another site', () => {
    expect(documentOfUrl('https://documents.un.org/doc/undoc/gen/n21/400/00/pdf/n2140000.pdf?token=x')).toEqual({});
    expect(documentOfUrl('https://example.org/en/A/RES/76/186')).toEqual({});
    expect(documentOfUrl('not a url')).toEqual({});
  });
});
