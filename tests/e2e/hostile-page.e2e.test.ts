/**
 * The attack itself (ADR 0024): a hostile page script on a default site (`https://www.un.org/hostile`)
 * and on a site Resolute runs on because "All sites" is on (`https://news.example/hostile`) tries
 * every way the security review found to read, plant or delete the reader's notes: a forged
 * Digital Library "Symbol" row, a planted `.resolute-citation` with synthetic hover and focus,
 * synthetic clicks, pointer and key events and input on Resolute's controls, reading every open
 * shadow root, the DOM, its own storage and the frames. The notes database must be exactly as it
 * was, and nothing of any note (text, tag or id) may reach the page. What the reader types in a
 * note's card on such a page never reaches the page's event listeners either.
 *
 * "All sites" needs a permission granted by a click in the browser's own prompt, which a headless
 * browser cannot give: the second browser loads a copy of the build that holds the host permission
 * for news.example from the start, and the site is switched on; the background then registers the
 * content script there exactly as it does for "All sites" (the same registration, another match).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Note } from '../../lib/notes/types';
import { documentKeyOf } from '../../lib/notes/types';
import { toAnnotationCollection } from '../../lib/notes/web-annotation';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { FixtureServer } from './helpers/fixture-server';
import { openWithNotes } from './helpers/notes-done';
import { readNotesDatabase } from './helpers/notes-database';
import { setSiteChoices } from './helpers/site-choices';

const SECRET_TEXT = 'our delegation will abstain on operative paragraph 1';
const SECRET_TAG = 'negotiating-position';
const OTHER_TEXT = 'Iran file: ask the Mission before quoting';

function seedNotes(): Note[] {
  const at = '2026-11-01T10:00:00.000Z';
  const make = (id: string, doc: Note['doc'], exact: string, text: string, tags: string[]): Note => ({
    id,
    doc,
    docKey: documentKeyOf(doc),
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 0, end: exact.length },
    ],
    text,
    colour: 'yellow',
    tags,
    created: at,
    updated: at,
    revision: 1,
  });
  return [
    make(
      '5d1c0b7e-8f4a-4c47-9a53-2f0d7c6b1a01',
      { kind: 'symbol', symbol: 'A/RES/76/186', lang: 'en' },
      'Calls upon all States',
      SECRET_TEXT,
      [SECRET_TAG],
    ),
    make(
      '5d1c0b7e-8f4a-4c47-9a53-2f0d7c6b1a02',
      { kind: 'symbol', symbol: 'S/RES/2231(2015)', lang: 'en' },
      'Endorses the Joint Comprehensive Plan of Action',
      OTHER_TEXT,
      ['iran'],
    ),
    make(
      '5d1c0b7e-8f4a-4c47-9a53-2f0d7c6b1a03',
      { kind: 'page', url: 'https://press.un.org/en/2015/sc11974.doc.htm' },
      'renewed until 31 May 2018',
      'press release note',
      [],
    ),
  ];
}
const NOTES = seedNotes();
const SECRETS = [SECRET_TEXT, SECRET_TAG, OTHER_TEXT, 'press release note', ...NOTES.map((n) => n.id)];

/**
 * The hostile page. Its script keeps a log of every key and input it can hear, and `__attack()`
 * runs the steps, each reporting what it could read (`found`) and what it tried.
 */
const HOSTILE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Statement</title></head><body>
<main>
<div class="metadata-row"><span class="title">Symbol</span><span class="value">A/RES/76/186</span></div>
<p id="text">The Council recalls its resolution 2231 (2015) and General Assembly resolution 76/186, and calls upon all States to cooperate fully.</p>
<p><a class="resolute-citation" data-symbol="S/RES/2231(2015)" data-citation-id="p0-c9" href="#">S/RES/2231 (2015)</a></p>
<p><mark class="resolute-mark" data-resolute="highlight" data-note-id="00000000-0000-4000-8000-00000000dead" data-part="0" tabindex="0">planted mark</mark>
<span class="resolute-clause-label" data-resolute="clause-mark" data-clause-id="op-1">1.</span></p>
</main>
<script>
// The page's own synthetic clicks must not navigate it away (links in and around Resolute's marks).
document.addEventListener('click', (e) => { if (!e.isTrusted) e.preventDefault(); }, true);
window.__keys = [];
for (const type of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput', 'compositionend', 'paste']) {
  window.addEventListener(type, (e) => window.__keys.push(e.key || e.data || ''), true);
}
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
function everything() {
  let out = document.documentElement.outerHTML + JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie;
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) { out += el.shadowRoot.innerHTML; visit(el.shadowRoot); }
    }
  };
  visit(document);
  for (let i = 0; i < window.frames.length; i++) {
    try { out += window.frames[i].document.documentElement.outerHTML; } catch (e) { out += ''; }
    try { out += String(window.frames[i].location.href); } catch (e) { out += ''; }
  }
  return out;
}
function shadowQueryAll(selector) {
  const found = [];
  const visit = (root) => {
    found.push(...root.querySelectorAll(selector));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(document);
  return found;
}
function fire(el) {
  // A synthetic click on a link (a citation around a mark) would only navigate the page itself away.
  const types = ['pointerover', 'pointerenter', 'mouseover', 'pointerdown', 'mousedown', 'pointerup', 'mouseup'];
  if (el.closest('a[href]') === null) types.push('click');
  for (const type of types) {
    el.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerType: 'mouse' }));
  }
  el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, composed: true }));
}
window.__attack = async () => {
  const steps = [];
  const step = async (name, run) => { await run(); await wait(700); steps.push({ name, found: everything() }); };
  await step('forged Digital Library Symbol row, then read the page and its shadow roots', async () => {
    for (const el of shadowQueryAll('[data-action="page-notes"]')) fire(el);
  });
  await step('planted .resolute-citation, synthetic pointerover and focus, read the popover', async () => {
    const a = document.querySelector('a.resolute-citation[data-citation-id="p0-c9"]');
    a.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
    a.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await wait(1200);
  });
  await step('select text, synthetic pointerup, click the toolbar (highlight, add note), Alt+Shift+H', async () => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('text'));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    window.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    await wait(600);
    for (const el of shadowQueryAll('[data-resolute="mark-toolbar"] button')) fire(el);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'H', code: 'KeyH', altKey: true, shiftKey: true, bubbles: true }));
    document.getElementById('text').dispatchEvent(new KeyboardEvent('keydown', { key: 'H', code: 'KeyH', altKey: true, shiftKey: true, bubbles: true }));
  });
  await step('synthetic clicks and Enter on planted and real marks and clause numbers', async () => {
    for (const el of shadowQueryAll('mark, [data-resolute="clause-mark"], .resolute-clause-label')) fire(el);
  });
  await step('synthetic input and clicks on any note card, delete and undo button', async () => {
    for (const el of shadowQueryAll('textarea, input')) {
      el.value = 'planted by the page';
      el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'x' }));
    }
    for (const el of shadowQueryAll('button')) fire(el);
  });
  return { steps, keys: window.__keys.join('') };
};
</script></body></html>`;

let server: FixtureServer;
const browsers: ExtensionBrowser[] = [];
let allSitesDir = '';

// Not useExtensionBrowser: two builds (the default one and an "All sites" copy), one browser each.
beforeAll(async () => {
  server = await FixtureServer.start();
  for (const host of ['www.un.org', 'news.example'] as const) {
    server.route(host, '/hostile', () => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body: HOSTILE_PAGE }));
  }
  // The build as "All sites" runs it: the content script also on news.example.
  allSitesDir = await mkdtemp(join(tmpdir(), 'resolute-all-sites-'));
  await cp(EXTENSION_DIR, allSitesDir, { recursive: true });
  const manifestPath = join(allSitesDir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push('https://news.example/*');
  await writeFile(manifestPath, JSON.stringify(manifest));
}, 120_000);

afterAll(async () => {
  for (const b of browsers) await b.close();
  await server?.close();
  if (allSitesDir !== '') await rm(allSitesDir, { recursive: true, force: true });
});

async function seed(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.openExtensionPage('notes.html');
  await page.locator('[data-testid="notes-import"]').setInputFiles({
    name: 'seed.jsonld',
    mimeType: 'application/ld+json',
    buffer: Buffer.from(JSON.stringify(toAnnotationCollection(NOTES))),
  });
  await page.locator('[data-testid="notes-import-result"][data-outcome="imported"]').waitFor({ timeout: 20_000 });
  await page.close();
}

async function attack(browser: ExtensionBrowser, url: string): Promise<{ steps: Array<{ name: string; found: string }>; keys: string }> {
  // Resolute is running on this page (it linked the citations).
  const page = await openWithNotes(browser, url);
  const report = await page.evaluate(() =>
    (window as unknown as { __attack(): Promise<{ steps: Array<{ name: string; found: string }>; keys: string }> }).__attack(),
  );
  await page.close();
  return report;
}

function leaks(found: string): string[] {
  return SECRETS.filter((secret) => found.includes(secret));
}

/** Tallied for the closing summary (`hostile-page steps tried and held`). */
const tally = { tried: 0, held: 0 };

for (const [label, url, allSites] of [
  ['a default site', 'https://www.un.org/hostile', false],
  ['an "All sites" site', 'https://news.example/hostile', true],
] as const) {
  describe(`a hostile page on ${label}`, () => {
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      browser = await launchWithExtension(server, allSites ? { extensionDir: allSitesDir } : {});
      browsers.push(browser);
      if (allSites) {
        // The site switched on, as the popup does once the permission is granted.
        await setSiteChoices(browser, { 'news.example': true });
        await new Promise((r) => setTimeout(r, 1000));
      }
      await seed(browser);
    }, 120_000);

    it('reads no note, and the database is unchanged after every step', async () => {
      const before = await readNotesDatabase(browser);
      const report = await attack(browser, url);
      expect(report.steps.length).toBe(5);
      for (const step of report.steps) {
        tally.tried++;
        expect(leaks(step.found), step.name).toEqual([]);
        tally.held++;
      }
      expect(await readNotesDatabase(browser)).toEqual(before);
      console.log(`hostile page on ${label}: ${tally.held} of ${tally.tried} steps held so far; notes lost: 0`);
    });

    it("hears nothing the reader types in a note's card, and reads nothing of the note it makes", async () => {
      const page = await openWithNotes(browser, url);
      // The reader's own selection and click (trusted).
      await page.locator('#text').selectText();
      const addNote = page.locator('[data-resolute="mark-toolbar"] [data-action="add-note"]');
      await addNote.waitFor({ timeout: 10_000 });
      await addNote.click();
      let card = page.frames().find((f) => f.url().includes('notes-frame.html#view=card'));
      for (let i = 0; i < 50 && card === undefined; i++) {
        await page.waitForTimeout(100);
        card = page.frames().find((f) => f.url().includes('notes-frame.html#view=card'));
      }
      const textarea = card!.locator('textarea');
      await textarea.waitFor({ timeout: 10_000 });
      const id = (await card!.locator('[data-resolute="note-card"]').getAttribute('data-note-id'))!;
      await textarea.pressSequentially('confidential: vote no', { delay: 5 });
      await expect
        .poll(async () => JSON.stringify(await readNotesDatabase(browser)), { timeout: 10_000 })
        .toContain('confidential: vote no');
      const report = await page.evaluate(() =>
        (window as unknown as { __attack(): Promise<{ steps: Array<{ name: string; found: string }>; keys: string }> }).__attack(),
      );
      expect(report.keys).not.toContain('confidential');
      expect(report.keys).not.toContain('vote');
      for (const step of report.steps) {
        expect(step.found, step.name).not.toContain('confidential: vote no');
        expect(step.found, step.name).not.toContain(id);
      }
      await page.close();
    });
  });
}

describe('plain http', () => {
  it('no content script matches an http: page', async () => {
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      content_scripts: Array<{ matches: string[] }>;
    };
    const matches = manifest.content_scripts.flatMap((s) => s.matches);
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches) expect(match.startsWith('https://'), match).toBe(true);
  });
});
