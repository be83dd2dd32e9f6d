import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_MATCHES, isDefaultSite } from '../../../lib/sites/default-sites';
import {
  choiceToReach,
  isSiteEnabled,
  readSiteChoices,
  siteOf,
  siteState,
  withChoice,
  type SiteSettings,
} from '../../../lib/sites/site-choices';

const DEFAULTS: SiteSettings = { allSites: false, siteChoices: {} };

describe('the default sites', () => {
  it.each([
    'un.org',
    'www.un.org',
    'press.un.org',
    'digitallibrary.un.org',
    'docs.un.org',
    'undocs.org',
    'www.ohchr.org',
    'unodc.org',
    'www.undp.org',
    'en.unesco.org',
  ])('%s is one', (host) => expect(isDefaultSite(host)).toBe(true));

  it.each(['not-un.example', 'fun.org', 'un.org.evil.example', 'www.undocs.org', 'example.com', 'wikipedia.org', 'unesco.org.example'])(
    '%s is not',
    (host) => expect(isDefaultSite(host)).toBe(false),
  );

  it("are written as match patterns for https only (a plain-http page is anyone's on the way)", () => {
    expect(DEFAULT_SITE_MATCHES).toEqual([
      'https://*.un.org/*',
      'https://undocs.org/*',
      'https://*.ohchr.org/*',
      'https://*.unodc.org/*',
      'https://*.undp.org/*',
      'https://*.unesco.org/*',
    ]);
  });
});

describe('siteOf', () => {
  it('is the lower-case hostname of an http(s) page', () => {
    expect(siteOf('https://Press.UN.org/en/2024/sc1234.doc.htm')).toBe('press.un.org');
    expect(siteOf('http://example.org:8080/x?y#z')).toBe('example.org');
    expect(siteOf('https://www.un.org./en/')).toBe('www.un.org');
    expect(siteOf('https://[::1]/')).toBe('[::1]');
  });

  it.each([
    'chrome://extensions/',
    'chrome-extension://jfplbljalmcbdlegkmpiahmidllbgnjn/popup.html',
    'moz-extension://1234/reader.html',
    'about:blank',
    'file:///home/me/a.html',
    'data:text/html,hi',
    'blob:https://www.un.org/1234',
    'view-source:https://www.un.org/',
    'not a url',
    '',
  ])('is null for %s', (url) => expect(siteOf(url)).toBeNull());
});

describe('isSiteEnabled', () => {
  it('is on for the default sites and off elsewhere, by default', () => {
    expect(isSiteEnabled(DEFAULTS, 'https://www.un.org/en/')).toBe(true);
    expect(isSiteEnabled(DEFAULTS, 'https://press.un.org/en/2016/sc12345.doc.htm')).toBe(true);
    expect(isSiteEnabled(DEFAULTS, 'https://not-un.example/')).toBe(false);
  });

  it('never runs on extension or browser pages, even with all sites on', () => {
    const all = { allSites: true, siteChoices: {} };
    expect(isSiteEnabled(all, 'chrome-extension://x/reader.html')).toBe(false);
    expect(isSiteEnabled(all, 'chrome://settings')).toBe(false);
    expect(isSiteEnabled(all, 'https://en.wikipedia.org/wiki/X')).toBe(true);
  });

  it('follows a choice for that exact host only', () => {
    const settings = { allSites: false, siteChoices: { 'press.un.org': false, 'example.org': true } };
    expect(isSiteEnabled(settings, 'https://press.un.org/en/')).toBe(false);
    expect(isSiteEnabled(settings, 'https://www.un.org/en/')).toBe(true);
    expect(isSiteEnabled(settings, 'https://example.org/')).toBe(true);
    expect(isSiteEnabled(settings, 'https://www.example.org/')).toBe(false);
  });

  it('lets a choice "off" win over all sites', () => {
    const settings = { allSites: true, siteChoices: { 'example.org': false } };
    expect(isSiteEnabled(settings, 'https://example.org/')).toBe(false);
    expect(isSiteEnabled(settings, 'https://example.com/')).toBe(true);
  });

  it('ignores choices named like object members', () => {
    expect(isSiteEnabled(DEFAULTS, 'https://constructor/')).toBe(false);
    expect(siteState(DEFAULTS, 'tostring')).toEqual({ on: false, source: 'off' });
  });

  it('says why a site is on or off', () => {
    expect(siteState(DEFAULTS, 'www.un.org')).toEqual({ on: true, source: 'default' });
    expect(siteState({ allSites: true, siteChoices: {} }, 'example.org')).toEqual({ on: true, source: 'all-sites' });
    expect(siteState({ allSites: false, siteChoices: { 'www.un.org': false } }, 'www.un.org')).toEqual({ on: false, source: 'choice' });
  });
});

describe('readSiteChoices (what storage held)', () => {
  it('keeps hostname → boolean entries', () => {
    expect(readSiteChoices({ 'www.un.org': false, 'example.org': true })).toEqual({ 'www.un.org': false, 'example.org': true });
  });

  it('drops bad entries one by one and keeps the rest', () => {
    expect(readSiteChoices({ 'www.un.org': 'false', 'Example.org': true, 'a b': true, '': true, 'ok.example': false })).toEqual({
      'ok.example': false,
    });
  });

  it.each([null, undefined, 'www.un.org', 3, true, [['www.un.org', false]]])('reads %j as no choices', (stored) => {
    expect(readSiteChoices(stored)).toEqual({});
  });

  it('reads an absurdly large map as corrupt', () => {
    const huge = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`h${i}.example`, true]));
    expect(readSiteChoices(huge)).toEqual({});
  });
});

describe('changing a choice', () => {
  it('withChoice sets or removes one host and leaves the rest', () => {
    const choices = { 'a.example': true };
    expect(withChoice(choices, 'b.example', false)).toEqual({ 'a.example': true, 'b.example': false });
    expect(withChoice(choices, 'a.example', null)).toEqual({});
    expect(choices).toEqual({ 'a.example': true });
  });

  it('choiceToReach stores only departures from the defaults', () => {
    expect(choiceToReach(DEFAULTS, 'www.un.org', false)).toBe(false);
    expect(choiceToReach({ allSites: false, siteChoices: { 'www.un.org': false } }, 'www.un.org', true)).toBeNull();
    expect(choiceToReach(DEFAULTS, 'example.org', true)).toBe(true);
    expect(choiceToReach({ allSites: false, siteChoices: { 'example.org': true } }, 'example.org', false)).toBeNull();
    expect(choiceToReach({ allSites: true, siteChoices: {} }, 'example.org', false)).toBe(false);
    expect(choiceToReach({ allSites: true, siteChoices: {} }, 'example.org', true)).toBeNull();
  });
});
