/**
 * notes-page: the all-notes page (notes.html) with 10,000 notes, in Chromium with the built
 * extension. The notes are brought in as a reader would, through the page's import; then, for a
 * freshly opened page, the time from navigation to the first notes listed, and for a full-text
 * search the time from the keystroke to the list showing the matches (the search box's 120 ms
 * typing pause included). Figures only; nothing here passes or fails.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { NOTE_COLOURS, type Note } from '../../lib/notes/types';
import { toAnnotationCollection } from '../../lib/notes/web-annotation';
import { CHROMIUM_PATH, launchWithExtension } from '../../tests/e2e/helpers/browser';
import { FixtureServer } from '../../tests/e2e/helpers/fixture-server';
import { ensureBuilt } from '../launch/ensure-built';
import type { BenchRow, BenchSection } from './bench-section';

const COUNT = 10_000;
const RUNS = 3;
const WORDS = [
  'delegation',
  'supports',
  'paragraph',
  'concern',
  'development',
  'sustainable',
  'financing',
  'human',
  'rights',
  'делегация',
  'поддерживаем',
  'оговорка',
  'الوفد',
  '代表团',
];

/** 10,000 notes over 200 documents; "reservation" is in 1 note of 100, "ratification" in one. */
export function pageBenchNotes(): Note[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: COUNT }, (_, i) => {
    const symbol = `A/RES/${60 + (i % 20)}/${100 + (i % 200)}`;
    const words = Array.from({ length: 12 }, () => WORDS[next() % WORDS.length]);
    if (i % 100 === 0) words.push('reservation');
    if (i === 4321) words.push('ratification');
    const when = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
    return {
      id: `5e0f7a2c-1b3d-4c5e-8f70-${String(i).padStart(12, '0')}`,
      doc: { kind: 'symbol', symbol, lang: 'en' },
      docKey: `symbol:${symbol}`,
      docTitle: `Resolution ${symbol} on sustainable development`,
      selectors: [{ type: 'TextQuoteSelector', exact: `Recalling its resolution ${i}`, prefix: 'The General Assembly, ', suffix: ', and' }],
      text: words.join(' '),
      colour: NOTE_COLOURS[i % NOTE_COLOURS.length]!,
      tags: i % 3 === 0 ? ['vote'] : [],
      created: when,
      updated: when,
      revision: 1,
    } satisfies Note;
  });
}

/** In the page: type `text` in the search box; resolve with the ms until the list shows the matches, painted. */
function timeSearch(page: Page, text: string): Promise<{ ms: number; shown: number }> {
  // A string, not a function: tsx would wrap the function's inner arrows in a helper the page lacks.
  const script = `new Promise((resolve, reject) => {
    const started = performance.now();
    const input = document.querySelector('[data-testid="notes-search"]');
    input.value = ${JSON.stringify(text)};
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const check = () => {
      if (performance.now() - started > 20000) return reject(new Error('the list never updated'));
      const list = document.querySelector('[data-testid="notes-list"]');
      if (list.dataset.query !== ${JSON.stringify(text)}) return requestAnimationFrame(check);
      requestAnimationFrame(() => resolve({ ms: performance.now() - started, shown: Number(document.querySelector('[data-testid="notes-count"]').dataset.shown) }));
    };
    check();
  })`;
  return page.evaluate<{ ms: number; shown: number }>(script);
}

async function browserRows(): Promise<BenchRow[]> {
  if (!existsSync(CHROMIUM_PATH)) return [{ measure: 'in Chromium: skipped', value: `no Chromium at ${CHROMIUM_PATH}` }];
  if (process.env.RESOLUTE_EXTENSION_DIR === undefined) ensureBuilt((line) => process.stderr.write(`bench: ${line}\n`));
  const server = await FixtureServer.start();
  const browser = await launchWithExtension(server);
  const rows: BenchRow[] = [];
  try {
    const file = Buffer.from(JSON.stringify(toAnnotationCollection(pageBenchNotes())));
    const seeding = await browser.openExtensionPage('notes.html');
    await seeding.locator('[data-testid="notes-count"]').waitFor();
    const importStarted = performance.now();
    await seeding
      .locator('[data-testid="notes-import"]')
      .setInputFiles({ name: 'bench.jsonld', mimeType: 'application/ld+json', buffer: file });
    await seeding.locator('[data-testid="notes-import-result"][data-outcome="imported"]').waitFor({ timeout: 120_000 });
    rows.push({
      measure: `import ${COUNT} notes (${(file.length / 1e6).toFixed(1)} MB file) through the page`,
      value: `${Math.round(performance.now() - importStarted)} ms`,
    });
    await seeding.close();

    const opened: number[] = [];
    const searches: Record<string, { ms: number[]; shown: number }> = {};
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(`chrome-extension://${browser.extensionId}/notes.html`);
        // performance.now() counts from the navigation's start.
        const firstListed = await page.waitForFunction(
          () => (document.querySelector('.notes-item') !== null ? performance.now() : 0),
          undefined,
          { timeout: 60_000, polling: 'raf' },
        );
        opened.push(await firstListed.jsonValue());
        for (const query of ['reservation', 'ratification', 'sustainable delegation', 'оговорка']) {
          const result = await timeSearch(page, query);
          (searches[query] ??= { ms: [], shown: result.shown }).ms.push(result.ms);
          // Back to the whole list between searches, as a reader clearing the box.
          await timeSearch(page, '');
        }
      } finally {
        await page.close();
      }
    }
    const list = (values: number[]) => values.map((v) => `${Math.round(v)} ms`).join(', ');
    rows.push({ measure: `open notes.html → first notes listed (of ${COUNT})`, value: list(opened) });
    for (const [query, { ms, shown }] of Object.entries(searches)) {
      rows.push({ measure: `search "${query}" → ${shown} listed (incl. 120 ms typing pause)`, value: list(ms) });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

export const notesPageSection: BenchSection = {
  name: `notes-page: the all-notes page with ${COUNT} notes in Chromium (${RUNS} runs)`,
  async run() {
    return browserRows();
  },
};
