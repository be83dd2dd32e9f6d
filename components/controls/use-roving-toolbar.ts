/**
 * A row of controls as one Tab stop (WAI-ARIA Authoring Practices' toolbar pattern): Tab enters
 * the toolbar at the control used last, ArrowLeft/ArrowRight move between its controls (mirrored
 * right to left: in Arabic the next control is on the left), Home and End go to the first and
 * last. A select keeps ArrowUp/ArrowDown and Home/End for its options; a text field keeps every
 * key except an arrow pressed with the caret already at the edge (so the page box can be left with
 * the arrows too). Controls that open menus keep theirs: the menu's items are not the toolbar's.
 * Controls appear, disappear and are disabled as the document loads, so the single Tab stop is
 * kept on an enabled control by a MutationObserver; everything stops with the view.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { arrowLeavesField, toolbarKeyTarget, type TextDirection } from '../../lib/keyboard/roving-keys';

const CONTROLS = 'button, input:not([type="hidden"]), select, textarea, a[href]';
/** What is inside a menu or a popup that a toolbar control opened. */
const NOT_ITEMS = '[role="menu"], [role="dialog"]';

function itemsOf(toolbar: HTMLElement): HTMLElement[] {
  return [...toolbar.querySelectorAll<HTMLElement>(CONTROLS)].filter((el) => {
    if ((el as HTMLButtonElement).disabled || el.closest('[hidden]')) return false;
    const popup = el.parentElement?.closest(NOT_ITEMS);
    return popup === null || popup === undefined || !toolbar.contains(popup);
  });
}

const isTextField = (el: Element): el is HTMLInputElement | HTMLTextAreaElement =>
  el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !['button', 'checkbox', 'radio'].includes(el.type));

export function useRovingToolbar(): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const toolbar = ref.current;
    if (toolbar === null) return;
    const controller = new AbortController();
    const { signal } = controller;
    let current: HTMLElement | null = null;
    const dir = (el: Element): TextDirection => (getComputedStyle(el).direction === 'rtl' ? 'rtl' : 'ltr');

    /** One control has tabindex 0 (the current one, or the first enabled), the rest -1. */
    const settle = () => {
      const items = itemsOf(toolbar);
      if (current === null || !items.includes(current)) current = items[0] ?? null;
      for (const item of items) {
        const wanted = item === current ? '0' : '-1';
        if (item.getAttribute('tabindex') !== wanted) item.setAttribute('tabindex', wanted);
      }
    };
    const observer = new MutationObserver(settle);
    observer.observe(toolbar, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });
    signal.addEventListener('abort', () => observer.disconnect());
    settle();

    toolbar.addEventListener(
      'focusin',
      (event) => {
        const target = event.target as HTMLElement;
        if (itemsOf(toolbar).includes(target) && target !== current) {
          current = target;
          settle();
        }
      },
      { signal },
    );
    toolbar.addEventListener(
      'keydown',
      (event) => {
        if (!event.isTrusted || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
        const target = event.target as HTMLElement;
        const items = itemsOf(toolbar);
        const at = items.indexOf(target);
        if (at < 0) return;
        if (isTextField(target)) {
          // The caret moves in the field's own direction (a page number is left to right in Arabic too).
          const caret = { selectionStart: target.selectionStart, selectionEnd: target.selectionEnd, length: target.value.length };
          if (!arrowLeavesField(event.key, caret, dir(target))) return;
        } else if (target instanceof HTMLSelectElement && (event.key === 'Home' || event.key === 'End')) {
          return;
        }
        const next = toolbarKeyTarget(event.key, at, items.length, dir(toolbar));
        if (next === null) return;
        event.preventDefault();
        current = items[next]!;
        settle();
        current.focus();
      },
      { signal },
    );
    return () => controller.abort();
  }, []);
  return ref;
}
