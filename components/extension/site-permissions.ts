/**
 * Asking the browser for the optional host permissions (a run-time prompt: never at install).
 * `permissions.request` must be called while the click is still being handled, before any
 * `await`, or the browser refuses for want of a user gesture; so `contains` is asked alongside,
 * only to tell "was already granted" from "granted just now".
 */
import { browser } from 'wxt/browser';

export type PermissionAnswer =
  /** Granted before the click: no prompt, no `permissions.onAdded`. */
  | { kind: 'already' }
  /** Granted in the prompt: the background hears `permissions.onAdded` and acts on it. */
  | { kind: 'granted' }
  | { kind: 'refused' }
  | { kind: 'failed'; error: string };

/** Call synchronously from the click handler. */
export function requestOrigins(origins: string[]): Promise<PermissionAnswer> {
  const before = browser.permissions.contains({ origins });
  const request = browser.permissions.request({ origins });
  return Promise.all([before, request]).then(
    ([had, granted]): PermissionAnswer => (had ? { kind: 'already' } : granted ? { kind: 'granted' } : { kind: 'refused' }),
    (err: unknown): PermissionAnswer => ({ kind: 'failed', error: err instanceof Error ? err.message : String(err) }),
  );
}
