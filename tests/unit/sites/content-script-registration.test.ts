import { describe, expect, it } from 'vitest';
import { keepContentScriptRegistered } from '../../../entrypoints/background/content-script-registration';
import { CONTENT_SCRIPT_FILE } from '../../../components/extension/inject-now';
import { DEFAULT_SITE_MATCHES } from '../../../lib/sites/default-sites';
import { ALL_SITES_ORIGIN } from '../../../lib/sites/permission-origins';
import { DYNAMIC_SCRIPT_ID } from '../../../lib/sites/registration-plan';
import { fakeExtensionApi } from './fake-extension-api';

const INSTALL_GRANTS = ['https://undocs.org/*', ...DEFAULT_SITE_MATCHES];

/** Lets storage events (queued as microtasks) reach the keeper, then waits for its queue. */
async function settle(keeper: { settled(): Promise<void> }): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await keeper.settled();
  }
}

describe('keeping the dynamic content script registered', () => {
  it('registers nothing with the defaults: the manifest covers the UN sites', async () => {
    const fake = fakeExtensionApi({ granted: INSTALL_GRANTS });
    const keeper = keepContentScriptRegistered(fake.api);
    await settle(keeper);
    expect([...fake.registered.keys()]).toEqual([]);
    expect(fake.store).toEqual({});
  });

  it('on a site grant: switches the site on, registers it, and starts Resolute in the open tab once', async () => {
    const tab = { id: 7, url: 'https://example.org/article', scripted: false };
    const fake = fakeExtensionApi({ granted: INSTALL_GRANTS, tabs: [tab] });
    const keeper = keepContentScriptRegistered(fake.api);
    await settle(keeper);
    fake.grant(['*://example.org/*']);
    await settle(keeper);
    expect(fake.store.siteChoices).toEqual({ 'example.org': true });
    expect(fake.registered.get(DYNAMIC_SCRIPT_ID)).toEqual({
      id: DYNAMIC_SCRIPT_ID,
      matches: ['https://example.org/*'],
      excludeMatches: [],
      js: [CONTENT_SCRIPT_FILE],
      runAt: 'document_idle',
    });
    expect(fake.injections).toEqual([{ tabId: 7, files: [CONTENT_SCRIPT_FILE] }]);
    // A second grant event (the popup also saved the choice) injects nothing more.
    fake.grant(['*://example.org/*']);
    await settle(keeper);
    expect(fake.injections).toHaveLength(1);
  });

  it('on the all-sites grant: all sites on, registered outside the default sites; a UN tab is left to the static script', async () => {
    const tab = { id: 3, url: 'https://www.un.org/en/', scripted: true };
    const fake = fakeExtensionApi({ granted: INSTALL_GRANTS, tabs: [tab] });
    const keeper = keepContentScriptRegistered(fake.api);
    fake.grant([ALL_SITES_ORIGIN]);
    await settle(keeper);
    expect(fake.store.allSites).toBe(true);
    expect(fake.registered.get(DYNAMIC_SCRIPT_ID)).toMatchObject({ matches: ['https://*/*'], excludeMatches: DEFAULT_SITE_MATCHES });
    expect(fake.injections).toEqual([]);
  });

  it('does not inject where the site is switched off, even with all sites granted', async () => {
    const tab = { id: 4, url: 'https://example.org/', scripted: false };
    const fake = fakeExtensionApi({ granted: INSTALL_GRANTS, tabs: [tab], stored: { siteChoices: { 'example.org': false } } });
    const keeper = keepContentScriptRegistered(fake.api);
    fake.grant([ALL_SITES_ORIGIN]);
    await settle(keeper);
    expect(fake.store.allSites).toBe(true);
    expect(fake.injections).toEqual([]);
  });

  it('when a grant is taken back: unregisters and switches off what it covered', async () => {
    const fake = fakeExtensionApi({
      granted: [...INSTALL_GRANTS, ALL_SITES_ORIGIN],
      stored: { allSites: true, siteChoices: { 'example.org': true, 'www.un.org': false } },
    });
    const keeper = keepContentScriptRegistered(fake.api);
    await settle(keeper);
    expect(fake.registered.has(DYNAMIC_SCRIPT_ID)).toBe(true);
    fake.revoke([ALL_SITES_ORIGIN]);
    await settle(keeper);
    expect(fake.registered.has(DYNAMIC_SCRIPT_ID)).toBe(false);
    expect(fake.store).toEqual({ allSites: false, siteChoices: { 'www.un.org': false } });
  });

  it('at start-up: mends a stored "on" without a grant and replaces a registration that no longer fits', async () => {
    const fake = fakeExtensionApi({
      granted: [...INSTALL_GRANTS, '*://b.example/*'],
      stored: { allSites: true, siteChoices: { 'a.example': true, 'b.example': true } },
    });
    fake.registered.set(DYNAMIC_SCRIPT_ID, { id: DYNAMIC_SCRIPT_ID, matches: [ALL_SITES_ORIGIN], excludeMatches: [] });
    const keeper = keepContentScriptRegistered(fake.api);
    await settle(keeper);
    expect(fake.store).toEqual({ allSites: false, siteChoices: { 'b.example': true } });
    expect(fake.registered.get(DYNAMIC_SCRIPT_ID)?.matches).toEqual(['https://b.example/*']);
  });

  it('follows choices changed in storage (from the popup or the options page)', async () => {
    const fake = fakeExtensionApi({ granted: [...INSTALL_GRANTS, '*://a.example/*'], stored: { siteChoices: { 'a.example': true } } });
    const keeper = keepContentScriptRegistered(fake.api);
    await settle(keeper);
    expect(fake.registered.has(DYNAMIC_SCRIPT_ID)).toBe(true);
    await fake.api.storage.local.set({ siteChoices: {} });
    await settle(keeper);
    expect(fake.registered.has(DYNAMIC_SCRIPT_ID)).toBe(false);
  });

  it('stops listening when stopped', async () => {
    const fake = fakeExtensionApi({ granted: INSTALL_GRANTS });
    const keeper = keepContentScriptRegistered(fake.api);
    await settle(keeper);
    expect(fake.listenerCount()).toBe(3);
    keeper.stop();
    expect(fake.listenerCount()).toBe(0);
  });
});
