import { describe, expect, it } from 'vitest';
import { symbolFromDocumentUrl } from '../../../lib/text/undocs-link';

describe('symbolFromDocumentUrl', () => {
  it.each([
    ['https://undocs.org/ru/A/RES/64/293', 'A/RES/64/293'],
    ['https://undocs.org/A/RES/64/293', 'A/RES/64/293'],
    ['http://www.undocs.org/en/A/RES/64/293/', 'A/RES/64/293'],
    ['https://docs.un.org/en/S/RES/2331(2016)', 'S/RES/2331(2016)'],
    ['https://docs.un.org/en/S/RES/2331%20(2016)', 'S/RES/2331(2016)'],
    ['https://undocs.org/fr/A%2FRES%2F76%2F186', 'A/RES/76/186'],
    ['https://undocs.org/zh/e/2002/68/add.1', 'E/2002/68/Add.1'],
    ['https://undocs.org/A/RES/ES-10/19', 'A/RES/ES-10/19'],
    ['https://undocs.org/Home/Mobile?FinalSymbol=A%2F76%2F1&Language=E', 'A/76/1'],
    ['https://documents.un.org/api/symbol/access?s=A/RES/76/186&l=en&t=pdf', 'A/RES/76/186'],
  ])('%s → %s', (href, symbol) => {
    expect(symbolFromDocumentUrl(href)).toBe(symbol);
  });

  it.each([
    ['another site', 'https://example.org/en/A/RES/64/293'],
    ['a look-alike host', 'https://undocs.org.example.com/A/RES/64/293'],
    ['a file path on documents.un.org', 'https://documents.un.org/doc/undoc/gen/n21/403/47/pdf/n2140347.pdf'],
    ['the home page', 'https://undocs.org/'],
    ['a language page', 'https://undocs.org/en'],
    ['a path that is not a symbol', 'https://undocs.org/en/about/contact'],
    ['a mail link', 'mailto:someone@undocs.org'],
    ['a malformed percent escape', 'https://undocs.org/en/A%2/RES'],
    ['nonsense', 'not a url at all'],
  ])('rejects %s', (_what, href) => {
    expect(symbolFromDocumentUrl(href)).toBeNull();
  });

  it('resolves a relative link against the page address', () => {
    expect(symbolFromDocumentUrl('/en/A/RES/70/1', 'https://undocs.org/en/A/RES/76/186')).toBe('A/RES/70/1');
    expect(symbolFromDocumentUrl('/en/A/RES/70/1')).toBeNull();
  });
});

describe('links written into web pages', () => {
  it('point at undocs.org, never at the extension (no install or per-install id for a site to read)', async () => {
    const { pageLinkOf } = await import('../../../lib/reader/page-link');
    expect(pageLinkOf('reader.html?symbol=S/RES/1958(2010)&lang=en&pinpoint=para.%202', 'ru')).toBe(
      'https://undocs.org/en/S/RES/1958(2010)',
    );
    expect(pageLinkOf('reader.html?symbol=A/RES/76/186', 'fr')).toBe('https://undocs.org/fr/A/RES/76/186');
    expect(pageLinkOf('notes.html?doc=symbol%3AA%2FRES%2F1', 'en')).toBeNull();
  });
});
