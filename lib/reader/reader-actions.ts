/** What the reader's controls do; the session provides them, the header only calls them. */
import type { UnLang } from '../citations/types';

export interface ReaderActions {
  back: () => void;
  forward: () => void;
  /** Goes to trail step `index` (through the browser's history). */
  goToStep: (index: number) => void;
  /** The reader address of this document in `lang`, at the current page. */
  languageHref: (lang: UnLang) => string;
  /** Switches to `lang` in place (replacing this history entry). */
  switchLanguage: (lang: UnLang) => void;
  /** Leaves for the original PDF without being sent back to the reader. */
  openOriginal: () => void;
  /**
   * Scrolls to the citation with this `data-citation-id` (rendering its page first if needed)
   * and marks it; false when there is no such citation (yet). The citation panel's jumps.
   */
  scrollToCitation: (id: string) => Promise<boolean>;
}

/** A click that the browser should handle itself: a new tab or window, a download. */
export function isModifiedClick(event: MouseEvent): boolean {
  return event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
}
