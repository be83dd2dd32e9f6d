import { describe, expect, it } from 'vitest';
import {
  BYPASS_RULE_ID_MIN,
  MAX_ORIGINAL_URL_LENGTH,
  bypassIsUsed,
  bypassRule,
  bypassRuleIdsForTab,
  checkOriginalUrl,
  isBypassRuleId,
  nextBypassRuleId,
} from '../../../lib/open-in-reader/original-bypass';
import { readerRedirectRules } from '../../../lib/open-in-reader/reader-rules';
import { simulate } from './dnr-simulator';

const READER = 'chrome-extension://jfplbljalmcbdlegkmpiahmidllbgnjn/reader.html';

describe('checkOriginalUrl', () => {
  it.each([
    'https://undocs.org/ru/A/RES/76/186',
    'https://docs.un.org/en/S/RES/2331(2016)',
    'https://documents.un.org/api/symbol/access?s=A/RES/76/186&l=ru&t=pdf',
    'https://documents.un.org/doc/undoc/gen/n21/402/38/pdf/n2140238.pdf?token=abc&fe=true',
  ])('accepts %s', (url) => {
    expect(checkOriginalUrl(url)).toEqual({ ok: true, url: new URL(url).href });
  });

  it('returns the address as the URL parser writes it', () => {
    expect(checkOriginalUrl('https://UNDOCS.org/ru/A/RES/76/186')).toEqual({ ok: true, url: 'https://undocs.org/ru/A/RES/76/186' });
  });

  it.each([
    ['not a string', 42, /string/],
    ['a relative address', '/ru/A/RES/76/186', /absolute/],
    ['plain http', 'http://undocs.org/ru/A/RES/76/186', /https/],
    ['javascript:', 'javascript:alert(1)', /https/],
    ['a data URL', 'data:application/pdf;base64,JVBERi0=', /https/],
    ['another UN site', 'https://www.un.org/en/', /must be on/],
    ['the Library (not a document host)', 'https://digitallibrary.un.org/record/1', /must be on/],
    ['a look-alike host', 'https://undocs.org.evil.example/ru/A/RES/76/186', /must be on/],
    ['a subdomain', 'https://www.undocs.org.evil.example/', /must be on/],
    ['credentials', 'https://user:pw@undocs.org/ru/A/RES/76/186', /credentials/],
    ['a port', 'https://undocs.org:8443/ru/A/RES/76/186', /port/],
    ['an over-long address', `https://undocs.org/${'a'.repeat(MAX_ORIGINAL_URL_LENGTH)}`, /longer/],
  ])('refuses %s, saying why', (_name, value, reason) => {
    const check = checkOriginalUrl(value);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });
});

describe('the bypass rule', () => {
  const redirects = readerRedirectRules(READER);
  const chain = [
    'https://undocs.org/ru/A/RES/76/186',
    'https://documents.un.org/api/symbol/access?s=A%2FRES%2F76%2F186&l=ru&t=pdf',
    'https://documents.un.org/doc/undoc/gen/n21/402/38/pdf/n2140238.pdf?token=abc&fe=true',
  ];

  it('lets every hop of the UN redirect chain through in its tab', () => {
    const rules = [...redirects, bypassRule(BYPASS_RULE_ID_MIN, 7)];
    for (const url of chain) {
      const outcome = simulate(rules, { url, tabId: 7 });
      expect(outcome?.rule.action.type, url).toBe('allow');
      expect(outcome?.redirectTo).toBeUndefined();
    }
  });

  it('changes nothing in other tabs', () => {
    const rules = [...redirects, bypassRule(BYPASS_RULE_ID_MIN, 7)];
    for (const url of chain) expect(simulate(rules, { url, tabId: 8 })?.redirectTo, url).toMatch(/reader\.html\?/);
  });

  it('lets nothing else through: other hosts are not its business', () => {
    const rule = bypassRule(BYPASS_RULE_ID_MIN, 7);
    expect(simulate([rule], { url: 'https://not-un.example/', tabId: 7 })).toBeNull();
    expect(simulate([rule], { url: 'https://undocs.org/ru/A/RES/76/186', tabId: 7, resourceType: 'xmlhttprequest' })).toBeNull();
  });
});

describe('bypass bookkeeping', () => {
  it('takes the first bypass id, then one past the highest in use, ignoring other rules', () => {
    expect(nextBypassRuleId([])).toBe(BYPASS_RULE_ID_MIN);
    expect(nextBypassRuleId([{ id: 3 }, { id: 500 }])).toBe(BYPASS_RULE_ID_MIN);
    expect(nextBypassRuleId([{ id: BYPASS_RULE_ID_MIN }, { id: BYPASS_RULE_ID_MIN + 4 }])).toBe(BYPASS_RULE_ID_MIN + 5);
  });

  it('finds the bypass rules of one tab only', () => {
    const rules = [bypassRule(1000, 7), bypassRule(1001, 8), bypassRule(1002, 7), { id: 3, condition: { tabIds: [7] } }];
    expect(bypassRuleIdsForTab(rules, 7)).toEqual([1000, 1002]);
    expect(bypassRuleIdsForTab(rules, 9)).toEqual([]);
    expect(isBypassRuleId(3)).toBe(false);
  });

  it('ends when the tab has finished loading a page on a UN document host', () => {
    expect(bypassIsUsed('complete', 'https://documents.un.org/doc/undoc/gen/n21/402/38/pdf/n2140238.pdf?token=x')).toBe(true);
    // Still on its way, or the reader page itself finishing, or an address the extension cannot see.
    expect(bypassIsUsed('loading', 'https://documents.un.org/doc/undoc/gen/n21/402/38/pdf/n2140238.pdf')).toBe(false);
    expect(bypassIsUsed('complete', `${READER}?symbol=A/RES/76/186&lang=ru`)).toBe(false);
    expect(bypassIsUsed('complete', undefined)).toBe(false);
    expect(bypassIsUsed(undefined, 'https://undocs.org/ru/A/RES/76/186')).toBe(false);
  });
});
