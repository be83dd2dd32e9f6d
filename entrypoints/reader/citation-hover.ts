/**
 * A citation cut into several elements (across text items or lines) lights up as one: pointing
 * at or focusing any of its elements marks all elements that share its `data-citation-id`.
 */
const ACTIVE_CLASS = 'resolute-citation-active';

export function highlightWholeCitations(root: HTMLElement, signal: AbortSignal): void {
  let active: string | null = null;
  const set = (id: string | null) => {
    if (id === active) return;
    if (active !== null) for (const el of partsOf(root, active)) el.classList.remove(ACTIVE_CLASS);
    active = id;
    if (id !== null) for (const el of partsOf(root, id)) el.classList.add(ACTIVE_CLASS);
  };
  const idAt = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest('[data-citation-id]')?.getAttribute('data-citation-id') ?? null) : null;
  root.addEventListener('pointerover', (event) => set(idAt(event.target)), { signal });
  root.addEventListener('pointerleave', () => set(null), { signal });
  root.addEventListener('focusin', (event) => set(idAt(event.target)), { signal });
  root.addEventListener('focusout', () => set(null), { signal });
}

function partsOf(root: HTMLElement, id: string): NodeListOf<Element> {
  return root.querySelectorAll(`[data-citation-id="${CSS.escape(id)}"]`);
}
