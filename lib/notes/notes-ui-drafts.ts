/**
 * The draft keeper of an extension page (lib/notes/drafts.ts over the page's localStorage), or
 * null where localStorage is refused (privacy settings): the editor still saves to IndexedDB as
 * the reader types, only the last keystrokes before a tab closes would be unprotected.
 */
import { createDraftKeeper, type DraftKeeper, type Exclusive } from './drafts';

export function pageDraftKeeper(win: { localStorage?: Storage | undefined }): DraftKeeper | null {
  try {
    const storage = win.localStorage;
    return storage === undefined || storage === null ? null : createDraftKeeper(storage);
  } catch {
    return null;
  }
}

let shared: DraftKeeper | null | undefined;

/** This page's keeper, made once: what editors use when their parent passes none. */
export function sharedDraftKeeper(): DraftKeeper | null {
  if (shared === undefined) shared = pageDraftKeeper(globalThis);
  return shared;
}

/**
 * One replay of drafts at a time across the extension's pages (Web Locks: every reader tab a
 * restored session reopens starts a replay at once). Without the API, replays run unlocked.
 */
export function draftsReplayLock(nav: { locks?: LockManager | undefined }): Exclusive {
  const locks = nav.locks;
  if (locks === undefined) return (run) => run();
  return <T>(run: () => Promise<T>) => locks.request('resolute-notes-drafts-replay', run) as Promise<T>;
}
