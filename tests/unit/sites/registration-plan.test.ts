import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_MATCHES } from '../../../lib/sites/default-sites';
import { ALL_SITES_ORIGIN, grantsAllSites, grantsSite, originPatternFor } from '../../../lib/sites/permission-origins';
import {
  DYNAMIC_SCRIPT_ID,
  changeAfterGrant,
  changeAfterRemoval,
  desiredRegistration,
  planRegistration,
} from '../../../lib/sites/registration-plan';

/** What Chrome reports as granted at install: the manifest's host permissions. */
const INSTALL_GRANTS = ['https://undocs.org/*', 'https://docs.un.org/*', ...DEFAULT_SITE_MATCHES];

describe('granted origins', () => {
  it('cover a site by exact host, by *.domain, or all hosts', () => {
    expect(grantsSite(['*://example.org/*'], 'example.org')).toBe(true);
    expect(grantsSite(['https://example.org/*'], 'example.org')).toBe(true);
    expect(grantsSite(['*://*.example.org/*'], 'a.example.org')).toBe(true);
    expect(grantsSite(['*://*.example.org/*'], 'example.org')).toBe(true);
    expect(grantsSite([ALL_SITES_ORIGIN], 'anything.example')).toBe(true);
    expect(grantsSite(['<all_urls>'], 'anything.example')).toBe(true);
  });

  it('do not cover another host, a look-alike or an http-only grant', () => {
    expect(grantsSite(['*://example.org/*'], 'www.example.org')).toBe(false);
    expect(grantsSite(['*://*.example.org/*'], 'badexample.org')).toBe(false);
    expect(grantsSite(['http://example.org/*'], 'example.org')).toBe(false);
    expect(grantsSite(INSTALL_GRANTS, 'not-un.example')).toBe(false);
  });

  it('reach all sites only with an every-host pattern', () => {
    expect(grantsAllSites([ALL_SITES_ORIGIN])).toBe(true);
    expect(grantsAllSites(['https://*/*'])).toBe(true);
    expect(grantsAllSites(['<all_urls>'])).toBe(true);
    expect(grantsAllSites(['http://*/*'])).toBe(false);
    expect(grantsAllSites(INSTALL_GRANTS)).toBe(false);
  });

  it('ask for one site as that host, http and https', () => {
    expect(originPatternFor('example.org')).toBe('*://example.org/*');
  });
});

describe('desiredRegistration', () => {
  it('is none with the defaults (the manifest covers the UN sites)', () => {
    expect(desiredRegistration({ allSites: false, siteChoices: {} }, INSTALL_GRANTS)).toBeNull();
  });

  it('is every site but the defaults with all sites on and granted', () => {
    expect(desiredRegistration({ allSites: true, siteChoices: {} }, [...INSTALL_GRANTS, ALL_SITES_ORIGIN])).toEqual({
      id: DYNAMIC_SCRIPT_ID,
      matches: ['https://*/*'],
      excludeMatches: DEFAULT_SITE_MATCHES,
    });
  });

  it('is none with all sites on but not granted (the grant was taken back)', () => {
    expect(desiredRegistration({ allSites: true, siteChoices: {} }, INSTALL_GRANTS)).toBeNull();
  });

  it('lists the granted non-default sites switched on, sorted', () => {
    const settings = {
      allSites: false,
      siteChoices: { 'z.example': true, 'a.example': true, 'off.example': false, 'ungranted.example': true, 'press.un.org': true },
    };
    const granted = [...INSTALL_GRANTS, '*://z.example/*', 'https://a.example/*', '*://off.example/*'];
    expect(desiredRegistration(settings, granted)).toEqual({
      id: DYNAMIC_SCRIPT_ID,
      matches: ['https://a.example/*', 'https://z.example/*'],
      excludeMatches: [],
    });
  });
});

describe('planRegistration', () => {
  const wanted = { id: DYNAMIC_SCRIPT_ID, matches: ['*://a.example/*', '*://b.example/*'], excludeMatches: [] };

  it('does nothing when the registration is already right (order aside)', () => {
    expect(planRegistration([{ id: DYNAMIC_SCRIPT_ID, matches: ['*://b.example/*', '*://a.example/*'] }], wanted)).toBeNull();
    expect(planRegistration([], null)).toBeNull();
  });

  it('registers when nothing is, replaces what differs, unregisters what is no longer wanted', () => {
    expect(planRegistration([], wanted)).toEqual({ unregisterIds: [], register: wanted });
    expect(planRegistration([{ id: DYNAMIC_SCRIPT_ID, matches: ['*://a.example/*'] }], wanted)).toEqual({
      unregisterIds: [DYNAMIC_SCRIPT_ID],
      register: wanted,
    });
    expect(planRegistration([{ id: DYNAMIC_SCRIPT_ID, matches: ['*://a.example/*'] }], null)).toEqual({
      unregisterIds: [DYNAMIC_SCRIPT_ID],
      register: null,
    });
  });

  it('leaves scripts with other ids alone', () => {
    expect(planRegistration([{ id: 'someone-else', matches: ['*://x.example/*'] }], null)).toBeNull();
  });

  it('notices a change of the excluded sites', () => {
    const all = { id: DYNAMIC_SCRIPT_ID, matches: [ALL_SITES_ORIGIN], excludeMatches: [...DEFAULT_SITE_MATCHES] };
    expect(planRegistration([{ id: DYNAMIC_SCRIPT_ID, matches: [ALL_SITES_ORIGIN] }], all)).not.toBeNull();
    expect(planRegistration([{ ...all }], all)).toBeNull();
  });
});

describe('choices following grants', () => {
  it('a new all-sites grant switches all sites on', () => {
    expect(changeAfterGrant({ allSites: false, siteChoices: {} }, [ALL_SITES_ORIGIN])).toEqual({ allSites: true });
    expect(changeAfterGrant({ allSites: true, siteChoices: {} }, [ALL_SITES_ORIGIN])).toBeNull();
  });

  it('a new site grant switches that site on, keeping other choices', () => {
    expect(changeAfterGrant({ allSites: false, siteChoices: { 'b.example': false } }, ['*://a.example/*'])).toEqual({
      siteChoices: { 'b.example': false, 'a.example': true },
    });
  });

  it('grants of default sites or wildcard domains change no choice', () => {
    expect(changeAfterGrant({ allSites: false, siteChoices: {} }, ['*://www.un.org/*', '*://*.example.org/*'])).toBeNull();
  });

  it('taking back all sites switches it off and drops the sites it alone covered', () => {
    const settings = { allSites: true, siteChoices: { 'a.example': true, 'b.example': true, 'www.un.org': false, 'c.example': false } };
    expect(changeAfterRemoval(settings, [...INSTALL_GRANTS, '*://b.example/*'])).toEqual({
      allSites: false,
      siteChoices: { 'b.example': true, 'www.un.org': false, 'c.example': false },
    });
  });

  it('nothing changes while the grants still cover the choices', () => {
    const settings = { allSites: true, siteChoices: { 'a.example': true } };
    expect(changeAfterRemoval(settings, [...INSTALL_GRANTS, ALL_SITES_ORIGIN])).toBeNull();
    expect(changeAfterRemoval({ allSites: false, siteChoices: { 'www.un.org': true } }, INSTALL_GRANTS)).toBeNull();
  });
});
