/**
 * Pinpoints written before the citation (ADR 0029), in real Chromium on a real UN PDF:
 * S/RES/2769 (2025) writes `paragraph 24 of resolution 1973 (2011)` on page 1 and
 * `paragraphs 9 (a), (b) and (c) of resolution 1970 (2011)` on page 3. Opened from undocs.org
 * through the redirect chain, their links are the references alone and carry the pinpoint (address
 * and `data-pinpoint`, as a pinpoint written after does). Following the first opens the cited
 * resolution at paragraph 24. The cited document is synthetic (the fixtures hold no PDF of
 * S/RES/1973 (2011)): served under that symbol, laid out as the Council's resolutions are
 * (masthead, preamble, numbered operative paragraphs over three pages), its wording invented.
 * The card does not show pinpoints (neither kind), so it is not checked here.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './helpers/browser';
import type { FixtureServer } from './helpers/fixture-server';
import { openedAt, pdfOf } from './helpers/pinpoint-view';
import { REAL_PDFS_WITH_TEXT, openRealPdf, showPage } from './helpers/real-pdfs';
import { useExtensionBrowser } from './helpers/suite';
import { serveUnDocument } from './helpers/un-sites';

const CITING = REAL_PDFS_WITH_TEXT.find((p) => p.file === 'S_RES_2769(2025).en.pdf')!;
const CITED = 'S/RES/1973(2011)';

const paragraph = (n: number) => `${n}. Synthetic operative paragraph ${n} of the resolution, for testing pinpoints;`;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => paragraph(from + i));

/** Paragraph 24 is on page 3; the numbers 24 and 2011 also occur before it, not at a line's start. */
const CITED_PAGES = [
  [
    'United Nations S/RES/1973 (2011)',
    'Security Council Distr.: General',
    '17 March 2011',
    'Resolution 1973 (2011)',
    'Adopted by the Security Council at its 6498th meeting, on 17 March 2011',
    'The Security Council,',
    'Recalling its resolution 1970 (2011) of 26 February 2011 and the 24 hours after,',
    'Acting under Chapter VII of the Charter of the United Nations,',
    ...range(1, 8),
  ],
  range(9, 18),
  [...range(19, 23), '24. Requests the Secretary-General to create a synthetic Panel of Experts;', ...range(25, 29)],
];

const squash = (text: string) => text.replace(/\s+/g, '');

let server: FixtureServer;
let browser: ExtensionBrowser;

useExtensionBrowser((started) => ({ server, browser } = started), { freshTabs: true });

async function openCiting(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await openRealPdf(page, server, CITING);
  return page;
}

/** The pinpoint, address pinpoint and words of each link to `symbol` on page `n` (a link broken over lines once). */
function linksTo(page: Page, n: number, symbol: string) {
  return page.evaluate(
    ([pageNumber, wanted]) => {
      const byId = new Map<string, { pinpoint: string | null; addressPinpoint: string | null; text: string }>();
      for (const el of document.querySelectorAll<HTMLAnchorElement>(
        `.page[data-page-number="${pageNumber}"] .textLayer a[data-citation-id]`,
      )) {
        if (el.dataset.symbol !== wanted) continue;
        const known = byId.get(el.dataset.citationId!);
        if (known !== undefined) known.text += el.textContent ?? '';
        else
          byId.set(el.dataset.citationId!, {
            pinpoint: el.dataset.pinpoint ?? null,
            addressPinpoint: new URL(el.href).searchParams.get('pinpoint'),
            text: el.textContent ?? '',
          });
      }
      return [...byId.values()];
    },
    [n, symbol] as const,
  );
}

describe('pinpoints written before the citation, on a real UN PDF', () => {
  it('links "paragraph 24 of resolution 1973 (2011)" with its pinpoint and opens 1973 (2011) at paragraph 24', async () => {
    serveUnDocument(server, { symbol: CITED, lang: 'en', pdf: await pdfOf(CITED_PAGES), jobNumber: 'N1126839' });
    const page = await openCiting();
    await showPage(page, 1);
    const links = await linksTo(page, 1, CITED);
    // The link is the reference alone: `paragraph 24 of` stays plain text (ADR 0029). Its parts on
    // two lines join without the line break, so the words are compared without white space.
    expect(links.map((l) => ({ ...l, text: squash(l.text) }))).toEqual([
      { pinpoint: 'para. 24', addressPinpoint: 'para. 24', text: 'resolution1973(2011)' },
    ]);

    await page.locator(`.page[data-page-number="1"] .textLayer a[data-symbol="${CITED}"]`).first().click();
    await page.waitForURL((url) => url.searchParams.get('symbol') === CITED);
    expect(await openedAt(page, 'para. 24')).toEqual({
      page: 3,
      line: '24. Requests the Secretary-General to create a synthetic Panel of Experts;',
    });
  });

  it('carries a list of subparagraphs as written: "paragraphs 9 (a), (b) and (c) of resolution 1970 (2011)"', async () => {
    const page = await openCiting();
    await showPage(page, 3);
    const links = await linksTo(page, 3, 'S/RES/1970(2011)');
    const list = 'para. 9 (a), (b) and (c)';
    expect(links.map((l) => l.pinpoint)).toContain(list);
    for (const link of links) {
      expect(link.addressPinpoint).toBe(link.pinpoint);
      expect(squash(link.text)).toBe('resolution1970(2011)');
    }
  });
});
