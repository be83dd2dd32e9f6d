/**
 * Runs the content script in a tab that is already open, right after its site was switched on
 * or granted, so the reader does not have to reload. Registration only reaches pages loaded later.
 */
import { browser } from 'wxt/browser';
import { probeContentScriptPresent } from '../../lib/sites/content-script-marker';

/** The content script as built by WXT (entrypoints/content/index.ts), relative to the extension root. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** The part of `browser.scripting` used here, so tests can pass a fake. */
export interface ScriptingApi {
  executeScript(injection: { target: { tabId: number }; func?: () => boolean; files?: string[] }): Promise<Array<{ result?: unknown }>>;
}

/**
 * Injects the content script into `tabId` unless a live copy is there already (then it follows
 * the switch by itself). Returns whether it injected. Rejects when the page cannot be scripted
 * (no permission for it, a browser page): the caller says so or ignores it.
 */
export async function injectIfAbsent(tabId: number, scripting: ScriptingApi = browser.scripting): Promise<boolean> {
  const [probe] = await scripting.executeScript({ target: { tabId }, func: probeContentScriptPresent });
  if (probe?.result === true) return false;
  await scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  return true;
}
