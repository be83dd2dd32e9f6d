/**
 * The real UN PDFs of tests/fixtures/un-pdfs (what the UN publishes: Word, InDesign and Distiller
 * output, an OCR'd scan), served through the real redirect chain, and what the browser tests of
 * the reader read off the page for them: the linked citations of every page, scrolled one by one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Worker } from 'playwright-core';
import { findCitations } from '../../../lib/citations';
import type { Citation, UnLang } from '../../../lib/citations/types';
import { parseHtmlDocument } from '../../../lib/scan/linkedom-html';
import { runScan } from '../../../lib/scan/run-scan';
import type { FixtureServer } from './fixture-server';
import { serveUnDocument } from './un-sites';

export const UN_PDFS_DIR = fileURLToPath(new URL('../../fixtures/un-pdfs/', import.meta.url));

export interface RealPdf {
  file: string;
  symbol: string;
  lang: UnLang;
  pages: number;
}

/**
 * Every real UN PDF with a text layer (see SOURCES.md beside the files). Left out: the image-only
 * scan A/47/60-S/23329 (no text to link) and the UN's "document does not exist" placeholder.
 * `symbol` is what the reader is opened with (its address) and scan is told: the joint
 * A/ES-10/1027-S/2025/173 by its GA half, which a reader address names.
 */
export const REAL_PDFS_WITH_TEXT: readonly RealPdf[] = [
  { file: 'A_RES_80_173.en.pdf', symbol: 'A/RES/80/173', lang: 'en', pages: 20 },
  { file: 'A_80_L.41.en.pdf', symbol: 'A/80/L.41', lang: 'en', pages: 20 },
  { file: 'A_RES_79_1.en.pdf', symbol: 'A/RES/79/1', lang: 'en', pages: 56 },
  { file: 'A_RES_79_277.en.pdf', symbol: 'A/RES/79/277', lang: 'en', pages: 3 },
  { file: 'A_RES_79_323.en.pdf', symbol: 'A/RES/79/323', lang: 'en', pages: 42 },
  { file: 'A_RES_78_213.en.pdf', symbol: 'A/RES/78/213', lang: 'en', pages: 7 },
  { file: 'A_RES_78_228.en.pdf', symbol: 'A/RES/78/228', lang: 'en', pages: 13 },
  { file: 'A_RES_80_228.en.pdf', symbol: 'A/RES/80/228', lang: 'en', pages: 14 },
  { file: 'CEDAW_C_CAF_CO_6.ru.pdf', symbol: 'CEDAW/C/CAF/CO/6', lang: 'ru', pages: 25 },
  { file: 'A_AC.292_2024_3.es.pdf', symbol: 'A/AC.292/2024/3', lang: 'es', pages: 10 },
  { file: 'E_CN.4_109.en.pdf', symbol: 'E/CN.4/109', lang: 'en', pages: 1 },
  { file: 'A_ES-10_1027-S_2025_173.en.pdf', symbol: 'A/ES-10/1027', lang: 'en', pages: 3 },
  { file: 'A_65_PV.71.en.pdf', symbol: 'A/65/PV.71', lang: 'en', pages: 31 },
  { file: 'S_PV.3756.en.pdf', symbol: 'S/PV.3756', lang: 'en', pages: 11 },
  { file: 'S_2025_153.en.pdf', symbol: 'S/2025/153', lang: 'en', pages: 32 },
  { file: 'A_C.3_80_L.4.en.pdf', symbol: 'A/C.3/80/L.4', lang: 'en', pages: 14 },
  { file: 'S_RES_2768(2025).en.pdf', symbol: 'S/RES/2768(2025)', lang: 'en', pages: 2 },
  { file: 'S_RES_2769(2025).en.pdf', symbol: 'S/RES/2769(2025)', lang: 'en', pages: 7 },
  { file: 'S_RES_2772(2025).en.pdf', symbol: 'S/RES/2772(2025)', lang: 'en', pages: 1 },
];

export const realPdfBytes = (file: string): Buffer => readFileSync(join(UN_PDFS_DIR, file));

/** What `npm run scan -- --json --lang L --page-symbol S FILE` prints, run in this process. */
export async function scanOf(pdf: RealPdf): Promise<Citation[]> {
  const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  let out = '';
  let err = '';
  const code = await runScan(['--json', '--lang', pdf.lang, '--page-symbol', pdf.symbol, join(UN_PDFS_DIR, pdf.file)], {
    readFile: (path) => Promise.resolve(new Uint8Array(readFileSync(path))),
    parseHtml: parseHtmlDocument,
    pdf: { cMapUrl: join(pdfjsRoot, 'cmaps') + '/', standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/' },
    findCitations,
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
  });
  if (code !== 0) throw new Error(`scan failed on ${pdf.file}: ${err}`);
  return JSON.parse(out) as Citation[];
}

/** Resolves once the service worker has written the redirect rules (a fresh profile has none at first). */
export async function redirectRulesReady(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { declarativeNetRequest: { getDynamicRules(): Promise<unknown[]> } } };
    for (let i = 0; i < 200 && (await chrome.declarativeNetRequest.getDynamicRules()).length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
}

/** Opens `pdf` as a person would: undocs.org/{lang}/{symbol}, redirected through documents.un.org into the reader. */
export async function openRealPdf(page: Page, server: FixtureServer, pdf: RealPdf, jobNumber = 'N2512345'): Promise<void> {
  serveUnDocument(server, { symbol: pdf.symbol, lang: pdf.lang, pdf: realPdfBytes(pdf.file), jobNumber });
  await page.goto(`https://undocs.org/${pdf.lang}/${pdf.symbol}`, { waitUntil: 'commit' });
  if (!page.url().includes('/reader.html?')) throw new Error(`the navigation did not open the reader: ${page.url()}`);
  await page.locator('.page[data-page-number="1"]').waitFor({ state: 'attached', timeout: 30_000 });
}

/** Scrolls page `n` to the top of the view and waits until its text layer was handed to the linker. */
export async function showPage(page: Page, n: number): Promise<void> {
  await page.evaluate((pageNumber) => {
    const container = document.getElementById('viewer-container')!;
    container.scrollTop = document.querySelector<HTMLElement>(`.page[data-page-number="${pageNumber}"]`)!.offsetTop;
  }, n);
  await page.locator(`.page[data-page-number="${n}"] .textLayer[data-resolute-linked]`).waitFor({ state: 'attached', timeout: 15_000 });
}

export interface PageCitation {
  id: string;
  symbol: string | null;
  text: string;
}

/** The citations linked on page `n`, one per `data-citation-id` (its parts' text joined), in page order. */
export function citationsOnPage(page: Page, n: number): Promise<PageCitation[]> {
  return page.evaluate((pageNumber) => {
    const byId = new Map<string, { id: string; symbol: string | null; text: string }>();
    for (const el of document.querySelectorAll<HTMLElement>(`.page[data-page-number="${pageNumber}"] .textLayer [data-citation-id]`)) {
      const id = el.dataset.citationId!;
      const known = byId.get(id);
      if (known === undefined) byId.set(id, { id, symbol: el.dataset.symbol ?? null, text: el.textContent ?? '' });
      else known.text += el.textContent ?? '';
    }
    const index = (id: string) => Number(id.slice(id.indexOf('-c') + 2));
    return [...byId.values()].sort((a, b) => index(a.id) - index(b.id));
  }, n);
}
