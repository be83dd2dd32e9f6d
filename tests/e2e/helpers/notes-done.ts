/** Waiting for Resolute's notes on a page: the reader, or a web page the content script runs on. */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/** Waits until the page's notes are loaded and drawn (the test build's marker on `<html>`). */
export async function notesDone(page: Page): Promise<void> {
  await page.locator('html[data-resolute-notes="done"]').waitFor({ state: 'attached', timeout: 60_000 });
}

/** Opens the web page at `url` in a new 1200×900 tab and waits until Resolute's notes run on it. */
export async function openWithNotes(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  await notesDone(page);
  return page;
}
