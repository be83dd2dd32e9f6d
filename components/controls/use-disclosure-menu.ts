/**
 * The one menu button of Resolute's toolbars and cards (WAI-ARIA Authoring Practices' menu
 * button pattern): the button opens and closes its menu; opened from the keyboard (Enter, Space,
 * ArrowDown) the first item takes the focus, ArrowUp the last; ArrowUp/ArrowDown/Home/End move
 * between the items (lib/keyboard/roving-keys.ts); Escape closes and gives the focus back to the
 * button; a click outside or the focus leaving closes. Only trusted events act: the card using
 * it lives in pages whose scripts may send synthetic ones. Listeners are added while the menu is
 * open and removed through an AbortSignal when it closes or the view goes.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { menuKeyTarget } from '../../lib/keyboard/roving-keys';

export interface DisclosureMenuOptions {
  /**
   * 'menu': a list of actions (`role="menu"`, items `role="menuitem"`); 'group': a panel that also
   * holds a field (Compare with…), whose items are its buttons and fields.
   */
  kind?: 'menu' | 'group';
  /** Focus the first item when the menu opens (a panel that focuses its own field says false). */
  focusFirst?: boolean;
}

export interface DisclosureMenu {
  open: boolean;
  /** Closes the menu; with `refocus`, the button takes the focus back. */
  close(refocus?: boolean): void;
  /** Spread on the element that holds the button and the menu. */
  containerRef: RefObject<HTMLDivElement | null>;
  buttonProps: {
    ref: RefObject<HTMLButtonElement | null>;
    id: string;
    'aria-expanded': boolean;
    'aria-controls': string;
    'aria-haspopup'?: 'menu';
    onClick: (event: MouseEvent) => void;
    onKeyDown: (event: KeyboardEvent) => void;
  };
  menuProps: { id: string; role: 'menu' | 'group'; 'aria-labelledby'?: string };
}

const ITEMS: Record<'menu' | 'group', string> = {
  menu: '[role="menuitem"]',
  group: 'button, input:not([type="hidden"]), select, textarea, a[href]',
};

/**
 * Ids unique in the document. Not Preact's useId: it numbers within one render root, and the
 * reader renders its header and its toolbar as two roots, whose menus then had the same ids.
 */
let menus = 0;

const isTextField = (el: Element) => el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type !== 'button');

export function useDisclosureMenu(options: DisclosureMenuOptions = {}): DisclosureMenu {
  const kind = options.kind ?? 'menu';
  const [open, setOpen] = useState(false);
  /** Which item to focus once the opened menu is drawn. */
  const pending = useRef<'first' | 'last' | null>(null);
  const containerRef = useRef<HTMLDivElement | null>(null);
  const button = useRef<HTMLButtonElement | null>(null);
  const [id] = useState(() => `resolute-menu-${++menus}`);
  const menuId = `${id}-menu`;
  const buttonId = `${id}-button`;

  const items = (): HTMLElement[] => {
    const menu = containerRef.current?.querySelector(`[id="${menuId}"]`);
    if (!menu) return [];
    return [...menu.querySelectorAll<HTMLElement>(ITEMS[kind])].filter((el) => !(el as HTMLButtonElement).disabled);
  };
  const close = (refocus = false) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const show = (focus: 'first' | 'last' | null) => {
    pending.current = options.focusFirst === false ? null : focus;
    setOpen(true);
  };

  // A layout effect: the item has the focus before the next key press is handled.
  useLayoutEffect(() => {
    if (!open) return;
    const which = pending.current;
    pending.current = null;
    if (which !== null) {
      const list = items();
      (which === 'first' ? list[0] : list[list.length - 1])?.focus();
    }
    const container = containerRef.current;
    if (container === null) return;
    const doc = container.ownerDocument;
    const controller = new AbortController();
    const { signal } = controller;
    container.addEventListener(
      'keydown',
      (event) => {
        if (!event.isTrusted || event.defaultPrevented) return;
        if (event.key === 'Escape') {
          // The menu's Escape only: whatever holds it (the card, the reader) keeps its own.
          event.preventDefault();
          event.stopPropagation();
          close(true);
          return;
        }
        const target = event.target as Element;
        const list = items();
        const at = list.indexOf(target as HTMLElement);
        if (at < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
        // A field keeps Home and End for its caret.
        if (isTextField(target) && (event.key === 'Home' || event.key === 'End')) return;
        const next = menuKeyTarget(event.key, at, list.length);
        if (next === null) return;
        event.preventDefault();
        event.stopPropagation();
        list[next]!.focus();
      },
      { signal },
    );
    container.addEventListener(
      'focusout',
      (event) => {
        const next = event.relatedTarget;
        // Focus gone elsewhere (Tab past the last item, a click on the page): the menu closes.
        if (next instanceof Node && container.contains(next)) return;
        if (next === null && doc.hasFocus() === false) return;
        setOpen(false);
      },
      { signal },
    );
    // The card lives in a shadow root: the page sees its host as the target, so test the path.
    doc.addEventListener(
      'pointerdown',
      (event) => {
        if (event.isTrusted && !event.composedPath().includes(container)) setOpen(false);
      },
      { signal, capture: true },
    );
    return () => controller.abort();
  }, [open]);

  return {
    open,
    close,
    containerRef,
    buttonProps: {
      ref: button,
      id: buttonId,
      'aria-expanded': open,
      'aria-controls': menuId,
      ...(kind === 'menu' ? { 'aria-haspopup': 'menu' as const } : {}),
      onClick: (event) => {
        if (!event.isTrusted) return;
        // A list of actions takes the focus to its first; a panel only when opened from the keyboard
        // (Enter or Space make a click whose detail is 0).
        if (open) close();
        else show(kind === 'menu' || event.detail === 0 ? 'first' : null);
      },
      onKeyDown: (event) => {
        if (!event.isTrusted || open) return;
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          event.stopPropagation();
          show(event.key === 'ArrowDown' ? 'first' : 'last');
        }
      },
    },
    menuProps: { id: menuId, role: kind, ...(kind === 'menu' ? { 'aria-labelledby': buttonId } : {}) },
  };
}
