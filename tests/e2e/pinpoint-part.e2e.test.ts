/**
 * Pinpoints to a part (`Part I, para. 3`, `annex, part I, para. 2`) in real Chromium. None of the
 * real UN PDFs in the fixtures has parts, so both documents here are synthetic, laid out with
 * pdf-lib as UN documents print them (masthead, numbered paragraphs starting again in each part,
 * an annex with parts of its own); their symbols and words are invented for this test only.
 * The citing resolution's links carry the pinpoint; following one opens the report with the cited
 * paragraph of the cited part at the top of the view, not the same number elsewhere.
 */
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './helpers/browser';
import type { FixtureServer } from './helpers/fixture-server';
import { openedAt, pdfOf } from './helpers/pinpoint-view';
import { useExtensionBrowser } from './helpers/suite';
import { serveUnDocument } from './helpers/un-sites';

const REPORT = 'A/80/950';
const RESOLUTION = 'A/RES/80/990';

/** Pages of the report: each part numbers its paragraphs from 1, so "para. 3" alone is ambiguous. */
const REPORT_PAGES = [
  [
    `United Nations ${REPORT}`,
    'General Assembly Distr.: General',
    '1 August 2025',
    'Synthetic report with parts, for testing pinpoints',
    'Report of the Secretary-General',
    'Summary',
    'The present report is set out in two parts, as described in part I below, and an annex.',
  ],
  [
    'Part I',
    'Findings',
    '1. The first paragraph of part I states the findings.',
    '2. The second paragraph of part I gives the figures.',
    '3. The third paragraph of part I draws the conclusion.',
  ],
  [
    'Part II',
    'Recommendations',
    '1. The first paragraph of part II recommends action.',
    '2. The second paragraph of part II sets a timeline.',
    '3. The third paragraph of part II asks for a report.',
  ],
  [
    'Annex',
    'Methodology',
    'Part I',
    'Sources',
    '1. The first paragraph of the annex, part I, names sources.',
    '2. The second paragraph of the annex, part I, weighs them.',
  ],
];

const RESOLUTION_PAGES = [
  [
    `United Nations ${RESOLUTION}`,
    'General Assembly Distr.: General',
    '19 December 2025',
    'Resolution adopted by the General Assembly on 17 December 2025',
    '80/990. Synthetic resolution citing parts of a report',
    'The General Assembly,',
    `Taking note of the conclusion of the report of the Secretary-General (${REPORT}, Part I, para. 3),`,
    `1. Welcomes the sources set out in document ${REPORT}, annex, part I, para. 2;`,
    '2. Decides to remain seized of the matter.',
  ],
];

let server: FixtureServer;
let browser: ExtensionBrowser;

useExtensionBrowser((started) => ({ server, browser } = started), { freshTabs: true });

async function serveBoth(): Promise<void> {
  serveUnDocument(server, { symbol: REPORT, lang: 'en', pdf: await pdfOf(REPORT_PAGES), jobNumber: 'N2599950' });
  serveUnDocument(server, { symbol: RESOLUTION, lang: 'en', pdf: await pdfOf(RESOLUTION_PAGES), jobNumber: 'N2599990' });
}

describe('pinpoints to a part of a document', () => {
  it('follows "A/80/950, Part I, para. 3" from the citing resolution to paragraph 3 of part I', async () => {
    await serveBoth();
    const page = await browser.openReader(`?symbol=${RESOLUTION}&lang=en`);
    const link = page.locator(`#viewer a[data-symbol="${REPORT}"]`).first();
    await link.waitFor({ timeout: 30_000 });
    expect(new URL((await link.getAttribute('href'))!, page.url()).searchParams.get('pinpoint')).toBe('Part I, para. 3');
    await link.click();
    await page.waitForURL(/symbol=A\/80\/950/);
    expect(await openedAt(page, 'Part I, para. 3')).toEqual({ page: 2, line: '3. The third paragraph of part I draws the conclusion.' });
  });

  it('tells part I of the annex from part I of the report, and part II from part I', async () => {
    await serveBoth();
    const annex = await browser.openReader(`?symbol=${REPORT}&lang=en&pinpoint=${encodeURIComponent('annex, Part I, para. 2')}`);
    expect(await openedAt(annex, 'annex, Part I, para. 2')).toEqual({
      page: 4,
      line: '2. The second paragraph of the annex, part I, weighs them.',
    });
    const second = await browser.openReader(`?symbol=${REPORT}&lang=en&pinpoint=${encodeURIComponent('Part II, para. 3')}`);
    expect(await openedAt(second, 'Part II, para. 3')).toEqual({ page: 3, line: '3. The third paragraph of part II asks for a report.' });
  });
});
