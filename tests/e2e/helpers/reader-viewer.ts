/**
 * The reader's viewer as the browser tests drive it: a UN PDF opened as undocs.org serves it, and
 * find's field, result and selected match read from the page.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import type { FixtureServer } from './fixture-server';
import { serveUnDocument, type UnDocumentFixture } from './un-sites';
import { findResultShown, selectedFindMatch, type FindResultShown } from './viewer-probes';

/** Waits until the viewer's controls work (find is enabled once pdf.js shows the pages). */
export async function viewerControlsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid=reader-find]')?.disabled, undefined, {
    timeout: 30_000,
  });
}

/** Serves `doc` as undocs.org does, opens it in the reader and waits for its first page's text and the toolbar. */
export async function openServedPdf(
  browser: ExtensionBrowser,
  server: FixtureServer,
  doc: UnDocumentFixture & { pdf: Buffer },
  size = { width: 1200, height: 900 },
): Promise<Page> {
  serveUnDocument(server, doc);
  const page = await browser.openReader(`?symbol=${doc.symbol}&lang=${doc.lang}`, size);
  await page.locator('#viewer .page .textLayer span:not(.markedContent)').first().waitFor({ timeout: 30_000 });
  await viewerControlsReady(page);
  return page;
}

/**
 * Types `query` in the find field and waits until the bar shows this query's search (it searches
 * as one types). Enter is left to the test: pressed once the search has shown a match, it goes to
 * the next one, and pressed before, it only starts the search sooner, so "Enter right after
 * typing" would mean one or the other depending on the machine's speed.
 */
export async function search(page: Page, query: string): Promise<void> {
  await page.getByTestId('reader-find-field').fill(query);
  await page.waitForFunction(
    (wanted) => {
      const result = document.querySelector<HTMLElement>('[data-testid=reader-find-result]');
      return result?.dataset.query === wanted && result.dataset.status !== 'pending';
    },
    query,
    { timeout: 20_000 },
  );
}

/** What the find bar says: the match shown, how many, whether every page was searched, for which query, its words. */
export async function findResult(page: Page): Promise<FindResultShown> {
  const shown = await page.evaluate(findResultShown);
  if (shown === null) throw new Error('the find bar is closed');
  return shown;
}

/** The selected match (`selectedFindMatch`), or null. */
export const selectedMatch = (page: Page) => page.evaluate(selectedFindMatch);
