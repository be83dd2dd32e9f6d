/**
 * The production build (`npm run build`, `npm run build:firefox`, what `npm run zip` packs), built
 * here into a folder of its own (ADR 0024): it ships none of the test build's hooks, so a page
 * cannot tell from its root element that Resolute is installed, and its host permissions are the
 * UN document hosts only. In Chromium it still links a UN page's citations and the toolbar popup
 * still shows and switches the page's site, with no host permission on it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { FixtureServer } from './helpers/fixture-server';
import { CONTENT_SCRIPT_FILE, testHooksIn } from '../../lib/start/build-flavour';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const UN_HOSTS = ['https://digitallibrary.un.org/*', 'https://docs.un.org/*', 'https://documents.un.org/*', 'https://undocs.org/*'];
const PAGE = `<!doctype html><html lang="en"><head><title>Security Council</title></head><body>
<main><h1>Security Council adopts resolution 2331 (2016)</h1>
<p>Recalling its resolution 2242 (2015) and General Assembly resolution 70/1.</p></main></body></html>`;

const en = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string }
>;

/** Builds the production extension for `browser` into `outDir`, as `npm run build` does (no RESOLUTE_TEST_HOOKS). */
function buildProduction(outDir: string, browser: 'chrome' | 'firefox'): string {
  const env: NodeJS.ProcessEnv = { ...process.env, RESOLUTE_OUT_DIR: outDir };
  delete env.RESOLUTE_TEST_HOOKS;
  const script = browser === 'chrome' ? 'build' : 'build:firefox';
  const build = spawnSync('npm', ['run', '-s', script], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (build.status !== 0) throw new Error(`npm run ${script} failed:\n${build.stdout}${build.stderr}`);
  return join(outDir, browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
}

/** Every script file of a build, as text. */
function scriptsOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

describe('the production build', () => {
  let outDir: string;
  let chromeDir: string;
  let firefoxDir: string;
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'resolute-production-'));
    chromeDir = buildProduction(outDir, 'chrome');
    firefoxDir = buildProduction(outDir, 'firefox');
    server = await FixtureServer.start();
    server.route('www.un.org', '/en/production-test', () => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body: PAGE }));
    browser = await launchWithExtension(server, { extensionDir: chromeDir, productionBuild: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir !== undefined) rmSync(outDir, { recursive: true, force: true });
  });

  it('puts no test hook in what runs in web pages, in Chrome and in Firefox', () => {
    for (const dir of [chromeDir, firefoxDir]) {
      // As an attribute or as its `dataset` name, in any chunk the content script is made of.
      const pageScripts = scriptsOf(join(dir, 'content-scripts'));
      expect(pageScripts.length).toBeGreaterThan(0);
      for (const script of pageScripts) expect(testHooksIn(script)).toEqual([]);
    }
    // The test build (what the browser tests load) has them: the flag, not the check, makes the difference.
    expect(testHooksIn(readFileSync(join(EXTENSION_DIR, CONTENT_SCRIPT_FILE), 'utf8'))).toEqual([
      'data-resolute-ready',
      'data-resolute-scan',
      'data-resolute-notes',
    ]);
  });

  it("leaves out the test build's switches (a second find worker forced, pages' text slowed) in every script", () => {
    const switches = (scripts: string[]) => scripts.flatMap((script) => script.match(/resolute:test:[\w-]+/g) ?? []);
    for (const dir of [chromeDir, firefoxDir]) expect(switches(scriptsOf(dir))).toEqual([]);
    expect(new Set(switches(scriptsOf(EXTENSION_DIR)))).toEqual(new Set(['resolute:test:text-workers', 'resolute:test:text-piece-delay']));
  });

  it('holds host permissions on the UN document hosts only; the content script runs on the default sites by its matches', () => {
    const chrome = JSON.parse(readFileSync(join(chromeDir, 'manifest.json'), 'utf8')) as {
      host_permissions: string[];
      content_scripts: Array<{ matches: string[] }>;
    };
    expect([...chrome.host_permissions].sort()).toEqual(UN_HOSTS);
    expect(chrome.content_scripts[0]!.matches).toContain('https://*.un.org/*');
    // Firefox MV2: host permissions are among `permissions`.
    const firefox = JSON.parse(readFileSync(join(firefoxDir, 'manifest.json'), 'utf8')) as {
      permissions: string[];
      content_scripts: Array<{ matches: string[] }>;
    };
    expect(firefox.permissions.filter((p) => p.includes('://')).sort()).toEqual(UN_HOSTS);
    expect(firefox.content_scripts[0]!.matches).toContain('https://*.un.org/*');
  });

  it('links a UN page and leaves no data-resolute-… attribute on its root; the popup still shows the site on', async () => {
    const page: Page = await browser.context.newPage();
    await page.goto('https://www.un.org/en/production-test', { waitUntil: 'load' });
    await page.waitForSelector('a.resolute-citation', { state: 'attached', timeout: 30_000 });
    const rootAttributes = await page.evaluate(() => document.documentElement.getAttributeNames());
    expect(rootAttributes.filter((name) => name.startsWith('data-resolute'))).toEqual([]);
    // The popup, about that tab: Chromium hides the tab's address (no host permission on
    // www.un.org); the tab's content script tells the popup its site.
    const helper = await browser.openExtensionPage('about.html');
    // The newest tab but the helper's own (tab ids only grow): the page's.
    const tabId = await helper.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; getCurrent(): Promise<{ id?: number } | undefined> };
        };
      };
      const own = (await chrome.tabs.getCurrent())?.id;
      const ids = (await chrome.tabs.query({})).map((tab) => tab.id).filter((id): id is number => id !== undefined && id !== own);
      return Math.max(...ids);
    });
    await helper.close();
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const box = popup.getByLabel(en.site_onSite!.message.replace('$SITE$', 'www.un.org'), { exact: true });
    await expect.poll(() => box.isChecked(), { timeout: 10_000 }).toBe(true);
    await popup.close();
    await page.close();
  });
});
