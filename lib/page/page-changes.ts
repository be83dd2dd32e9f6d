/**
 * Everything Resolute changed on a page, so that it can be taken back exactly: citation wrappers
 * are unwrapped and the text nodes linking split are merged back into the nodes they came from
 * (the page keeps its own Text objects, with their own text), and attributes given to the page's
 * links get their old values back (or go).
 */
import { TEXT_NODE } from './dom-rules';

/** Attributes Resolute (or the popover it attaches) may set on a link of the page. */
export const LINK_ATTRIBUTES = [
  'class',
  'data-symbol',
  'data-resolute-link',
  'data-citation-id',
  'aria-describedby',
  'aria-expanded',
  'aria-controls',
] as const;

export interface PageChanges {
  /**
   * Records the wrappers linking put in `block`; `before` holds the block's text nodes from
   * before: any text node next to or inside a wrapper that is not among them was split off.
   */
  recordWrappers(block: Element, wrappers: readonly Element[], before: ReadonlySet<Text>): void;
  /** Remembers a link's attributes before they are changed (the first time only). */
  rememberLink(link: Element): void;
  /** Whether `element` is a wrapper Resolute made. */
  isWrapper(element: Element): boolean;
  /** Whether `link` is a page link Resolute marked. */
  isMarkedLink(link: Element): boolean;
  /** Takes back the wrappers made in `block` (before it is read again); false when it had none. */
  undoBlock(block: Element): boolean;
  /** Takes back everything. */
  undoAll(): void;
}

interface BlockRecord {
  wrappers: Element[];
  splitOff: Text[];
}

export function pageChanges(): PageChanges {
  const blocks = new Map<Element, BlockRecord>();
  const wrappers = new WeakSet<Element>();
  const links = new Map<Element, Map<string, string | null>>();

  const undoRecord = (record: BlockRecord) => {
    for (const wrapper of record.wrappers) {
      const parent = wrapper.parentNode;
      if (parent === null) continue;
      while (wrapper.firstChild !== null) parent.insertBefore(wrapper.firstChild, wrapper);
      parent.removeChild(wrapper);
    }
    for (const node of record.splitOff) {
      const previous = node.previousSibling;
      if (node.parentNode === null || previous === null || previous.nodeType !== TEXT_NODE) continue;
      (previous as Text).appendData(node.data);
      node.parentNode.removeChild(node);
    }
  };

  return {
    recordWrappers(block, made, before) {
      if (made.length === 0) return;
      const record = blocks.get(block) ?? { wrappers: [], splitOff: [] };
      blocks.set(block, record);
      const born = new Set<Text>();
      const consider = (node: Node | null) => {
        if (node !== null && node.nodeType === TEXT_NODE && !before.has(node as Text)) born.add(node as Text);
      };
      for (const wrapper of made) {
        wrappers.add(wrapper);
        record.wrappers.push(wrapper);
        consider(wrapper.previousSibling);
        consider(wrapper.nextSibling);
        for (let child = wrapper.firstChild; child !== null; child = child.nextSibling) consider(child);
      }
      record.splitOff.push(...born);
    },
    rememberLink(link) {
      if (links.has(link)) return;
      links.set(link, new Map(LINK_ATTRIBUTES.map((name) => [name, link.getAttribute(name)])));
    },
    isWrapper: (element) => wrappers.has(element),
    isMarkedLink: (link) => links.has(link),
    undoBlock(block) {
      const record = blocks.get(block);
      if (record === undefined) return false;
      blocks.delete(block);
      undoRecord(record);
      return true;
    },
    undoAll() {
      for (const record of blocks.values()) undoRecord(record);
      blocks.clear();
      for (const [link, attributes] of links) {
        for (const [name, value] of attributes) {
          if (value === null) link.removeAttribute(name);
          else if (link.getAttribute(name) !== value) link.setAttribute(name, value);
        }
      }
      links.clear();
    },
  };
}
