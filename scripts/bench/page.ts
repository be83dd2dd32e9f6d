/**
 * Citations on a big HTML page (ADR 0015): a generated ~5 MB page of UN text (paragraphs, list
 * items and table cells, one citation or more in most), served by the fixture server on
 * www.un.org (Resolute on) and on not-un.example (a site Resolute does not run on: the same page
 * with the extension off), in Chromium with the built extension. For each: time to the first
 * screen linked and to the whole page linked (`data-resolute-scan="done"`), the longest
 * main-thread task seen by a `longtask` PerformanceObserver registered before the page loads,
 * and the page's JS heap after a GC (CDP Performance.getMetrics). Figures only.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, launchWithExtension } from '../../tests/e2e/helpers/browser';
import { FixtureServer } from '../../tests/e2e/helpers/fixture-server';
import { ensureBuilt } from '../launch/ensure-built';
import type { BenchRow, BenchSection } from './bench-section';

const TARGET_BYTES = 5_000_000;
const RUNS = Number(process.env.RESOLUTE_BENCH_PAGE_RUNS ?? 2);

/** Real UN sentences (press releases and the research guide, tests/fixtures/sites/SOURCES.md). */
const SENTENCES = [
  'The Security Council today authorized the Secretary-General to continue to maintain the escrow account authorized by resolution 1958 (2010), and to retain the funds contained therein until 30 June 2017.',
  'The Security Council today renewed until 31 May 2018 a raft of sanctions, including a travel ban and asset freeze imposed by <em>resolution</em> 2206 (2015) on those designated to be blocking peace, security and stability in South Sudan.',
  'Moreover, paragraph 26 of resolution 2231 (2015) urges all States, relevant United Nations bodies and other interested parties, to cooperate fully with the Security Council.',
  'An exception is the resolution recommending a candidate for Secretary-General to the General Assembly, which is adopted in a closed meeting with no recorded vote, in accordance with General Assembly resolution A/RES/11 (I) of 1946.',
  'Recalling its resolutions 61/180 of 20 December 2006, 64/178 of 18 December 2009 and <a href="https://undocs.org/en/A/RES/64/293">64/293</a> of 30 July 2010, the General Assembly adopted the Global Plan of Action.',
  'Resolutions of the Security Council are first published as individual documents consecutively numbered since 1946, and compiled in the S/INF/- series.',
];

/** The bench page: sections of paragraphs, list items and table rows, until `TARGET_BYTES`. */
export function benchPageHtml(): string {
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench: UN text</title></head><body><main><h1>Security Council: Meetings Coverage</h1>',
  ];
  let size = parts[0]!.length;
  let n = 0;
  while (size < TARGET_BYTES) {
    const sentence = SENTENCES[n % SENTENCES.length]!;
    const next = SENTENCES[(n + 1) % SENTENCES.length]!;
    const kind = Math.floor(n / 500) % 3;
    const chunk =
      kind === 0
        ? `<p>${sentence} ${next}</p>`
        : kind === 1
          ? `<ul><li>${sentence}</li><li>${next}</li></ul>`
          : `<table><tr><td>S/RES/${1000 + (n % 1500)} (2011)</td><td>${sentence}</td></tr></table>`;
    // Sections of 50 blocks, each under its heading, as a long report is laid out.
    const section = n % 50 === 0 ? `${n === 0 ? '' : '</section>'}<section><h2>Section ${n / 50 + 1}</h2>` : '';
    parts.push(section + chunk);
    size += section.length + chunk.length;
    n++;
  }
  parts.push('</section></main></body></html>');
  return parts.join('\n');
}

/** Registered before the page's own scripts: long tasks, and the moments the page got linked. */
const INIT_SCRIPT = `(() => {
  const w = window;
  w.__bench = { longest: 0, longTasks: 0, firstScreen: null, done: null };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.__bench.longTasks++;
        w.__bench.longest = Math.max(w.__bench.longest, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const check = () => {
    const first = document.querySelector('a.resolute-citation');
    if (w.__bench.firstScreen === null && first !== null && first.getBoundingClientRect().top < innerHeight) w.__bench.firstScreen = performance.now();
    if (w.__bench.done === null && document.documentElement.dataset.resoluteScan === 'done') w.__bench.done = performance.now();
    if (w.__bench.done === null) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

interface Figures {
  load: number;
  firstScreen: number | null;
  done: number | null;
  longest: number;
  longTasks: number;
  heapMb: number;
}

async function measure(page: Page, url: string, linked: boolean): Promise<Figures> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (linked)
    await page.waitForFunction(() => document.documentElement.dataset.resoluteScan === 'done', undefined, {
      timeout: 600_000,
      polling: 500,
    });
  // A quiet second after load, so late long tasks of the page alone are counted too.
  await page.waitForTimeout(1000);
  const bench = await page.evaluate<Figures>('({ ...window.__bench, load: performance.getEntriesByType("navigation")[0].loadEventEnd })');
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    bench.heapMb = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1e6;
  } finally {
    await cdp.detach();
  }
  return bench;
}

async function browserRows(html: string): Promise<BenchRow[]> {
  if (!existsSync(CHROMIUM_PATH)) return [{ measure: 'in Chromium: skipped', on: `no Chromium at ${CHROMIUM_PATH}` }];
  if (process.env.RESOLUTE_EXTENSION_DIR === undefined) ensureBuilt((line) => process.stderr.write(`bench: ${line}\n`));
  const server = await FixtureServer.start();
  const answer = () => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body: html });
  server.route('www.un.org', '/en/bench/page', answer);
  server.route('not-un.example', '/bench/page', answer);
  const browser = await launchWithExtension(server);
  const on: Figures[] = [];
  const off: Figures[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const [list, url, linked] of [
        [off, 'https://not-un.example/bench/page', false],
        [on, 'https://www.un.org/en/bench/page', true],
      ] as const) {
        const page = await browser.context.newPage();
        try {
          await page.setViewportSize({ width: 1280, height: 900 });
          await page.addInitScript(INIT_SCRIPT);
          list.push(await measure(page, url, linked));
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const ms = (values: Array<number | null>) => values.map((v) => (v === null ? '—' : `${Math.round(v)} ms`)).join(', ');
  return [
    { measure: 'load event (from navigation start)', on: ms(on.map((f) => f.load)), off: ms(off.map((f) => f.load)) },
    { measure: 'first screen linked (from navigation start)', on: ms(on.map((f) => f.firstScreen)), off: '—' },
    { measure: 'whole page linked (data-resolute-scan=done)', on: ms(on.map((f) => f.done)), off: '—' },
    { measure: 'longest main-thread task', on: ms(on.map((f) => f.longest)), off: ms(off.map((f) => f.longest)) },
    { measure: 'long tasks (> 50 ms)', on: on.map((f) => f.longTasks).join(', '), off: off.map((f) => f.longTasks).join(', ') },
    {
      measure: 'page JS heap after GC',
      on: on.map((f) => `${f.heapMb.toFixed(1)} MB`).join(', '),
      off: off.map((f) => `${f.heapMb.toFixed(1)} MB`).join(', '),
    },
  ];
}

export const pageSection: BenchSection = {
  name: `HTML page: a generated ~${TARGET_BYTES / 1e6} MB page of UN text, Resolute on (www.un.org) and off (not-un.example), ${RUNS} runs in Chromium`,
  async run() {
    const html = benchPageHtml();
    const rows: BenchRow[] = [{ measure: 'page', on: `${(html.length / 1e6).toFixed(1)} MB`, off: `${(html.length / 1e6).toFixed(1)} MB` }];
    rows.push(...(await browserRows(html)));
    return rows;
  },
};
