/**
 * What the reader's viewer shows, read inside the page by plain functions that both browsers run:
 * Playwright's `page.evaluate(fn)` in Chromium and `evaluateFn(firefox, tab, fn)` in Firefox. Each
 * is self-contained (it is sent as its source text), so Chromium and Firefox tests assert the
 * same things the same way.
 */

export interface FindResultShown {
  current: number;
  total: number;
  status: string | undefined;
  complete: boolean;
  /** The query the result is for. */
  query: string | undefined;
  /** The visible text ("1 of 17", "Not found"). */
  text: string | null;
}

/** The find bar's result, or null when the find bar is closed. */
export function findResultShown(): FindResultShown | null {
  const el = document.querySelector<HTMLElement>('[data-testid="reader-find-result"]');
  if (el === null) return null;
  return {
    current: Number(el.dataset.current),
    total: Number(el.dataset.total),
    status: el.dataset.status,
    complete: el.dataset.complete === 'true',
    query: el.dataset.query,
    text: el.textContent,
  };
}

/**
 * The selected match: its text (marks and spaces as the text layer has them), its page, and
 * whether it is drawn inside the scroll container's visible box.
 */
export function selectedFindMatch(): { text: string; page: number; visible: boolean } | null {
  const highlight = CSS.highlights.get('resolute-find-selected');
  const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
  if (!range) return null;
  const box = range.getBoundingClientRect();
  const view = document.getElementById('viewer-container')!.getBoundingClientRect();
  const pageDiv = range.startContainer.parentElement?.closest<HTMLElement>('.page');
  return {
    text: range.toString(),
    page: Number(pageDiv?.dataset.pageNumber),
    visible: box.height > 0 && box.top >= view.top && box.bottom <= view.bottom && box.left >= view.left && box.right <= view.right,
  };
}

export interface FocusedControl {
  /** Its test id, else its link text, else its tag. */
  id: string;
  /** Whether it shows its focus: `:focus-visible` and a computed outline or box-shadow. */
  visible: boolean;
  /** Inside the reader's header or its viewer toolbar. */
  inHeader: boolean;
}

/** The element that has the focus, named as the tab-order lists below name it. */
export function focusedControl(): FocusedControl | null {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || el === document.body) return null;
  const style = getComputedStyle(el);
  const drawn = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  return {
    id: el.dataset.testid ?? (el.tagName === 'A' ? `link:${el.textContent?.trim() ?? ''}` : el.id || el.tagName.toLowerCase()),
    visible: el.matches(':focus-visible') && drawn,
    inHeader: el.closest('#reader-header, #reader-toolbar') !== null,
  };
}

/**
 * Every control of the header and the toolbar that Tab should stop at, in document order: enabled,
 * shown, not taken out of the order (the toolbar's roving tools other than its one stop).
 */
export function headerTabStops(): string[] {
  const controls = document.querySelectorAll<HTMLElement>(
    '#skip-to-document, #reader-header :is(a[href], button, select, input), #reader-toolbar :is(a[href], button, select, input)',
  );
  return [...controls]
    .filter((el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && el.checkVisibility())
    .map((el) => el.dataset.testid ?? (el.tagName === 'A' ? `link:${el.textContent?.trim() ?? ''}` : el.id || el.tagName.toLowerCase()));
}

/**
 * The Tab stops from the top of the reader to the document, on A/RES/80/173 in English (the first
 * document of the tab: Back and Forward are disabled): the skip link, the other five languages,
 * Compare with…, the citations panel, the original PDF, help, then the toolbar's one stop.
 */
export const READER_TAB_ORDER: readonly string[] = [
  "link:Skip to the document's text",
  'link:AR',
  'link:ZH',
  'link:FR',
  'link:RU',
  'link:ES',
  'compare-toggle',
  'panel-toggle',
  'reader-open-original',
  'reader-help-link',
  'reader-sidebar-toggle',
];

/**
 * ArrowRight from the toolbar's first tool, on page 1 ("Previous page" is disabled and passed):
 * the page box takes the first arrow itself (its number is selected when focused), the zoom select
 * does not (the arrows leave it without changing the zoom), and the last tool wraps to the first.
 */
export const TOOLBAR_ARROW_ORDER: readonly string[] = [
  'reader-page-number',
  'reader-page-number',
  'reader-page-next',
  'reader-zoom-out',
  'reader-zoom',
  'reader-zoom-in',
  'reader-find',
  'reader-copy',
  'reader-print',
  'reader-save',
  'reader-sidebar-toggle',
];
