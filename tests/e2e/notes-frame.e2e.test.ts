/**
 * The notes frame on web pages (ADR 0024), in real Chromium with the test build: text typed in a
 * note card and the tab closed at once (no blur, no pause) is there when the page is opened again;
 * "Show on this page" in the frame's list brings the note's highlight into view and focus, and
 * the page learns nothing of the note; a hostile page that frames notes-frame.html itself (to
 * trick clicks on it) gets an empty frame, and the database does not change.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './helpers/browser';
import { openWithNotes } from './helpers/notes-done';
import { readNotesDatabase } from './helpers/notes-database';
import { useExtensionBrowser } from './helpers/suite';
import type { FixtureServer } from './helpers/fixture-server';

let browser: ExtensionBrowser;
let server: FixtureServer;

useExtensionBrowser((started) => ({ browser, server } = started));

const PRESS = 'https://press.un.org/en/2015/sc11974.doc.htm';
const SENTENCE = 'renewed until 31 May 2018 a raft of sanctions';
const SECOND = 'failed to renew the travel ban';

const open = (url: string): Promise<Page> => openWithNotes(browser, url);

/** Selects `wanted` (inside one text node) as a drag would. */
async function select(page: Page, wanted: string): Promise<void> {
  await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(text);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${text}" is not in one text node of the page`);
  }, wanted);
}

/** The notes frame (an extension page in a closed shadow root) once it shows `view`. */
async function notesFrame(page: Page, view: 'card' | 'list', others: readonly Frame[] = []): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f.url().includes(`notes-frame.html#view=${view}`) && !others.includes(f));
    if (frame !== undefined) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error(`no notes frame showing ${view}`);
}

/** Opens the page's notes list (in Resolute's frame, not one in `others`) from its toggle, by keyboard. */
async function openList(page: Page, others: readonly Frame[] = []): Promise<Frame> {
  const toggle = page.locator('[data-resolute="page-notes"] [data-action="page-notes"]');
  await toggle.focus();
  await page.keyboard.press('Enter');
  return notesFrame(page, 'list', others);
}

describe('the notes frame', () => {
  it('keeps text typed in a card when the tab closes at once', async () => {
    const page = await open(PRESS);
    await select(page, SENTENCE);
    const addNote = page.locator('[data-resolute="mark-toolbar"] [data-action="add-note"]');
    await addNote.waitFor({ timeout: 10_000 });
    await addNote.click();
    const card = await notesFrame(page, 'card');
    const textarea = card.locator('[data-resolute="note-card"] textarea');
    await textarea.waitFor({ timeout: 10_000 });
    const noteId = (await card.locator('[data-resolute="note-card"]').getAttribute('data-note-id'))!;
    await textarea.focus();
    await page.keyboard.type('Our delegation will abstain on OP1');
    // No blur, no pause for the autosave: the tab is gone the moment the last key is in.
    await page.close();

    const again = await open(PRESS);
    const list = await openList(again);
    const item = list.locator(`li[data-note-id="${noteId}"]`);
    await expect
      .poll(async () => ((await item.count()) > 0 ? item.textContent() : ''), { timeout: 15_000 })
      .toContain('Our delegation will abstain on OP1');
    await again.close();
  });

  it("shows a note's highlight on the page from the list: in view, focused, outlined; the page learns nothing of the note", async () => {
    const page = await open(PRESS);
    await page.setViewportSize({ width: 1200, height: 300 });
    await select(page, SECOND);
    await page.keyboard.press('Alt+Shift+H');
    await page.waitForFunction(
      (text) => [...document.querySelectorAll('mark[data-resolute="highlight"]')].some((m) => m.textContent === text),
      SECOND,
      {
        timeout: 10_000,
      },
    );
    await page.evaluate(() => {
      getSelection()!.removeAllRanges();
      window.scrollTo(0, document.documentElement.scrollHeight);
    });
    const firstOf = () =>
      page.evaluate((text) => {
        const mark = [...document.querySelectorAll<HTMLElement>('mark[data-resolute="highlight"][data-part="0"]')].find(
          (m) => m.textContent === text,
        )!;
        const box = mark.getBoundingClientRect();
        return {
          inView: box.top >= 0 && box.bottom <= innerHeight,
          focused: document.activeElement === mark,
          outlined: mark.classList.contains('resolute-mark-shown'),
        };
      }, SECOND);
    expect((await firstOf()).inView).toBe(false);

    const list = await openList(page);
    const item = list.locator('li', { hasText: SECOND });
    const show = item.getByRole('button', { name: 'Show on this page' });
    await show.waitFor({ timeout: 10_000 });
    await show.click();
    await expect.poll(firstOf, { timeout: 10_000 }).toEqual({ inView: true, focused: true, outlined: true });
    // Only a scroll, a focus and a class reached the page: no note id, nor the frame's address.
    const noteId = (await item.getAttribute('data-note-id'))!;
    const seen = await page.evaluate(
      () => new XMLSerializer().serializeToString(document) + JSON.stringify(performance.getEntries().map((e) => e.name)) + location.href,
    );
    expect(seen).not.toContain(noteId);
    expect(seen).not.toContain('token=');
    await page.close();
  });

  it('gives a page that frames notes-frame.html itself an empty frame that can change nothing', async () => {
    const HOSTILE = 'https://www.un.org/en/hostile-frame';
    server.route('www.un.org', '/en/hostile-frame', () => ({
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<!doctype html><html lang="en"><head><title>Hostile</title></head><body><main><p>Recalling its resolution 2231 (2015), the Council decided to act.</p></main></body></html>',
    }));
    const page = await open(HOSTILE);
    await select(page, 'the Council decided to act');
    await page.keyboard.press('Alt+Shift+H');
    await page.waitForSelector('mark[data-resolute="highlight"]', { timeout: 10_000 });
    await expect
      .poll(async () => JSON.stringify(await readNotesDatabase(browser)), { timeout: 10_000 })
      .toContain('the Council decided to act');
    const before = JSON.stringify(await readNotesDatabase(browser));
    // The page's own script frames the extension's notes frame, for its own page's notes, with no
    // token and with a made-up one (a page cannot know the real one), and waits for it to load.
    const base = `chrome-extension://${browser.extensionId}/notes-frame.html`;
    const doc = encodeURIComponent(`page:${HOSTILE}`);
    await page.evaluate(
      (sources) =>
        Promise.all(
          sources.map(
            (src) =>
              new Promise((loaded) => {
                const frame = document.createElement('iframe');
                frame.style.cssText = 'width:400px;height:400px;opacity:0.01';
                frame.onload = loaded;
                frame.src = src;
                document.body.append(frame);
              }),
          ),
        ),
      [`${base}#view=list&doc=${doc}&name=x`, `${base}#view=list&doc=${doc}&name=x&token=0b8a5c3e-7d1f-4e2a-9c6b-5f4d3e2a1b0c`],
    );
    const planted = page.frames().filter((f) => f.url().startsWith(base));
    expect(planted).toHaveLength(2);
    // Given time to connect and be refused, they show nothing: no list, no button to trick a click onto.
    await page.waitForTimeout(2000);
    for (const frame of planted) {
      expect(await frame.evaluate(() => document.body.innerText.trim())).toBe('');
      expect(await frame.locator('button, a, textarea, li').count()).toBe(0);
    }
    expect(JSON.stringify(await readNotesDatabase(browser))).toBe(before);
    // Resolute's own frame on the same page still works.
    const list = await openList(page, planted);
    await list.locator('li', { hasText: 'the Council decided to act' }).waitFor({ timeout: 10_000 });
    await page.close();
  });
});
