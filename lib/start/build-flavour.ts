/**
 * Whether a build is a test build (ADR 0024): only `npm run build:test` keeps the markers tests
 * and the bench wait for on web pages (`<html data-resolute-ready|scan|notes>`,
 * lib/test-hooks.d.ts). Read from the built content script, so a production build left in
 * `.output` is told apart from a test build whatever its age.
 */

/** The built content script, relative to a browser's build folder. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** The test hooks as they appear in built code: the attribute or its `dataset` name. */
const TEST_HOOKS = [
  ['data-resolute-ready', 'resoluteReady'],
  ['data-resolute-scan', 'resoluteScan'],
  ['data-resolute-notes', 'resoluteNotes'],
] as const;

/** The test hooks (`data-resolute-…`) a built script contains. */
export function testHooksIn(script: string): string[] {
  return TEST_HOOKS.filter(([attribute, key]) => script.includes(attribute) || script.includes(key)).map(([attribute]) => attribute);
}
