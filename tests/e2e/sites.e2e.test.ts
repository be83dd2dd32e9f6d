/**
 * Where Resolute runs on HTML pages (ADR 0016), in real Chromium with the built extension: the
 * manifest asks for the UN's sites only and keeps "all sites" optional; the content script runs on
 * a default UN site and not elsewhere; the toolbar popup (opened as a tab, told which tab is
 * current with `?tab=`) switches one site off and on, by keyboard, and the page follows at once
 * and after a reload, left exactly as it was while off; the options page lists and resets the
 * choice. The browser's permission prompt cannot be answered headless: the grant path is unit-tested
 * over a fake browser (tests/unit/sites/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, type ExtensionBrowser } from './helpers/browser';
import { useExtensionBrowser } from './helpers/suite';
import type { FixtureServer } from './helpers/fixture-server';
import { DEFAULT_SITE_MATCHES } from '../../lib/sites/default-sites';

const en = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string }
>;
const msg = (key: string, site = '') => en[key]!.message.replace('$SITE$', site);

/** A page in the shape of a UN press release, with citations for the content script to link. */
const PAGE = `<!doctype html><html lang="en"><head><title>Security Council</title></head><body>
<main><h1>Security Council adopts resolution 2331 (2016)</h1>
<p>Recalling its resolution 2242 (2015) and General Assembly resolution 70/1,
see <a href="https://undocs.org/en/S/RES/2331(2016)">S/RES/2331 (2016)</a>.</p>
<ul><li>Resolution <em>1325</em> (2000)</li></ul></main></body></html>`;

let server: FixtureServer;
let browser: ExtensionBrowser;

const ready = (page: Page) => page.evaluate(() => document.documentElement.dataset.resoluteReady ?? null);
/** Citations linked on the page (the content script's visible work). */
const linked = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-symbol]').length);
/** The whole DOM as text (XMLSerializer: reads the tree, parses nothing). */
const html = (page: Page) => page.evaluate(() => new XMLSerializer().serializeToString(document.documentElement));

async function openSite(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/**
 * The id of the newest tab other than `extensionPage`'s own: the page opened just before. Tab ids
 * only grow; the URL cannot be the key, since Chromium hides it where the extension has no access.
 */
async function newestOtherTab(extensionPage: Page): Promise<number> {
  const id = await extensionPage.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>>; getCurrent(): Promise<{ id?: number } | undefined> } };
    };
    const own = (await chrome.tabs.getCurrent())?.id;
    const ids = (await chrome.tabs.query({})).map((tab) => tab.id).filter((tabId): tabId is number => tabId !== undefined && tabId !== own);
    return ids.length > 0 ? Math.max(...ids) : undefined;
  });
  if (id === undefined) throw new Error('no other tab');
  return id;
}

/** Opens the popup page in a tab, about the tab opened just before (`?tab=`). */
async function openPopupForLastTab(): Promise<Page> {
  const helper = await browser.openExtensionPage('about.html');
  const tabId = await newestOtherTab(helper);
  await helper.close();
  return browser.openExtensionPage(`popup.html?tab=${tabId}`);
}

/** Polls `read` until it gives `expected` (expect.poll is not allowed in hooks). */
async function waitUntil<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await read()) !== expected) {
    if (Date.now() > deadline) throw new Error(`not ${String(expected)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Flips a labelled switch with the keyboard, as a person would. */
async function toggle(page: Page, label: string, expected: boolean): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  await expect.poll(() => box.isEnabled()).toBe(true);
  await box.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => box.isChecked()).toBe(expected);
}

useExtensionBrowser((started) => ({ server, browser } = started));

beforeAll(() => {
  server.route('www.un.org', '/en/sites-test', () => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body: PAGE }));
  server.route('press.un.org', '/en/sites-test', () => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body: PAGE }));
  server.route('not-un.example', '/sites-test', () => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body: PAGE }));
});

describe('the manifest asks for the UN sites only', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('declares "all sites" as an optional host permission, and nothing else optional', () => {
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('has no all-sites pattern among what is granted at install', () => {
    const installed = [...(manifest.permissions as string[]), ...(manifest.host_permissions as string[])];
    for (const broad of ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*', 'tabs']) expect(installed).not.toContain(broad);
    // Only the UN document hosts the reader and the background fetch from: the content script's
    // default sites need no host permission (its matches), the popup asks the tab (ADR 0024).
    expect([...(manifest.host_permissions as string[])].sort()).toEqual([
      'https://digitallibrary.un.org/*',
      'https://docs.un.org/*',
      'https://documents.un.org/*',
      'https://undocs.org/*',
    ]);
  });

  it('runs the content script statically on the default sites', () => {
    const scripts = manifest.content_scripts as Array<{ matches: string[] }>;
    expect(scripts).toHaveLength(1);
    expect([...scripts[0]!.matches].sort()).toEqual([...DEFAULT_SITE_MATCHES].sort());
  });

  it('has not been granted any other site at install', async () => {
    const page = await browser.openExtensionPage('options.html');
    const answer = await page.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { permissions: { getAll(): Promise<{ origins?: string[] }>; contains(p: object): Promise<boolean> } };
      };
      return {
        origins: (await chrome.permissions.getAll()).origins ?? [],
        notUn: await chrome.permissions.contains({ origins: ['https://not-un.example/*'] }),
      };
    });
    await page.close();
    expect(answer.notUn).toBe(false);
    expect(answer.origins).not.toContain('*://*/*');
  });
});

describe('the content script', () => {
  it('runs on a default UN site', async () => {
    const page = await openSite('https://www.un.org/en/sites-test');
    await expect.poll(() => ready(page)).toBe('1');
    await page.close();
  });

  it('does not run on another site', async () => {
    const page = await openSite('https://not-un.example/sites-test');
    // Give a content script every chance to have run: the UN page above got it by `load`.
    await page.waitForTimeout(500);
    expect(await ready(page)).toBeNull();
    await page.close();
  });
});

describe('switching a site off and on from the toolbar popup', () => {
  const url = 'https://www.un.org/en/sites-test';
  let page: Page;
  let popup: Page;
  /** The page as the site serves it, with Resolute off: what "off" must leave. */
  let pristine: string;

  beforeAll(async () => {
    page = await openSite(url);
    await waitUntil(() => ready(page), '1');
    popup = await openPopupForLastTab();
  });

  afterAll(async () => {
    await popup?.close();
    await page?.close();
  });

  it('shows the site and that it is on by default', async () => {
    const box = popup.getByLabel(msg('site_onSite', 'www.un.org'), { exact: true });
    await expect.poll(() => box.isChecked()).toBe(true);
    expect(await popup.getByText(msg('site_sourceDefault')).isVisible()).toBe(true);
    // The existing reader setting is still there.
    expect(await popup.getByLabel(en.settings_openInReader!.message).isChecked()).toBe(true);
  });

  it('off: the page loses every change Resolute made, at once and after a reload', async () => {
    await expect.poll(() => linked(page)).toBeGreaterThan(0);
    await toggle(popup, msg('site_onSite', 'www.un.org'), false);
    await expect.poll(() => linked(page)).toBe(0);
    await expect.poll(() => ready(page)).toBeNull();
    const liveOff = await html(page);
    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(500);
    expect(await ready(page)).toBeNull();
    expect(await linked(page)).toBe(0);
    pristine = await html(page);
    expect(liveOff).toBe(pristine);
    expect(pristine).not.toContain('data-resolute');
  });

  it('off on www.un.org leaves press.un.org on (a choice is for its host only)', async () => {
    const press = await openSite('https://press.un.org/en/sites-test');
    await expect.poll(() => ready(press)).toBe('1');
    await press.close();
  });

  it('the options page lists the choice', async () => {
    const options = await browser.openExtensionPage('options.html');
    await expect.poll(() => options.getByText(msg('site_choiceOff', 'www.un.org')).isVisible()).toBe(true);
    await options.close();
  });

  it('on again: Resolute comes back on the open page without a reload, and after one', async () => {
    await toggle(popup, msg('site_onSite', 'www.un.org'), true);
    await expect.poll(() => ready(page)).toBe('1');
    await expect.poll(() => linked(page)).toBeGreaterThan(0);
    // The page's content script follows the switch: no "reload" asked for, no host permission needed.
    expect(await popup.getByText(msg('site_reloadNeeded')).count()).toBe(0);
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => ready(page)).toBe('1');
    await expect.poll(() => linked(page)).toBeGreaterThan(0);
  });

  it('reset from the options page (by keyboard) gives the site back to the default', async () => {
    await toggle(popup, msg('site_onSite', 'www.un.org'), false);
    await expect.poll(() => linked(page)).toBe(0);
    const options = await browser.openExtensionPage('options.html');
    const reset = options.getByRole('button', { name: msg('site_resetLabel', 'www.un.org') });
    await reset.focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => options.getByText(msg('site_noChoices')).isVisible()).toBe(true);
    await expect.poll(() => linked(page)).toBeGreaterThan(0);
    await options.close();
  });
});

describe('the popup elsewhere', () => {
  it('on a site that is not on: off, and says what switching it on will ask', async () => {
    const url = 'https://not-un.example/sites-test';
    const page = await openSite(url);
    const popup = await openPopupForLastTab();
    // Chromium lets an extension see the URL only where it has access: here `activeTab` would
    // grant it on a real click; opened as a tab, the popup cannot see it and says so plainly.
    const box = popup.getByLabel(msg('site_onSite', 'not-un.example'), { exact: true });
    const unavailable = popup.getByText(msg('site_unavailable'));
    await expect.poll(async () => (await box.count()) + (await unavailable.count())).toBe(1);
    if ((await box.count()) === 1) {
      expect(await box.isChecked()).toBe(false);
      expect(await popup.getByText(msg('site_sourceOff')).isVisible()).toBe(true);
    }
    expect(await popup.getByLabel(msg('site_allSites'), { exact: true }).isChecked()).toBe(false);
    await popup.close();
    await page.close();
  });

  it('on an extension page: says Resolute does not run there', async () => {
    const options = await browser.openExtensionPage('options.html');
    const popup = await openPopupForLastTab();
    await expect.poll(() => popup.getByText(msg('site_unavailable')).isVisible()).toBe(true);
    await popup.close();
    await options.close();
  });
});
