/**
 * The one way Resolute puts its UI into a page it does not own (the citation popover, notes on
 * web pages): a host element of its own name (`<resolute-popover>`: page CSS aimed at `div` or
 * `span` does not reach it; its sheet's `:host { all: initial }` stops what would be inherited),
 * an open shadow root with one stylesheet and the containers the views render into, and one
 * `destroy()` that unrenders them and takes the host out. The element is never registered
 * (`customElements` is missing in Chrome's content-script world); its name is what matters.
 */
import { render, type ComponentChild } from 'preact';

export interface ShadowHostOptions {
  /** The host's tag, a valid custom element name (`resolute-…`). */
  name: `resolute-${string}`;
  /** `data-resolute` on the host: what the page scanner skips and tests find it by. */
  hook: string;
  /** The stylesheet of everything inside. */
  css: string;
  /** The class of each container, in order (an empty string: none). */
  containers: readonly string[];
  /** Where the host goes (appended); default the body, else the root element. */
  parent?: Element;
}

export interface ShadowHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** The containers, in the order of `containers`. */
  readonly containers: readonly HTMLElement[];
  /** Renders `view` into one of the containers (null: empties it). */
  render(view: ComponentChild, container: HTMLElement): void;
  /** Unrenders what `render` put in and takes the host out of the page. */
  destroy(): void;
}

export function mountShadowHost(doc: Document, options: ShadowHostOptions): ShadowHost {
  const host = doc.createElement(options.name);
  host.dataset.resolute = options.hook;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = options.css;
  const containers = options.containers.map((className) => {
    const container = doc.createElement('div');
    if (className !== '') container.className = className;
    return container;
  });
  shadow.append(style, ...containers);
  (options.parent ?? doc.body ?? doc.documentElement).append(host);
  const rendered = new Set<HTMLElement>();
  return {
    host,
    shadow,
    containers,
    render(view, container) {
      rendered.add(container);
      render(view, container);
    },
    destroy() {
      for (const container of rendered) render(null, container);
      rendered.clear();
      host.remove();
    },
  };
}
