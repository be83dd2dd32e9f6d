/**
 * A flag in the content script's isolated world saying a live copy of the script is on the page,
 * so the extension never injects a second one (`inject-now.ts` asks before injecting). Scripts
 * run by `scripting.executeScript` share that world with content scripts in Chrome and Firefox.
 */

const MARKER = '__resoluteContentScript';

type MarkedGlobal = typeof globalThis & { [MARKER]?: boolean };

export function markContentScriptPresent(present: boolean): void {
  const scope = globalThis as MarkedGlobal;
  if (present) scope[MARKER] = true;
  else delete scope[MARKER];
}

/**
 * Runs in the page (serialised by `executeScript`, so it must not use anything from this module's
 * scope): whether a live copy of the content script is there.
 */
export function probeContentScriptPresent(): boolean {
  return (globalThis as Record<string, unknown>)['__resoluteContentScript'] === true;
}
