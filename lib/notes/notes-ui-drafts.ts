/**
 * The draft keeper of an extension page (lib/notes/drafts.ts over the page's localStorage), or
 * null where localStorage is refused (privacy settings): the editor still saves to IndexedDB as
 * the reader types, only the last keystrokes before a tab closes would be unprotected.
 */
import { createDraftKeeper, type DraftKeeper } from './drafts';

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
