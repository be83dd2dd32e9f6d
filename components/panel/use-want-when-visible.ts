/**
 * Lazily asks for the metadata of the entries on screen: one IntersectionObserver over the
 * panel's list watches every entry with a symbol, and the first time one comes into view (or
 * within a screen of it) the controller asks for its title. Entries scrolled past unseen are never
 * asked for, so a long list does not queue a Library request per document. Re-observes after
 * each render (the list grows with the scan, the filter changes it); disconnects on unmount.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { PanelController } from '../../lib/panel/panel-controller';

export function useWantWhenVisible(listRef: RefObject<HTMLElement | null>, controller: PanelController): void {
  const observer = useRef<IntersectionObserver | null>(null);
  const observed = useRef(new WeakSet<Element>());

  useEffect(() => {
    const root = listRef.current;
    if (root === null) return;
    const io = new IntersectionObserver(
      (records) => {
        for (const record of records) {
          if (!record.isIntersecting) continue;
          const symbol = (record.target as HTMLElement).dataset.panelSymbol;
          if (symbol !== undefined) controller.want(symbol);
          io.unobserve(record.target);
        }
      },
      // The list scrolls itself; "near the view" is within one list height below it.
      { root, rootMargin: '0px 0px 100% 0px' },
    );
    observer.current = io;
    observed.current = new WeakSet();
    return () => {
      io.disconnect();
      observer.current = null;
    };
  }, [listRef, controller]);

  // After every render: watch entries that appeared since.
  useEffect(() => {
    const io = observer.current;
    const root = listRef.current;
    if (io === null || root === null) return;
    for (const element of root.querySelectorAll('[data-panel-symbol]')) {
      if (observed.current.has(element)) continue;
      observed.current.add(element);
      io.observe(element);
    }
  });
}
