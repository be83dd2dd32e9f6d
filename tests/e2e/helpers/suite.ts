/**
 * The set-up every browser test file shares: the HTTPS fixture server and Chromium with the
 * built extension, started before the file's first test and closed after its last (also when
 * the start failed halfway, so a failed file leaves no browser running).
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from './browser';
import { FixtureServer } from './fixture-server';

export interface SuiteOptions extends LaunchOptions {
  /**
   * After each test, forget the server's per-test routes and close every tab, so that each test
   * starts from the same browser (files whose tests share one open page leave it off).
   */
  freshTabs?: boolean;
}

export interface ExtensionSuite {
  server: FixtureServer;
  browser: ExtensionBrowser;
}

/**
 * Registers the file's `beforeAll` and `afterAll`. `onStart` receives the server and the browser
 * once both run, for the file's own bindings:
 * `useExtensionBrowser((started) => ({ server, browser } = started));`
 * Hooks the file registers after this call run after the start (and their `afterAll` before the close).
 */
export function useExtensionBrowser(onStart: (suite: ExtensionSuite) => void, options: SuiteOptions = {}): void {
  const { freshTabs = false, ...launch } = options;
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await FixtureServer.start();
    browser = await launchWithExtension(server, launch);
    onStart({ server, browser });
  });
  if (freshTabs) {
    afterEach(async () => {
      server?.reset();
      for (const page of browser?.context.pages() ?? []) await page.close();
    });
  }
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}

/**
 * For files whose tests each need a browser of their own (launch options per test, or state such
 * as the Library's back-off or the metadata cache that must not carry over): the fixture server,
 * started for the file (`onStart` receives it), and the returned `launch`, which starts the
 * test's browser; after each test that browser is closed and the server's per-test routes forgotten.
 */
export function useBrowserPerTest(onStart: (server: FixtureServer) => void): (options?: LaunchOptions) => Promise<ExtensionBrowser> {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await FixtureServer.start();
    onStart(server);
  });
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
    server?.reset();
  });
  afterAll(async () => {
    await server?.close();
  });
  return async (options = {}) => {
    if (server === undefined) throw new Error('the fixture server is not started (launch from a test)');
    if (browser !== undefined) throw new Error('one browser a test: this test launched one already');
    browser = await launchWithExtension(server, options);
    return browser;
  };
}
