/**
 * `npm start`: the main job. Builds the extension if needed and opens Chromium with it on the
 * reader, showing a bundled sample UN document, with the UN sites unreachable (offline).
 * `npm run demo -- --screenshot out.png` does the same headless and saves a screenshot once the
 * first citation is linked. Arguments: lib/start/start-args.ts; flags: lib/start/chromium-flags.ts.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { displayProblem, offlineUnHostRules } from '../lib/start/chromium-flags';
import { START_USAGE, parseStartArgs, type StartOptions } from '../lib/start/start-args';
import { launchChromium, type LaunchedChromium } from './launch/chromium';
import { ensureBuilt } from './launch/ensure-built';

const say = (line: string) => process.stdout.write(`${line}\n`);
const complain = (line: string) => process.stderr.write(`${line}\n`);

/** Reader errors go to the terminal: a blank reader then explains itself. */
function relayPageErrors(page: Page): void {
  page.on('pageerror', (err) => complain(`reader page error: ${err.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') complain(`reader console: ${message.text()}`);
  });
}

async function waitForFirstCitation(page: Page, timeoutSeconds: number): Promise<number | null> {
  const started = Date.now();
  try {
    await page.waitForSelector('[data-symbol]', { state: 'attached', timeout: timeoutSeconds * 1000 });
    return Date.now() - started;
  } catch {
    return null;
  }
}

async function explainNoCitation(page: Page, options: StartOptions): Promise<void> {
  const text = (
    await page
      .locator('body')
      .innerText()
      .catch(() => '')
  )
    .replace(/\s+/g, ' ')
    .trim();
  complain(`demo: no linked citation ([data-symbol]) appeared in the reader within ${options.timeoutSeconds} s.`);
  complain(`  address: ${page.url()}`);
  complain(`  the page says: ${text === '' ? '(nothing)' : text.slice(0, 400)}`);
  complain('  Try a longer --timeout, or open the same address with `npm start` to look.');
}

async function runHeadless(browser: LaunchedChromium, page: Page, options: StartOptions): Promise<number> {
  const elapsed = await waitForFirstCitation(page, options.timeoutSeconds);
  if (elapsed === null) {
    await explainNoCitation(page, options);
    return 1;
  }
  const linked = await page.locator('[data-symbol]').count();
  say(`The first citation was linked ${elapsed} ms after the reader opened (${linked} linked so far).`);
  if (options.screenshot !== undefined) {
    // Let the page finish painting the frame with the link (fonts, the canvas under the text).
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(done))));
    const path = resolve(options.screenshot);
    await page.screenshot({ path });
    say(`Screenshot saved: ${path}`);
  }
  await browser.close();
  return 0;
}

async function runHeaded(browser: LaunchedChromium, page: Page, options: StartOptions): Promise<number> {
  say('Chromium is open on the reader (the UN sites are unreachable: all you see is bundled).');
  say('Close the window, or press Ctrl+C here, to stop.');
  const stop = () => void browser.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  void waitForFirstCitation(page, options.timeoutSeconds).then((elapsed) => {
    if (elapsed !== null) say(`The first citation was linked ${elapsed} ms after the reader opened.`);
  });
  await new Promise<void>((closed) => browser.context.once('close', () => closed()));
  await browser.close();
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseStartArgs(argv);
  if (parsed.kind === 'help') {
    say(START_USAGE);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    complain(`start: ${parsed.message}\n\n${START_USAGE}`);
    return 2;
  }
  const { options } = parsed;
  if (!options.headless) {
    const problem = displayProblem(process.platform, process.env);
    if (problem !== null) {
      complain(`npm start: ${problem}, so Chromium cannot open a window here.`);
      complain('Without a display, run the same headless and look at the screenshot:');
      complain('  npm run demo -- --screenshot out.png');
      complain('(or give it a virtual display: apt-get install -y xvfb && xvfb-run -a npm start)');
      return 1;
    }
  }
  // The demo waits for linked citations, not for the test hooks: any build will do.
  const extensionDir = ensureBuilt(say, { testHooks: false });
  if (!existsSync(join(extensionDir, 'reader.html'))) {
    complain('start: the build has no reader page (reader.html): entrypoints/reader/ is missing.');
    return 1;
  }
  const browser = await launchChromium({ extensionDir, headless: options.headless, hostResolverRules: offlineUnHostRules() });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    relayPageErrors(page);
    const address = `chrome-extension://${browser.extensionId}/${options.readerPath}`;
    say(`Opening ${address}`);
    await page.goto(address);
    return options.headless ? await runHeadless(browser, page, options) : await runHeaded(browser, page, options);
  } finally {
    await browser.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  complain(`start: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
