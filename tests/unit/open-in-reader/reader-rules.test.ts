import { describe, expect, it } from 'vitest';
import { READER_RULE_ID_MAX, READER_RULE_ID_MIN, UN_DOCUMENT_HOSTS, readerRedirectRules } from '../../../lib/open-in-reader/reader-rules';
import { simulate } from './dnr-simulator';

const CHROME_READER = 'chrome-extension://jfplbljalmcbdlegkmpiahmidllbgnjn/reader.html';
const FIREFOX_READER = 'moz-extension://8f1c1b52-2d1e-4a55-9c51-0e4b1c7b7a10/reader.html';
const rules = readerRedirectRules(CHROME_READER);

function redirectOf(url: string, resourceType = 'main_frame'): string | null {
  return simulate(rules, { url, resourceType })?.redirectTo ?? null;
}

/** What the reader will read from its own address (the contract in ADR 0007). */
function readerParams(address: string): { symbol: string | null; lang: string | null; src: string | null } {
  const url = new URL(address);
  const query = url.search.slice(1);
  // `src` is always last and raw: everything after `src=`.
  const srcAt = query.indexOf('src=');
  return {
    symbol: url.searchParams.get('symbol'),
    lang: url.searchParams.get('lang'),
    src: srcAt === 0 ? query.slice('src='.length) : null,
  };
}

describe('documents with a language in the address', () => {
  it.each([
    ['https://undocs.org/ru/A/RES/76/186', 'A/RES/76/186', 'ru'],
    ['https://docs.un.org/ru/A/RES/76/186', 'A/RES/76/186', 'ru'],
    ['https://undocs.org/en/S/RES/2331(2016)', 'S/RES/2331(2016)', 'en'],
    ['https://undocs.org/fr/A/RES/ES-10/19', 'A/RES/ES-10/19', 'fr'],
    ['https://docs.un.org/zh/E/RES/2022/14', 'E/RES/2022/14', 'zh'],
    ['https://docs.un.org/ar/A/HRC/RES/48/13', 'A/HRC/RES/48/13', 'ar'],
    ['https://undocs.org/es/A/C.3/76/L.1/Rev.1', 'A/C.3/76/L.1/Rev.1', 'es'],
    ['https://www.undocs.org/en/A/RES/76/186', 'A/RES/76/186', 'en'],
    // A language typed in capitals still reaches the reader in lower case.
    ['https://undocs.org/EN/A/RES/76/186', 'A/RES/76/186', 'en'],
    // The symbol is passed as written; the reader canonicalises it.
    ['https://undocs.org/en/a/res/76/186', 'a/res/76/186', 'en'],
    // Percent-escapes stay escaped in the address and decode when the reader reads it.
    ['https://undocs.org/en/S/RES/2331%20(2016)', 'S/RES/2331 (2016)', 'en'],
    ['https://undocs.org/en/S/RES/2331%282016%29', 'S/RES/2331(2016)', 'en'],
    ['https://undocs.org/en/A%2FRES%2F76%2F186', 'A/RES/76/186', 'en'],
    ['https://undocs.org/ru/A/RES/2200%20A%20(XXI)', 'A/RES/2200 A (XXI)', 'ru'],
    // A query after the symbol is dropped.
    ['https://undocs.org/en/A/RES/76/186?ln=en', 'A/RES/76/186', 'en'],
  ])('%s → symbol %s, lang %s', (url, symbol, lang) => {
    const to = redirectOf(url);
    expect(to).not.toBeNull();
    expect(to!.startsWith(`${CHROME_READER}?`)).toBe(true);
    expect(readerParams(to!)).toEqual({ symbol, lang, src: null });
  });

  it('builds exactly the address of the contract', () => {
    expect(redirectOf('https://undocs.org/ru/A/RES/76/186')).toBe(`${CHROME_READER}?symbol=A/RES/76/186&lang=ru`);
  });
});

describe('documents without a language', () => {
  it.each([
    ['https://undocs.org/A/RES/76/186', 'A/RES/76/186'],
    ['https://undocs.org/S/RES/2331(2016)', 'S/RES/2331(2016)'],
    ['https://undocs.org/a/res/ES-10/19', 'a/res/ES-10/19'],
    // The old mobile address, still linked from older UN pages.
    ['https://undocs.org/Home/Mobile?FinalSymbol=A%2FRES%2F76%2F186&Language=E&DeviceType=Desktop', 'A/RES/76/186'],
    ['https://undocs.org/Home/Mobile?FinalSymbol=S/RES/2331(2016)', 'S/RES/2331(2016)'],
  ])('%s → symbol %s, the browser language', (url, symbol) => {
    const to = redirectOf(url);
    expect(to).not.toBeNull();
    expect(readerParams(to!)).toEqual({ symbol, lang: null, src: null });
  });

  it('leaves a language prefix to the language rules (they have priority)', () => {
    expect(readerParams(redirectOf('https://undocs.org/ru/A/RES/76/186')!).lang).toBe('ru');
  });
});

describe('files known by URL', () => {
  it.each([
    'https://documents.un.org/api/symbol/access?s=A/RES/76/186&l=ru&t=pdf',
    'https://documents.un.org/api/symbol/access?s=A%2FRES%2F76%2F186&l=ru&t=pdf',
    'https://documents.un.org/doc/undoc/gen/n21/402/38/pdf/n2140238.pdf',
    'https://documents.un.org/doc/undoc/gen/n21/402/38/pdf/n2140238.pdf?token=Zm9vYmFy&fe=true',
    'https://documents.un.org/doc/UNDOC/GEN/N21/402/38/PDF/N2140238.pdf?OpenElement',
  ])('%s → src=<the same URL>, raw and last', (url) => {
    const to = redirectOf(url);
    expect(to).toBe(`${CHROME_READER}?src=${url}`);
    expect(readerParams(to!).src).toBe(url);
  });
});

describe('what is not redirected', () => {
  it.each([
    'https://undocs.org/',
    'https://undocs.org/en',
    'https://undocs.org/en/',
    'https://undocs.org/ru/A/',
    'https://docs.un.org/',
    'https://docs.un.org/en/',
    'https://documents.un.org/',
    'https://documents.un.org/symbol-explorer?s=A/RES/76/186&i=A/RES/76/186_1234',
    'https://documents.un.org/api/symbol/access',
    'https://documents.un.org/doc/undoc/gen/n21/402/38/pdf/n2140238.docx',
    'https://digitallibrary.un.org/record/4060887?ln=en',
    'https://www.un.org/en/ga/',
    'https://not-un.example/undocs.org/en/A/RES/76/186',
    'https://undocs.org.evil.example/en/A/RES/76/186',
    'https://evil.example/?u=https://undocs.org/en/A/RES/76/186',
    'http://undocs.org/en/A/RES/76/186',
  ])('%s', (url) => {
    expect(redirectOf(url)).toBeNull();
  });

  it('never redirects the reader’s own fetches, only top-level navigations', () => {
    for (const type of ['xmlhttprequest', 'sub_frame', 'other', 'object']) {
      expect(redirectOf('https://undocs.org/ru/A/RES/76/186', type)).toBeNull();
      expect(redirectOf('https://documents.un.org/doc/undoc/gen/n21/402/38/pdf/n2140238.pdf', type)).toBeNull();
    }
  });

  it('never matches a reader address, so no redirect can loop', () => {
    const samples = [
      'https://undocs.org/ru/A/RES/76/186',
      'https://undocs.org/A/RES/76/186',
      'https://documents.un.org/api/symbol/access?s=A/RES/76/186&l=ru&t=pdf',
      'https://documents.un.org/doc/undoc/gen/n21/402/38/pdf/n2140238.pdf?token=x',
    ];
    for (const url of samples) {
      const to = redirectOf(url)!;
      expect(() => new URL(to)).not.toThrow();
      expect(redirectOf(to)).toBeNull();
    }
  });
});

describe('the rules themselves', () => {
  it('have fixed ids in the reader range, so re-adding them replaces rather than duplicates', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id >= READER_RULE_ID_MIN && id <= READER_RULE_ID_MAX).toBe(true);
    expect(readerRedirectRules(FIREFOX_READER).map((rule) => rule.id)).toEqual(ids);
  });

  it('are built on the reader address of the install (Firefox gives each install its own)', () => {
    const firefox = readerRedirectRules(FIREFOX_READER);
    const to = simulate(firefox, { url: 'https://undocs.org/ru/A/RES/76/186' })?.redirectTo;
    expect(to).toBe(`${FIREFOX_READER}?symbol=A/RES/76/186&lang=ru`);
  });

  it('use only syntax RE2 (Chrome) and JavaScript (Firefox) share', () => {
    for (const rule of rules) {
      const regex = rule.condition.regexFilter!;
      expect(regex, 'anchored on the whole URL').toMatch(/^\^.*\$$/);
      expect(regex, 'no lookaround').not.toMatch(/\(\?[=!<]/);
      expect(regex, 'no backreference').not.toMatch(/\\[1-9]/);
      expect(regex, 'no named group').not.toMatch(/\(\?P?</);
      expect(regex.length).toBeLessThan(200);
      expect(rule.condition.isUrlFilterCaseSensitive).toBe(false);
      expect(rule.condition.resourceTypes).toEqual(['main_frame']);
    }
  });

  it('only ever look at the UN document hosts', () => {
    const documents = [
      'https://undocs.org/ru/A/RES/76/186',
      'https://docs.un.org/ru/A/RES/76/186',
      'https://undocs.org/A/RES/76/186',
      'https://undocs.org/Home/Mobile?FinalSymbol=A/RES/76/186',
      'https://documents.un.org/api/symbol/access?s=A/RES/76/186&l=ru&t=pdf',
      'https://documents.un.org/doc/undoc/gen/n21/402/38/pdf/n2140238.pdf',
    ];
    for (const url of documents) {
      const { hostname } = new URL(url);
      expect((UN_DOCUMENT_HOSTS as readonly string[]).includes(hostname)).toBe(true);
      expect(redirectOf(url), url).not.toBeNull();
      for (const other of ['evil.example', `${hostname}.evil.example`, `evil${hostname}`, hostname.replace('.', '-')]) {
        expect(redirectOf(url.replace(hostname, other)), other).toBeNull();
      }
    }
  });

  it.each([
    ['a query', `${CHROME_READER}?x=1`],
    ['a backslash', 'chrome-extension://id\\1/reader.html'],
    ['another page', 'chrome-extension://id/about.html'],
    ['no scheme', 'reader.html'],
  ])('refuse a reader address with %s', (_name, address) => {
    expect(() => readerRedirectRules(address)).toThrow(/reader page address/);
  });
});

describe('a symbol cannot smuggle parameters into the reader', () => {
  it.each([
    'https://undocs.org/en/A/RES/76/186&src=https://documents.un.org/doc/undoc/x.pdf',
    'https://undocs.org/A/RES/76/186&src=https://documents.un.org/doc/undoc/x.pdf',
    'https://docs.un.org/ru/A/RES/76/186&note=x',
    'https://undocs.org/Home/Mobile?FinalSymbol=A/RES/1&src=https://documents.un.org/doc/undoc/x.pdf',
  ])('%s reaches the reader with no src and a symbol without &', (url) => {
    const to = redirectOf(url);
    if (to === null) return;
    const params = readerParams(to);
    expect(params.src).toBeNull();
    expect(to.slice(to.indexOf('?') + 1).includes('src=')).toBe(false);
  });
});
